import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames } from '../constants';
import { getLastAnswer } from '../session';
import { ask, tr } from '../turn/respond';
import { isIntent } from '../util/intentMatch';

/** Says the last answer again; LastAnswerInterceptor records it. */
export class RepeatIntentHandler implements RequestHandler {
  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.Repeat);
  }

  handle(input: HandlerInput): Response {
    const t = tr(input);
    const last = getLastAnswer(input);
    if (last === undefined) return ask(input, t('NOTHING_TO_REPEAT'), t('WELCOME_REPROMPT'));
    return ask(input, last.speech, last.reprompt ?? t('WHAT_NEXT'));
  }
}
