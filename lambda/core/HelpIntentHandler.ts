import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames } from '../constants';
import { currentStage } from '../conversation/stage';
import { askWhatToFind } from '../conversation/elicit';
import { getShoppingState } from '../session';
import { ask, tr } from '../turn/respond';
import { isIntent } from '../util/intentMatch';

/** Help that knows where the customer is: short, and about what works there. */
export class HelpIntentHandler implements RequestHandler {
  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.Help);
  }

  handle(input: HandlerInput): Response {
    const t = tr(input);
    const state = getShoppingState(input);
    switch (currentStage(input)) {
      case 'launch':
        return askWhatToFind(input, t('HELP_LAUNCH'), t('HELP_LAUNCH_REPROMPT'));
      case 'list':
        return ask(input, t('HELP_LIST', { query: state.query ?? '' }), t('HELP_LIST_REPROMPT'));
      case 'details':
        return ask(input, t('HELP_DETAILS', { title: state.products[state.current ?? 0]?.title ?? '' }), t('HELP_DETAILS_REPROMPT'));
      case 'action':
        return ask(input, t('HELP_ACTION'), t('HELP_AFTER_REPROMPT'));
      case 'purchase':
        return ask(input, t('HELP_PURCHASE'), t('HELP_AFTER_REPROMPT'));
    }
  }
}
