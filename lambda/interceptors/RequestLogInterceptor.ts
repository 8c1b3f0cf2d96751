import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { turnContext } from '../turn/context';
import { log } from '../util/log';
import { closeTurnRecord, loggableRecord, turnRecord } from '../observe/turnRecord';

/**
 * One line per request and one per response: type, intent, locale, outcome and duration (the
 * request id is on every line of the turn: lambda/util/log.ts). Never the envelope, the user
 * or device ids, the access token or slot values.
 */
export class RequestLogInterceptor implements RequestInterceptor {
  process(input: HandlerInput): void {
    const request = input.requestEnvelope.request;
    log.info('request', {
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
  const turn = turnContext(input);
  log.info('response', {
    outcome: describeOutcome(response),
    durationMs: Date.now() - turn.startedAt,
    // Measured on the deadline's own clock: how far past the turn's budget the answer came.
    overrunMs: Math.round(turn.deadline.overrunMs()),
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
