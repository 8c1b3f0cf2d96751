import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames } from '../constants';
import { currentStage } from '../conversation/stage';
import { askWhatToFind } from '../conversation/elicit';
import { ask, tr } from '../turn/respond';
import { isIntent } from '../util/intentMatch';

/** A fallback that suggests what works where the customer is. */
export class FallbackIntentHandler implements RequestHandler {
  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.Fallback);
  }

  handle(input: HandlerInput): Response {
    const t = tr(input);
    switch (currentStage(input)) {
      case 'launch':
        return askWhatToFind(input, t('FALLBACK_LAUNCH'), t('FALLBACK_REPROMPT'));
      case 'list':
        return ask(input, t('FALLBACK_LIST'), t('HELP_LIST_REPROMPT'));
      case 'details':
        return ask(input, t('FALLBACK_DETAILS'), t('HELP_DETAILS_REPROMPT'));
      case 'action':
      case 'purchase':
        return ask(input, t('FALLBACK_AFTER'), t('HELP_AFTER_REPROMPT'));
    }
  }
}
