/**
 * Clears what only the very next request may use: the action a "which one?" question waits
 * for, and the after-action / after-purchase stage. Help, fallback and repeat keep them, so
 * "help" in the middle of a choice does not lose it.
 */
import { getIntentName, getRequestType, type HandlerInput, type RequestInterceptor } from 'ask-sdk-core';
import { IntentNames, RequestTypes } from '../constants';
import { clearAwaitingChoice } from './awaiting';
import { clearStage } from './stage';

const KEEPS_AWAITING: readonly string[] = [IntentNames.SelectItem, IntentNames.Yes, IntentNames.No, IntentNames.Help, IntentNames.Fallback, IntentNames.Repeat];
const KEEPS_STAGE: readonly string[] = [IntentNames.Help, IntentNames.Fallback, IntentNames.Repeat];

export class ConversationInterceptor implements RequestInterceptor {
  process(input: HandlerInput): void {
    if (getRequestType(input.requestEnvelope) !== RequestTypes.Intent) return;
    const name = getIntentName(input.requestEnvelope);
    if (!KEEPS_AWAITING.includes(name)) clearAwaitingChoice(input);
    if (!KEEPS_STAGE.includes(name)) clearStage(input);
  }
}
