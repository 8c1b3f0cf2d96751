import type { ErrorHandler, HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { SkillError } from '../errors';
import { logResponse } from '../interceptors/RequestLogInterceptor';
import { describeError, log } from '../util/log';
import { ask, silent, tell, tr } from '../turn/respond';
import { mustStaySilent } from './noAnswer';

/** Typed errors become the specific, honest sentence each one names. */
export class SkillErrorHandler implements ErrorHandler {
  canHandle(_input: HandlerInput, error: Error): boolean {
    return error instanceof SkillError;
  }

  handle(input: HandlerInput, error: Error): Response {
    const skillError = error as SkillError;
    log.warn('skill_error', { code: skillError.code, ...describeError(error) });
    const response = this.answer(input, skillError);
    logResponse(input, response);
    return response;
  }

  private answer(input: HandlerInput, skillError: SkillError): Response {
    if (mustStaySilent(input)) return silent(input);
    const t = tr(input);
    const speech = t(skillError.speechKey, skillError.speechParams);
    if (skillError.endsSession) return tell(input, speech);
    return ask(input, speech, t(skillError.repromptKey ?? 'WHAT_NEXT', skillError.speechParams));
  }
}
