/**
 * The skill's one HTTP client, on node:http(s) with keep-alive agents: the signed AWS calls
 * (lambda/aws/awsJsonClient.ts) and, through `httpFetch`, the Product Search API and LWA.
 *
 * Why not the global `fetch`: on Node.js its first call loads the bundled undici and compiles
 * its WebAssembly HTTP parser, about 20 ms of CPU on the first search turn of every new
 * container (a CPU profile of the production cold start, bench/RESULTS.md). node:https is
 * already loaded by the ASK SDK. What the skill uses of fetch is small: one request with a
 * string body, an AbortSignal, the status, a header or two and the body text.
 */
import http from 'node:http';
import https from 'node:https';

export interface HttpRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** Aborts the request in flight; the call rejects with `signal.reason`, as fetch does. */
  signal?: AbortSignal;
  /** Destroys the request with `timeoutError()` when no full answer came in time. */
  timeoutMs?: number;
  timeoutError?: () => Error;
  /** Destroys the request once the answer's body passes this many bytes (unlimited unless given). */
  maxBodyBytes?: number;
  /** Another agent than the shared keep-alive one (its own trusted CAs, for instance). */
  agent?: http.Agent;
}

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

// Keep-alive: a warm container's next call skips the TCP and TLS handshakes. Idle sockets
// are unref'd by Node's agent, so they never keep a process alive.
const agents = { http: new http.Agent({ keepAlive: true, maxSockets: 50 }), https: new https.Agent({ keepAlive: true, maxSockets: 50 }) };

export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

export function httpRequest(request: HttpRequest): Promise<HttpAnswer> {
  const { url, signal } = request;
  if (signal?.aborted) return Promise.reject(abortReason(signal));
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
    const req = (secure ? https : http).request(
      {
        hostname: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: request.method,
        headers,
        agent: request.agent ?? (secure ? agents.https : agents.http),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const limit = request.maxBodyBytes;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (limit !== undefined && size > limit) {
            // Settled before the socket closes: the close must not report itself as the cause.
            settle(() => reject(new Error(`answer larger than ${limit} bytes`)));
            req.destroy();
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => settle(() => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') })));
        res.on('error', (err) => settle(() => reject(err)));
      },
    );
    if (request.timeoutMs !== undefined) {
      const make = request.timeoutError ?? (() => new Error(`no answer within ${request.timeoutMs} ms`));
      // The error given to destroy() is what 'error' reports, so a timeout says so.
      timer = setTimeout(() => req.destroy(make()), request.timeoutMs);
    }
    function onAbort() {
      const reason = signal === undefined ? undefined : abortReason(signal);
      settle(() => reject(reason));
      req.destroy();
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', (err) => settle(() => reject(err)));
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
