/**
 * Alexa service clients (Monetization, directives) whose HTTP requests end with the turn.
 * The ASK SDK's DefaultApiClient has no timeout and no way to abort: a hung Monetization API
 * kept one socket open per turn long after the turn had answered. This client is the same
 * node:http(s) request with the deadline's AbortSignal, so an abort destroys the socket.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { services } from 'ask-sdk-model';
import http from 'node:http';
import https from 'node:https';
import { DeadlineExceededError } from './deadline';

/** Upstream answers larger than this are cut off: nothing the skill reads is near it. */
const MAX_BODY_BYTES = 1024 * 1024;

export class AbortableApiClient implements services.ApiClient {
  constructor(private readonly signal: AbortSignal) {}

  invoke(request: services.ApiClientRequest): Promise<services.ApiClientResponse> {
    const url = new URL(request.url);
    const headers: Record<string, string[]> = {};
    for (const { key, value } of request.headers ?? []) headers[key] = [...(headers[key] ?? []), value];
    const transport = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      if (this.signal.aborted) {
        reject(new DeadlineExceededError(`${request.method} ${url.pathname} not started: the turn deadline passed`));
        return;
      }
      const req = transport.request(url, { method: request.method, headers, signal: this.signal }, (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_BODY_BYTES) {
            req.destroy(new Error(`answer larger than ${MAX_BODY_BYTES} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () => {
          const out: services.ApiClientResponse = { statusCode: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: [] };
          for (const [key, value] of Object.entries(response.headers)) {
            for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) out.headers.push({ key, value: v });
          }
          resolve(out);
        });
        response.on('error', reject);
      });
      req.on('error', (err) => reject(this.signal.aborted ? new DeadlineExceededError(`${request.method} ${url.pathname} aborted at the turn deadline`) : err));
      if (request.body) req.write(request.body);
      req.end();
    });
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
