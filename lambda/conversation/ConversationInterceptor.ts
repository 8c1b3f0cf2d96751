/**
 * Clears what only the very next request may use: the action a "which one?" question waits
 * for, the after-action / after-purchase stage, and the count of fallbacks in a row. Help,
 * fallback and repeat keep the first two, so "help" in the middle of a choice does not lose it.
 */
import { getIntentName, getLocale, getRequestType, getSlotValue, type HandlerInput, type RequestInterceptor } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { phrasesFor } from '../i18n/phrases';
import { pageTitles, productNamedByTitle } from '../understanding/titles';
import { understandInTurn } from '../understanding/readOnce';
import { IntentNames, RelativeIntents, RequestTypes, SessionKeys, SlotNames } from '../constants';
import { getShoppingState, sessionAttributes } from '../session';
import { clearAwaitingChoice } from './awaiting';
import { clearStage, keepStageBefore } from './stage';
import { keepMissesBefore } from './misses';

// A relative reference ("no, the other one") answers "which one?" as a bare choice does.
const KEEPS_AWAITING: readonly string[] = [
  IntentNames.SelectItem,
  IntentNames.Yes,
  IntentNames.No,
  IntentNames.Help,
  IntentNames.Fallback,
  IntentNames.Repeat,
  ...Object.keys(RelativeIntents),
];
const KEEPS_STAGE: readonly string[] = [IntentNames.Help, IntentNames.Fallback, IntentNames.Repeat];
const KEEPS_MISSES: readonly string[] = [IntentNames.Fallback, IntentNames.Repeat];

/**
 * Free words that answer "Which one?" ("the lavazza", "the second one please") arrive as the
 * listened-for SearchProductsIntent slot answer (conversation/listen.ts): they keep the
 * question's action, which the understanding step then carries out. Said in a request's carrier
 * instead ("I'd like the second one": SearchProductsIntent's own sample), an item chosen with
 * no action named answers it too.
 */
function answersWhichOne(input: HandlerInput): boolean {
  const request = input.requestEnvelope.request as IntentRequest;
  if (request.intent.name !== IntentNames.SearchProducts) return false;
  const words = getSlotValue(input.requestEnvelope, SlotNames.Query);
  if (typeof words !== 'string' || words.trim() === '') return false;
  const phrases = phrasesFor(getLocale(input.requestEnvelope));
  const state = getShoppingState(input);
  const understood = understandInTurn(input, words, phrases, pageTitles(state));
  if (request.dialogState !== 'IN_PROGRESS') return understood.kind === 'item' && understood.action === 'choose';
  return understood.kind === 'item' || productNamedByTitle(words, state, phrases) !== undefined;
}

export class ConversationInterceptor implements RequestInterceptor {
  process(input: HandlerInput): void {
    if (getRequestType(input.requestEnvelope) !== RequestTypes.Intent) return;
    const name = getIntentName(input.requestEnvelope);
    if (!KEEPS_AWAITING.includes(name) && !answersWhichOne(input)) clearAwaitingChoice(input);
    keepStageBefore(input);
    if (!KEEPS_STAGE.includes(name)) clearStage(input);
    keepMissesBefore(input);
    if (!KEEPS_MISSES.includes(name)) delete sessionAttributes(input)[SessionKeys.Misses];
  }
}
