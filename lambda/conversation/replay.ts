/**
 * Runs another intent's handler on a request rebuilt from this one: a bare "the second one"
 * finishes "add it to my cart", "yes" finishes "should I add it?", "buy premium shopper"
 * said to a product intent goes to the premium purchase. Same session, same attributes.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { IntentRequest, Slot } from 'ask-sdk-model';
import type { IntentName } from '../constants';

export function replayAs(input: HandlerInput, intent: IntentName, slots: Record<string, Slot> = {}): HandlerInput {
  const envelope = input.requestEnvelope;
  const { request } = envelope;
  const replayed: IntentRequest = {
    type: 'IntentRequest',
    requestId: request.requestId,
    timestamp: request.timestamp,
    dialogState: 'COMPLETED',
    intent: { name: intent, confirmationStatus: 'NONE', slots },
  };
  if (request.locale !== undefined) replayed.locale = request.locale;
  return { ...input, requestEnvelope: { ...envelope, request: replayed } };
}

export function ordinalSlot(n: number): Record<string, Slot> {
  return { ordinal: { name: 'ordinal', value: String(n), confirmationStatus: 'NONE' } };
}
