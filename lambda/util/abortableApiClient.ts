/**
 * Alexa service clients (Monetization, directives) whose HTTP requests end with the turn.
 * The ASK SDK's DefaultApiClient has no timeout and no way to abort: a hung Monetization API
 * kept one socket open per turn long after the turn had answered. This client sends through
 * the skill's one HTTP client (./http.ts) with the deadline's AbortSignal, so an abort
 * destroys the socket, and with its body cap.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { services } from 'ask-sdk-model';
import { DeadlineExceededError } from './deadline';
import { httpRequest } from './http';

export class AbortableApiClient implements services.ApiClient {
  constructor(private readonly signal: AbortSignal) {}

  async invoke(request: services.ApiClientRequest): Promise<services.ApiClientResponse> {
    const url = new URL(request.url);
    if (this.signal.aborted) throw new DeadlineExceededError(`${request.method} ${url.pathname} not started: the turn deadline passed`);
    const headers: Record<string, string[]> = {};
    for (const { key, value } of request.headers ?? []) headers[key] = [...(headers[key] ?? []), value];
    let answer: Awaited<ReturnType<typeof httpRequest>>;
    try {
      answer = await httpRequest({
        url,
        method: request.method,
        headers,
        signal: this.signal,
        ...(request.body ? { body: request.body } : {}),
      });
    } catch (err) {
      if (this.signal.aborted) throw new DeadlineExceededError(`${request.method} ${url.pathname} aborted at the turn deadline`);
      throw err;
    }
    const out: services.ApiClientResponse = { statusCode: answer.status, body: answer.text, headers: [] };
    for (const [key, value] of Object.entries(answer.headers)) {
      for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) out.headers.push({ key, value: v });
    }
    return out;
  }
}

/**
 * The service clients for this request, their calls bound to `signal` (the turn's deadline
 * or a capped part of it). Undefined when the envelope names no API endpoint.
 */
export function serviceClientsFor(input: HandlerInput, signal: AbortSignal): services.ServiceClientFactory | undefined {
  const system = input.requestEnvelope.context?.System;
  const apiEndpoint = system?.apiEndpoint;
  if (typeof apiEndpoint !== 'string' || apiEndpoint === '') return undefined;
  return new services.ServiceClientFactory({
    apiClient: new AbortableApiClient(signal),
    apiEndpoint,
    authorizationValue: typeof system?.apiAccessToken === 'string' ? system.apiAccessToken : '',
  });
}
