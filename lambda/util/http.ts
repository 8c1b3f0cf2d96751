/**
 * The skill's one HTTP client, on node:http(s) with keep-alive agents: the signed AWS calls
 * (lambda/aws/awsJsonClient.ts), the Alexa service clients (lambda/util/abortableApiClient.ts)
 * and, through `httpFetch`, the Product Search API and LWA. No other module of the skill opens
 * a connection (test/architecture/retryAndHttp.test.ts).
 *
 * Every request has:
 * - a body cap (`maxBodyBytes`, 1 MB unless said otherwise): nothing the skill reads is near
 *   it, and an upstream that streams without end must not fill the Lambda's memory;
 * - a per-attempt timeout (`timeoutMs`): no full answer in time destroys the socket and
 *   rejects with an AttemptTimeoutError, which the retry policy (lambda/util/retry.ts) retries;
 * - the turn's signal: an abort destroys the socket and rejects with the signal's reason.
 *
 * Why not the global `fetch`: on Node.js its first call loads the bundled undici and compiles
 * its WebAssembly HTTP parser, about 20 ms of CPU on the first search turn of every new
 * container (a CPU profile of the production cold start, bench/RESULTS.md). What the skill
 * uses of fetch is small: one request with a string body, an AbortSignal, the status, a header
 * or two and the body text.
 */
import type http from 'node:http';
import { AttemptTimeoutError } from './retry';

/** Answers larger than this are cut off unless a request says otherwise. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export interface HttpRequest {
  url: URL;
  method: string;
  /** A list value sends the header once per value. */
  headers: Record<string, string | string[]>;
  body?: string;
  /** Aborts the request in flight; the call rejects with `signal.reason`, as fetch does. */
  signal?: AbortSignal | undefined;
  /** Destroys the request with an AttemptTimeoutError when no full answer came in time. */
  timeoutMs?: number | undefined;
  /** @default DEFAULT_MAX_BODY_BYTES */
  maxBodyBytes?: number | undefined;
  /** Another agent than the shared keep-alive one (its own trusted CAs, for instance). */
  agent?: http.Agent | undefined;
}

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body's bytes, as received (for checksums). */
  bytes: Buffer;
  /** The body as UTF-8. */
  text: string;
}

/** The answer's body passed the request's cap; the socket was destroyed. Not retried: the next answer would be as large. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  readonly retryable = false;
  constructor(readonly limitBytes: number) {
    super(`answer larger than ${limitBytes} bytes`);
  }
}

/** The connection closed before the whole answer arrived: retried like a reset. */
class ConnectionClosedError extends Error {
  override readonly name = 'ConnectionClosedError';
  readonly code = 'ECONNRESET';
}

/**
 * node:http, or node:https for an https: URL, with its shared keep-alive agent: loaded on the
 * first request that uses it, not when the skill is loaded. node:https brings node:tls, about
 * 10 ms of CPU to load on Node 24 (README, Performance): a container pays it on its first call
 * to an https: endpoint, and a process whose endpoints are all plain HTTP (dynalite, the
 * emulators, a local run) never does. Keep-alive: a warm container's next call skips the TCP and
 * TLS handshakes. Idle sockets are unref'd by Node's agent, so they never keep a process alive.
 */
interface Transport {
  request: typeof http.request;
  agent: http.Agent;
}
const transports: { http?: Transport; https?: Transport } = {};

function transport(secure: boolean): Transport {
  if (secure) {
    if (transports.https === undefined) {
      const https = require('node:https') as typeof import('node:https');
      transports.https = { request: https.request, agent: new https.Agent({ keepAlive: true, maxSockets: 50 }) };
    }
    return transports.https;
  }
  if (transports.http === undefined) {
    const plain = require('node:http') as typeof import('node:http');
    transports.http = { request: plain.request, agent: new plain.Agent({ keepAlive: true, maxSockets: 50 }) };
  }
  return transports.http;
}

/**
 * Methods that may be sent again when the first sending never reached the server (RFC 9110,
 * section 9.2.2, "Idempotent Methods").
 */
const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/**
 * How many times a request found its kept-alive socket already closed and was sent again on
 * another: each stale socket is destroyed by its failure, so the pool drains after a few.
 */
const MAX_STALE_SOCKET_REPLAYS = 3;

/**
 * Whether a request failed because the server had closed its idle kept-alive socket as the
 * request reused it (Node.js HTTP reference, `request.reusedSocket`): the server never read
 * it, so an idempotent request is sent again on a fresh connection at once. This is the
 * transport's own replay, not a retry (nothing failed upstream, and no backoff or attempt of
 * the retry policy is spent): without it, the Alexa service calls, which the retry policy does
 * not wrap, failed whenever a turn came just as the server's keep-alive timeout ran out.
 */
function staleSocket(req: http.ClientRequest, method: string, responded: boolean, err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return req.reusedSocket && !responded && IDEMPOTENT_METHODS.has(method.toUpperCase()) && (code === 'ECONNRESET' || code === 'EPIPE');
}

export function httpRequest(request: HttpRequest): Promise<HttpAnswer> {
  return sendOnce(request, 0);
}

function sendOnce(request: HttpRequest, replays: number): Promise<HttpAnswer> {
  const { url, signal } = request;
  // An aborted signal always has a reason: abort() without one gives a DOMException AbortError.
  if (signal?.aborted) return Promise.reject(signal.reason);
  const limit = request.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return new Promise((resolve, reject) => {
    const secure = url.protocol === 'https:';
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    const headers = { ...request.headers };
    if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
    const { request: send, agent } = transport(secure);
    let responded = false;
    const req = send(
      {
        hostname: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: request.method,
        headers,
        agent: request.agent ?? agent,
      },
      (res) => {
        responded = true;
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > limit) {
          fail(new BodyTooLargeError(limit));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limit) {
            fail(new BodyTooLargeError(limit));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          settle(() => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes, text: bytes.toString('utf8') }));
        });
        res.on('error', (err) => settle(() => reject(err)));
        res.on('close', () => {
          if (!res.complete) settle(() => reject(new ConnectionClosedError('the connection closed before the whole answer arrived')));
        });
      },
    );
    const timeoutMs = request.timeoutMs;
    if (timeoutMs !== undefined) {
      timer = setTimeout(() => fail(new AttemptTimeoutError(timeoutMs)), timeoutMs);
    }
    // Settles first, then destroys the socket: whatever the socket reports next comes too late.
    function fail(reason: unknown) {
      settle(() => reject(reason));
      req.destroy();
    }
    function onAbort() {
      fail(signal?.reason);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', (err) => {
      if (!settled && replays < MAX_STALE_SOCKET_REPLAYS && !signal?.aborted && staleSocket(req, request.method, responded, err)) {
        settle(() => resolve(sendOnce(request, replays + 1)));
        return;
      }
      settle(() => reject(err));
    });
    req.end(request.body);
  });
}

/** The part of the Fetch API's Response the skill reads. */
export interface FetchedResponse {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

/** What the catalog clients call; the global `fetch` fits it too (tests may pass it). */
export type HttpFetch = (url: string, init: FetchInit) => Promise<FetchedResponse>;

/** `fetch` for the skill's calls, on httpRequest. */
export const httpFetch: HttpFetch = async (url, init) => {
  const answer = await httpRequest({
    url: new URL(url),
    method: init.method ?? 'GET',
    headers: init.headers ?? {},
    ...(init.body === undefined ? {} : { body: init.body }),
    ...(init.signal === undefined ? {} : { signal: init.signal }),
  });
  return {
    ok: answer.status >= 200 && answer.status < 300,
    status: answer.status,
    headers: {
      get: (name: string) => {
        const value = answer.headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    },
    text: () => Promise.resolve(answer.text),
  };
};
