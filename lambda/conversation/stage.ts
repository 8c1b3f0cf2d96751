/**
 * Where the customer is, so help and fallback can say what works there: at the start, in a
 * result list, in one product's details, just after a Shopping Action, or just back from a
 * purchase flow. The first three follow from the shopping state; the last two are marked by
 * the handlers of those results and cleared by the next request (ConversationInterceptor).
 */
import type { HandlerInput } from 'ask-sdk-core';
import { SessionKeys } from '../constants';
import { getShoppingState, sessionAttributes } from '../session';
import { getTurnSlot, setTurnSlot, turnSlot } from '../turn/context';

export type Stage = 'launch' | 'list' | 'details' | 'action' | 'purchase';

const MARKED: readonly Stage[] = ['action', 'purchase'];

export function markStage(input: HandlerInput, stage: 'action' | 'purchase'): void {
  sessionAttributes(input)[SessionKeys.Stage] = stage;
}

export function clearStage(input: HandlerInput): void {
  delete sessionAttributes(input)[SessionKeys.Stage];
}

export function currentStage(input: HandlerInput): Stage {
  const marked = sessionAttributes(input)[SessionKeys.Stage];
  if (typeof marked === 'string' && (MARKED as readonly string[]).includes(marked)) return marked as Stage;
  const state = getShoppingState(input);
  if (state.products.length === 0) return 'launch';
  return state.current === undefined ? 'list' : 'details';
}

const STAGE_BEFORE = turnSlot<'action' | 'purchase'>('stageBefore');

/** Called by ConversationInterceptor before it clears the marked stage. */
export function keepStageBefore(input: HandlerInput): void {
  const marked = sessionAttributes(input)[SessionKeys.Stage];
  if (marked === 'action' || marked === 'purchase') setTurnSlot(input, STAGE_BEFORE, marked);
}

/** A turn that moved nothing on (small talk the open question caught) leaves the stage where it was. */
export function restoreStage(input: HandlerInput): void {
  const before = getTurnSlot(input, STAGE_BEFORE);
  if (before !== undefined) markStage(input, before);
}
