/**
 * "What would you like to find?" with a Dialog.ElicitSlot for the search query, so a bare
 * answer ("coffee") fills SearchProductsIntent's `query` through the slot's own samples
 * (`{query}`), which an AMAZON.SearchQuery intent sample may not be. Alexa accepts a Dialog
 * directive that names another intent from any request, LaunchRequest included, when the
 * model has a dialog model for that intent (Alexa Skills Kit, "intent chaining").
 */
import { getRequestType, type HandlerInput } from 'ask-sdk-core';
import type { Intent, Response } from 'ask-sdk-model';
import { IntentNames, RequestTypes, SlotNames } from '../constants';
import { withQuestion } from '../turn/respond';

/** Dialog directives are only valid in answer to a LaunchRequest or an IntentRequest. */
function canElicit(input: HandlerInput): boolean {
  const type = getRequestType(input.requestEnvelope);
  return type === RequestTypes.Launch || type === RequestTypes.Intent;
}

export function searchIntentToElicit(): Intent {
  return {
    name: IntentNames.SearchProducts,
    confirmationStatus: 'NONE',
    slots: { [SlotNames.Query]: { name: SlotNames.Query, confirmationStatus: 'NONE' } },
  };
}

/** Asks what to find and listens for a bare product name. */
export function askWhatToFind(input: HandlerInput, speech: string, reprompt: string): Response {
  const builder = input.responseBuilder.speak(withQuestion(input, speech, reprompt)).reprompt(reprompt);
  if (canElicit(input)) builder.addElicitSlotDirective(SlotNames.Query, searchIntentToElicit());
  return builder.getResponse();
}
