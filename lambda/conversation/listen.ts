/**
 * After every open question the skill listens for free words: the answer gets a
 * Dialog.ElicitSlot for SearchProductsIntent's `query` (an AMAZON.SearchQuery slot with the
 * slot sample `{query}`), so whatever the customer says next that no intent sample takes
 * still reaches the skill as words, and the understanding step (lambda/understanding/) reads
 * them: a position, a sort, a refinement, a question, a closing, small talk, or a product.
 * Without it such words reach AMAZON.FallbackIntent, which carries none.
 *
 * Alexa still sends another intent when the answer matches that intent's samples (Alexa
 * Skills Kit, Dialog interface reference: "change the intent during the dialog"), so "next"
 * or "stop" keep their intents. Pure: the response in, the response with the directive out.
 */
import type { Response } from 'ask-sdk-model';
import { RequestTypes, SlotNames } from '../constants';
import { searchIntentToElicit } from './elicit';

export interface ListenContext {
  requestType: string;
  /** A yes/no question is pending: "yes" and "no" must reach their built-in intents. */
  yesNoPending: boolean;
}

/** Dialog directives are valid only in answer to a LaunchRequest or an IntentRequest (Dialog interface reference). */
const CAN_ELICIT: readonly string[] = [RequestTypes.Launch, RequestTypes.Intent];
/** APL directives: a screen shown with the answer does not stop it listening. */
const SCREEN_DIRECTIVES = 'Alexa.Presentation.';
/** The list's dynamic entities (browsing/listEntities.ts) go along with listening too: they bias what the next words resolve to. */
const DYNAMIC_ENTITIES = 'Dialog.UpdateDynamicEntities';

export function listenForWords(response: Response, context: ListenContext): Response {
  if (!CAN_ELICIT.includes(context.requestType) || context.yesNoPending) return response;
  // Only an open question: the session stays open and there is a reprompt.
  if (response.shouldEndSession !== false || response.reprompt === undefined) return response;
  // A Dialog directive already there (the skill elicits itself), or a connection the answer
  // starts; a screen (Alexa.Presentation) goes along with listening.
  const directives = response.directives ?? [];
  if (directives.some((d) => !d.type.startsWith(SCREEN_DIRECTIVES) && d.type !== DYNAMIC_ENTITIES)) return response;
  return { ...response, directives: [...directives, { type: 'Dialog.ElicitSlot', slotToElicit: SlotNames.Query, updatedIntent: searchIntentToElicit() }] };
}
