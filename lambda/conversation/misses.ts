/**
 * Misses in a row: turns the skill could not use (AMAZON.FallbackIntent, or words that were
 * small talk or a question it cannot answer). The count before this request is kept for the
 * turn (ConversationInterceptor clears the session's count for any other intent), so a miss
 * of either kind continues the row, and the answer changes with it.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { SessionKeys } from '../constants';
import { sessionAttributes } from '../session';
import { getTurnSlot, setTurnSlot, turnSlot } from '../turn/context';

const BEFORE = turnSlot<number>('missesBefore');

function stored(input: HandlerInput): number {
  const value = sessionAttributes(input)[SessionKeys.Misses];
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
}

/** Called by ConversationInterceptor before it clears the session's count. */
export function keepMissesBefore(input: HandlerInput): void {
  setTurnSlot(input, BEFORE, stored(input));
}

/** This turn is a miss: the number of misses in a row, this one included. */
export function countMiss(input: HandlerInput): number {
  const misses = (getTurnSlot(input, BEFORE) ?? stored(input)) + 1;
  sessionAttributes(input)[SessionKeys.Misses] = misses;
  return misses;
}
