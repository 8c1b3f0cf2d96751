import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames } from '../constants';
import { askWhatToFind } from '../conversation/elicit';
import { awaitingChoice, clearAwaitingChoice } from '../conversation/awaiting';
import { ask, tell, tr } from '../turn/respond';
import { isIntent } from '../util/intentMatch';

/**
 * The skill's yes/no questions are "would you like to look for something else?": yes asks
 * what to find, no says goodbye. Handlers that ask other yes/no questions register their own
 * handler ahead of these.
 */
export class YesIntentHandler implements RequestHandler {
  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.Yes);
  }

  handle(input: HandlerInput): Response {
    const t = tr(input);
    return askWhatToFind(input, t('FALLBACK_REPROMPT'), t('WELCOME_REPROMPT'));
  }
}

export class NoIntentHandler implements RequestHandler {
  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.No);
  }

  handle(input: HandlerInput): Response {
    const t = tr(input);
    // "no" to "Should I add it to your cart?" is not "goodbye": the list is still there.
    if (awaitingChoice(input) !== undefined) {
      clearAwaitingChoice(input);
      return ask(input, t('NO_THANKS'), t('HELP_AFTER_REPROMPT'));
    }
    return tell(input, t('GOODBYE'));
  }
}
