import { getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response, SessionEndedRequest } from 'ask-sdk-model';
import { RequestTypes } from '../constants';
import { log } from '../util/log';
import { silent } from '../turn/respond';

/** A skill cannot speak in answer to SessionEndedRequest: the response is empty. */
export class SessionEndedRequestHandler implements RequestHandler {
  canHandle(input: HandlerInput): boolean {
    return getRequestType(input.requestEnvelope) === RequestTypes.SessionEnded;
  }

  handle(input: HandlerInput): Response {
    const request = input.requestEnvelope.request as SessionEndedRequest;
    if (request.reason === 'ERROR') {
      log.warn('session_ended_with_error', {
        reason: request.reason,
        errorType: request.error?.type,
        errorMessage: request.error?.message,
      });
    }
    return silent(input);
  }
}
