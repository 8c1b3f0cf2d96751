import { getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { interfaces, Response } from 'ask-sdk-model';
import { RequestTypes } from '../constants';
import { log } from '../util/log';
import { silent } from '../turn/respond';

/**
 * System.ExceptionEncountered reports a failed directive, such as a
 * RecommendShoppingProducts task sent with SEND_ERRORS_ONLY. The skill cannot answer it
 * (Alexa Skills Kit request types reference, System.ExceptionEncountered): log the error and `cause.requestId` to correlate, return nothing.
 */
export class ExceptionEncounteredHandler implements RequestHandler {
  canHandle(input: HandlerInput): boolean {
    return getRequestType(input.requestEnvelope) === RequestTypes.ExceptionEncountered;
  }

  handle(input: HandlerInput): Response {
    const request = input.requestEnvelope.request as Partial<interfaces.system.ExceptionEncounteredRequest>;
    log.warn('exception_encountered', {
      errorType: typeof request.error?.type === 'string' ? request.error.type : undefined,
      errorMessage: typeof request.error?.message === 'string' ? request.error.message.slice(0, 300) : undefined,
      causeRequestId: typeof request.cause?.requestId === 'string' ? request.cause.requestId : undefined,
    });
    return silent(input);
  }
}
