/**
 * The understanding step's reading, made once per turn: a turn reads the same words against
 * the same page twice (the conversation interceptor, to see whether they answer "which one?",
 * then the understanding step), and a reading is a pure function of the words, the locale's
 * phrases and the page's titles. Reading them again cost a warm Search turn about a tenth of
 * its time. Kept in the turn's own slot, so nothing outlives the request.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { Phrases } from '../i18n/phrases';
import { getTurnSlot, setTurnSlot, turnSlot } from '../turn/context';
import { type Understood, understand } from './understand';

interface Reading {
  spoken: string;
  phrases: Phrases;
  page: readonly string[];
  understood: Understood;
}

const READING = turnSlot<Reading>('reading');

function samePage(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** `understand(spoken, phrases, page)`, or this turn's reading of the same three. */
export function understandInTurn(input: HandlerInput, spoken: string, phrases: Phrases, page: readonly string[]): Understood {
  const last = getTurnSlot(input, READING);
  if (last !== undefined && last.spoken === spoken && last.phrases === phrases && samePage(last.page, page)) return last.understood;
  const understood = understand(spoken, phrases, page);
  setTurnSlot(input, READING, { spoken, phrases, page, understood });
  return understood;
}
