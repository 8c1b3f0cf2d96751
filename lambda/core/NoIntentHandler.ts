import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { awaitingChoice, clearAwaitingChoice } from '../conversation/awaiting';
import { ask, tell, tr } from '../turn/respond';
import type { RoutedHandler } from '../routing/router';

/**
 * "no" with no yes/no question of its own pending (those have their routes): to "Should I
 * add it to your cart?" it keeps the list; otherwise it is a goodbye. A bare "yes" with
 * nothing asked is a filler (routing table), answered with the stage's question.
 */
export class NoIntentHandler implements RoutedHandler {
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
