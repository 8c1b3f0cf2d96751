import { getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { RequestTypes } from '../constants';
import { ask, tr } from '../util/respond';

export class LaunchRequestHandler implements RequestHandler {
  canHandle(input: HandlerInput): boolean {
    return getRequestType(input.requestEnvelope) === RequestTypes.Launch;
  }

  handle(input: HandlerInput): Response {
    const t = tr(input);
    return ask(input, t('WELCOME'), t('WELCOME_REPROMPT'));
  }
}
