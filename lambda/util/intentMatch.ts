/** `canHandle` for intent handlers: an IntentRequest whose intent is one of `names`. */
import { getIntentName, getRequestType, type HandlerInput } from 'ask-sdk-core';
import { type IntentName, RequestTypes } from '../constants';

export function isIntent(input: HandlerInput, ...names: IntentName[]): boolean {
  if (getRequestType(input.requestEnvelope) !== RequestTypes.Intent) return false;
  const name = getIntentName(input.requestEnvelope) as IntentName;
  return names.includes(name);
}
