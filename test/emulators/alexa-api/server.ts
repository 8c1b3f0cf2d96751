/**
 * One local emulator for the Alexa service APIs a skill calls back through
 * `context.System.apiEndpoint`: an HTTP server on 127.0.0.1 (port 0), a route registry, a
 * bearer-token check (the envelope's apiAccessToken) and a record of every request. Each API
 * lives in its own module and registers its routes here; tests and the local simulator pass
 * `emulator.url` as the envelope's apiEndpoint so the real ASK SDK service clients talk HTTP.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TEST_ACCESS_TOKEN } from '../../support/envelopes';
import { type DirectivesEmulator, directivesEmulator } from './directives';
import { type MonetizationEmulator, monetizationEmulator } from './monetization';
import { closeServer } from '../closeServer';

/** How long an idle keep-alive socket stays open: longer than any gap between a simulator's turns. */
const KEEP_ALIVE_MS = 10 * 60_000;

export interface RouteRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface RouteResult {
  readonly status: number;
  readonly body?: unknown;
  /** Answer only after this many milliseconds (slow-service tests). */
  readonly delayMs?: number;
  /** Close the connection without an answer (network-failure tests). */
  readonly drop?: boolean;
}

export interface Route {
  readonly method: string;
  /** Matched against the path (no query string). */
  readonly path: RegExp;
  readonly name: string;
  handle(request: RouteRequest): RouteResult | Promise<RouteResult>;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly route: string | undefined;
  readonly acceptLanguage: string | undefined;
  readonly status: number | 'dropped';
}

export interface AlexaApiEmulatorOptions {
  /** The bearer token every call must carry. @default TEST_ACCESS_TOKEN */
  readonly accessToken?: string;
}

export interface AlexaApiEmulator {
  readonly url: string;
  readonly accessToken: string;
  /** In-skill products and entitlements (GET /v1/users/~current/skills/~current/inSkillProducts). */
  readonly monetization: MonetizationEmulator;
  /** Progressive responses (POST /v1/directives). */
  readonly directives: DirectivesEmulator;
  addRoute(route: Route): void;
  requests(): readonly RecordedRequest[];
  /** Requests that matched the named route. */
  requestsTo(route: string): readonly RecordedRequest[];
  resetRequests(): void;
  close(): Promise<void>;
}

export async function startAlexaApiEmulator(options: AlexaApiEmulatorOptions = {}): Promise<AlexaApiEmulator> {
  const accessToken = options.accessToken ?? TEST_ACCESS_TOKEN;
  const routes: Route[] = [];
  const recorded: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const send = (res: ServerResponse, status: number, body?: unknown): void => {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, { ...(text === '' ? {} : { 'content-type': 'application/json' }), 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const method = req.method ?? 'GET';
      const route = routes.find((r) => r.method === method && r.path.test(url.pathname));
      const record = (status: number | 'dropped') =>
        recorded.push({
          method,
          path: url.pathname,
          query: Object.fromEntries(url.searchParams.entries()),
          route: route?.name,
          acceptLanguage: typeof req.headers['accept-language'] === 'string' ? req.headers['accept-language'] : undefined,
          status,
        });
      if (req.headers.authorization !== `Bearer ${accessToken}`) {
        record(401);
        send(res, 401, { message: 'The authentication token is invalid or does not have access to make this request' });
        return;
      }
      if (route === undefined) {
        record(404);
        send(res, 404, { message: `no emulated API at ${method} ${url.pathname}` });
        return;
      }
      Promise.resolve(route.handle({ method, url, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') }))
        .then((result) => {
          const answer = () => {
            if (result.drop === true) {
              record('dropped');
              res.socket?.destroy();
              return;
            }
            record(result.status);
            send(res, result.status, result.body);
          };
          if (result.delayMs === undefined || result.delayMs <= 0) answer();
          else {
            const timer = setTimeout(() => {
              timers.delete(timer);
              answer();
            }, result.delayMs);
            timers.add(timer);
          }
        })
        .catch((err: unknown) => {
          record(500);
          send(res, 500, { message: err instanceof Error ? err.message : 'emulator error' });
        });
    });
  });
  // The skill's HTTP client keeps sockets alive (lambda/util/http.ts). With Node's default 5 s,
  // the emulator closed a socket idle that long just as the next turn reused it, and that turn's
  // entitlements lookup failed with ECONNRESET: on a loaded machine, gaps between turns reach
  // 5 s, so corpus lines in the purchase stage failed by chance. The client now sends an
  // idempotent request again on a fresh socket when that happens (test/lambda/util/http.test.ts
  // proves it); a POST (a progressive response) is not sent twice, so idle sockets here still
  // stay open until close() ends them all.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const monetization = monetizationEmulator();
  routes.push(...monetization.routes);
  const directives = directivesEmulator();
  routes.push(...directives.routes);

  return {
    url: `http://127.0.0.1:${port}`,
    accessToken,
    monetization,
    directives,
    addRoute: (route) => routes.push(route),
    requests: () => [...recorded],
    requestsTo: (name) => recorded.filter((r) => r.route === name),
    resetRequests: () => {
      recorded.length = 0;
    },
    close: () => closeServer(server, timers),
  };
}
