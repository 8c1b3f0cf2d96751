import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { turnDeadline } from '../util/deadline';
import { log } from '../util/log';
import { closeTurnRecord, loggableRecord, turnRecord } from '../observe/turnRecord';

const STARTED_AT = 'startedAt';

/**
 * One line per request and one per response: request id, type, intent, locale, outcome and
 * duration. Never the envelope, the user or device ids, the access token or slot values.
 */
export class RequestLogInterceptor implements RequestInterceptor {
  process(input: HandlerInput): void {
    input.attributesManager.getRequestAttributes()[STARTED_AT] = Date.now();
    const request = input.requestEnvelope.request;
    log.info('request', {
      requestId: request.requestId,
      requestType: request.type,
      intent: request.type === 'IntentRequest' ? request.intent?.name : undefined,
      locale: request.locale,
    });
  }
}

export function describeOutcome(response: Response | undefined): string {
  if (response === undefined) return 'none';
  const directives = (response.directives ?? []).map((d) => d.type);
  if (directives.length > 0) return `directive:${directives.join(',')}`;
  if (response.outputSpeech === undefined) return 'silent';
  return response.shouldEndSession === true ? 'speech:end' : 'speech:open';
}

/**
 * The response line. Error handlers call it too: the ASK SDK skips response interceptors
 * when a handler throws, and an error answer is the one whose timing matters most.
 */
export function logResponse(input: HandlerInput, response: Response | undefined): void {
  const startedAt = input.attributesManager.getRequestAttributes()[STARTED_AT];
  log.info('response', {
    requestId: input.requestEnvelope.request.requestId,
    outcome: describeOutcome(response),
    durationMs: typeof startedAt === 'number' ? Date.now() - startedAt : undefined,
    // Measured on the deadline's own clock: how far past the turn's budget the answer came.
    overrunMs: Math.round(turnDeadline(input).overrunMs()),
    // The route and what the turn did, by kind: never the words.
    ...loggableRecord(turnRecord(input)),
  });
  closeTurnRecord(input);
}

export class ResponseLogInterceptor implements ResponseInterceptor {
  process(input: HandlerInput, response?: Response): void {
    logResponse(input, response);
  }
}
