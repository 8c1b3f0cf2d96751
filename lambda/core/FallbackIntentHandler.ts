import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames } from '../constants';
import { ask, tr } from '../util/respond';
import { isIntent } from './intentMatch';

export class FallbackIntentHandler implements RequestHandler {
  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.Fallback);
  }

  handle(input: HandlerInput): Response {
    const t = tr(input);
    return ask(input, t('FALLBACK'), t('FALLBACK_REPROMPT'));
  }
}
