/**
 * A yes/no question the skill just asked ("Shall I drop under 5 dollars?", "Want to add it
 * to your cart?"). It is kept for the next turn only: `PendingQuestionInterceptor` moves it
 * out of the session at the start of every request, so a later "yes" never answers an old
 * question.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { REFINEMENT_KINDS, type RefinementKind } from '../session/refinements';
import { IntentNames, SessionKeys } from '../constants';
import { isIntent } from '../util/intentMatch';
import { sessionAttributes } from '../session';
import { isRecord } from '../util/guards';
import { isAsin } from '../util/asin';
import { parseContextId } from '../security/contextId';
import { getTurnSlot, setTurnSlot, turnSlot } from '../turn/context';

export type PendingQuestion =
  | { kind: 'drop-refinement'; refinement: RefinementKind }
  | { kind: 'add-to-cart'; asin: string }
  /** "Last time you looked at coffee. Want to go back to it?": the saved context's id. */
  | { kind: 'resume'; id: string };

/** The question being answered this turn, moved out of the session by the interceptor. */
const ANSWERING = turnSlot<PendingQuestion>('pendingQuestion');

function parse(raw: unknown): PendingQuestion | undefined {
  if (!isRecord(raw)) return undefined;
  const value = raw as Record<string, unknown>;
  const refinement = value['refinement'];
  if (value['kind'] === 'drop-refinement' && typeof refinement === 'string' && (REFINEMENT_KINDS as readonly string[]).includes(refinement)) {
    return { kind: 'drop-refinement', refinement: refinement as RefinementKind };
  }
  const asin = value['asin'];
  if (value['kind'] === 'add-to-cart' && isAsin(asin)) return { kind: 'add-to-cart', asin };
  const id = parseContextId(value['id']);
  if (value['kind'] === 'resume' && id !== undefined) return { kind: 'resume', id };
  return undefined;
}

export function setPendingQuestion(input: HandlerInput, question: PendingQuestion): void {
  sessionAttributes(input)[SessionKeys.PendingQuestion] = question;
}

/** Called once per request, before the handlers: the question asked last turn, if any. */
export function takePendingQuestionFromSession(input: HandlerInput): void {
  const session = sessionAttributes(input);
  const question = parse(session[SessionKeys.PendingQuestion]);
  // "Say that again" repeats the question, so it stays open for one more turn.
  const repeating = isIntent(input, IntentNames.Repeat);
  if (!repeating) delete session[SessionKeys.PendingQuestion];
  if (question !== undefined) setTurnSlot(input, ANSWERING, question);
}

/** The question the customer is answering this turn. */
export function pendingQuestion(input: HandlerInput): PendingQuestion | undefined {
  return getTurnSlot(input, ANSWERING);
}
