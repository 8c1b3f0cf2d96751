import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames } from '../constants';
import { askWhatToFind } from '../conversation/elicit';
import { tr } from '../turn/respond';
import { isIntent } from '../util/intentMatch';

/**
 * "cancel my order", "where is my package", "what's in my cart", "return it": the skill can
 * only start Shopping Actions, it can't read orders or the cart, so it says so and points to
 * the Amazon app, instead of letting a premium or search intent take the words.
 */
export class OrderHelpIntentHandler implements RequestHandler {
  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.OrderHelp);
  }

  handle(input: HandlerInput): Response {
    const t = tr(input);
    return askWhatToFind(input, t('ORDER_HELP'), t('ORDER_HELP_REPROMPT'));
  }
}
