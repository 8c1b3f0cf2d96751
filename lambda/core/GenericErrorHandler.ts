import type { ErrorHandler, HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { logResponse } from '../interceptors/RequestLogInterceptor';
import { describeError, log } from '../util/log';
import { ask, silent, tr } from '../turn/respond';
import { mustStaySilent } from './noAnswer';

/** The last resort: an apology that keeps the conversation going. Never speaks internals. */
export class GenericErrorHandler implements ErrorHandler {
  canHandle(): boolean {
    return true;
  }

  handle(input: HandlerInput, error: Error): Response {
    log.error('unhandled_error', describeError(error));
    const t = tr(input);
    const response = mustStaySilent(input) ? silent(input) : ask(input, t('GENERIC_ERROR'), t('GENERIC_ERROR_REPROMPT'));
    logResponse(input, response);
    return response;
  }
}
