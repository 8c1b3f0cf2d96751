import { getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response, SessionEndedRequest } from 'ask-sdk-model';
import { RequestTypes } from '../constants';
import { log } from '../util/log';
import { silent } from '../turn/respond';
import { keepShoppingForLater } from '../conversation/shoppingContext';
import type { SkillDependencies } from '../dependencies';

/**
 * A skill cannot speak in answer to SessionEndedRequest: the response is empty. The request
 * still carries the session's attributes, so a list the customer walked away from (or said
 * "exit" to) is kept for a day, for the next launch to offer.
 */
export class SessionEndedRequestHandler implements RequestHandler {
  /** Without deps (unit tests) nothing is kept. */
  constructor(private readonly deps?: Pick<SkillDependencies, 'persistence' | 'now'>) {}

  canHandle(input: HandlerInput): boolean {
    return getRequestType(input.requestEnvelope) === RequestTypes.SessionEnded;
  }

  async handle(input: HandlerInput): Promise<Response> {
    const request = input.requestEnvelope.request as SessionEndedRequest;
    if (request.reason === 'ERROR') {
      log.warn('session_ended_with_error', {
        reason: request.reason,
        errorType: request.error?.type,
        errorMessage: request.error?.message,
      });
    }
    if (this.deps !== undefined) await keepShoppingForLater(input, this.deps.persistence, this.deps.now());
    return silent(input);
  }
}
