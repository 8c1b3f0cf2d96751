import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames, SessionKeys } from '../constants';
import { askWhatToFind } from '../conversation/elicit';
import { tr } from '../turn/respond';
import { isIntent } from '../util/intentMatch';
import { sessionAttributes } from '../session';

/** "Go home" starts over: the listed products are forgotten. */
export class NavigateHomeIntentHandler implements RequestHandler {
  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.NavigateHome);
  }

  handle(input: HandlerInput): Response {
    const attributes = sessionAttributes(input);
    delete attributes[SessionKeys.Shopping];
    const t = tr(input);
    return askWhatToFind(input, t('NAVIGATE_HOME'), t('WELCOME_REPROMPT'));
  }
}
