/**
 * A structured record of what a turn did: the route the table chose, what the understanding
 * step made of an open slot, the words searched for, the refinements and sort applied. The
 * response log line carries the route and the kinds only, never the words; the whole record
 * goes to an observer when one is set (the corpus runner reads outcomes from it).
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { RequestedRefinements } from '../session/refinements';
import { getTurnSlot, setTurnSlot, turnSlot } from '../turn/context';

export interface TurnRecord {
  /** The route the routing table chose (lambda/routing/table.ts). */
  route?: string;
  /** What the understanding step made of an open slot's words (its kind). */
  understood?: string;
  /** The product words searched for. Customer words: never logged. */
  searched?: string;
  /** How many routed handlers accepted the request: counted only while observed (always 1, checked by test/routing). */
  accepting?: number;
  /** The product question answered ("price", "rating", …). */
  asked?: string;
  /** Refinements or a sort applied to a list. */
  refined?: RequestedRefinements;
}

export type TurnObserver = (record: TurnRecord) => void;

const RECORD = turnSlot<TurnRecord>('turnRecord');
let observer: TurnObserver | undefined;

/** Where whole records go (tests and the corpus runner); undefined stops it. */
export function setTurnObserver(next: TurnObserver | undefined): void {
  observer = next;
}

/** Is a whole-record observer set (tests)? Costly checks run only then. */
export function observingTurns(): boolean {
  return observer !== undefined;
}

export function turnRecord(input: HandlerInput): TurnRecord {
  const existing = getTurnSlot(input, RECORD);
  if (existing !== undefined) return existing;
  const made: TurnRecord = {};
  setTurnSlot(input, RECORD, made);
  return made;
}

export function noteTurn(input: HandlerInput, fields: TurnRecord): void {
  Object.assign(turnRecord(input), fields);
}

/** The record's loggable part: names and kinds, no customer words. */
export function loggableRecord(record: TurnRecord): Record<string, string | undefined> {
  return {
    route: record.route,
    understood: record.understood,
    did:
      [record.searched !== undefined ? 'search' : undefined, record.refined !== undefined ? `refine:${Object.keys(record.refined).join('+')}` : undefined]
        .filter((x) => x !== undefined)
        .join(',') || undefined,
  };
}

/** Ends the turn's record: hands it to the observer, once. */
export function closeTurnRecord(input: HandlerInput): void {
  const record = turnRecord(input);
  observer?.(record);
}
