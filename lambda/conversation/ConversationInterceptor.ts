/**
 * Clears what only the very next request may use: the action a "which one?" question waits
 * for, the after-action / after-purchase stage, and the count of fallbacks in a row. Help,
 * fallback and repeat keep the first two, so "help" in the middle of a choice does not lose it.
 */
import { getIntentName, getRequestType, type HandlerInput, type RequestInterceptor } from 'ask-sdk-core';
import { IntentNames, RequestTypes, SessionKeys } from '../constants';
import { sessionAttributes } from '../session';
import { clearAwaitingChoice } from './awaiting';
import { clearStage, keepStageBefore } from './stage';
import { keepMissesBefore } from './misses';

const KEEPS_AWAITING: readonly string[] = [IntentNames.SelectItem, IntentNames.Yes, IntentNames.No, IntentNames.Help, IntentNames.Fallback, IntentNames.Repeat];
const KEEPS_STAGE: readonly string[] = [IntentNames.Help, IntentNames.Fallback, IntentNames.Repeat];
const KEEPS_MISSES: readonly string[] = [IntentNames.Fallback, IntentNames.Repeat];

export class ConversationInterceptor implements RequestInterceptor {
  process(input: HandlerInput): void {
    if (getRequestType(input.requestEnvelope) !== RequestTypes.Intent) return;
    const name = getIntentName(input.requestEnvelope);
    if (!KEEPS_AWAITING.includes(name)) clearAwaitingChoice(input);
    keepStageBefore(input);
    if (!KEEPS_STAGE.includes(name)) clearStage(input);
    keepMissesBefore(input);
    if (!KEEPS_MISSES.includes(name)) delete sessionAttributes(input)[SessionKeys.Misses];
  }
}
