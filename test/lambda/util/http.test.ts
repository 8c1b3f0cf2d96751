/**
 * The skill's one HTTP client (lambda/util/http.ts) against a loopback server: what the
 * catalog clients read of a response, the request they send, an abort mid-request, the body
 * cap (declared and streamed), a server that never answers (fake timers), a connection reset
 * mid-answer; the Alexa service client built on it; and that node:http and node:https are
 * loaded by the first request that needs them, not with the module.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { services } from 'ask-sdk-model';
import { AbortableApiClient } from '../../../lambda/util/abortableApiClient';
import { DeadlineExceededError } from '../../../lambda/util/deadline';
import { BodyTooLargeError, DEFAULT_MAX_BODY_BYTES, httpFetch, httpRequest } from '../../../lambda/util/http';
import { AttemptTimeoutError, isTransient } from '../../../lambda/util/retry';
import { closeServer } from '../../emulators/closeServer';
import { until, useFakeClock } from '../../support/fakeClock';

let server: http.Server;
let base: string;
const seen: Array<{ method: string | undefined; url: string | undefined; headers: http.IncomingHttpHeaders; body: string }> = [];
let closedWithoutAnswer = 0;
let streamed = 0;
let closedStreams = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      if (req.url === '/big-declared') {
        res.writeHead(200, { 'content-length': String(DEFAULT_MAX_BODY_BYTES + 1) });
        res.write('x');
        return;
      }
      if (req.url === '/big-streamed') {
        // Chunked, no length announced: 64 KB pieces until the client hangs up.
        res.writeHead(200, { 'content-type': 'application/json' });
        const piece = Buffer.alloc(64 * 1024, 0x20);
        const pump = () => {
          let more = true;
          while (!res.destroyed && more) {
            streamed += piece.length;
            more = res.write(piece);
          }
          if (!res.destroyed) res.once('drain', pump);
        };
        res.on('close', () => {
          closedStreams += 1;
        });
        pump();
        return;
      }
      if (req.url === '/exact') {
        res.writeHead(200);
        res.end(Buffer.alloc(1000, 0x61));
        return;
      }
      if (req.url === '/reset') {
        res.writeHead(200, { 'content-length': '100' });
        res.write('{"half":');
        setImmediate(() => req.socket.destroy());
        return;
      }
      if (req.url === '/hang') {
        req.socket.on('close', () => {
          closedWithoutAnswer += 1;
        });
        return;
      }
      res.writeHead(req.url === '/missing' ? 404 : 200, { 'content-type': 'application/json', 'X-Amzn-RequestId': 'req-1', 'set-cookie': ['a=1', 'b=2'] });
      res.end('{"ok":"yes ✓"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => closeServer(server));

describe('httpFetch', () => {
  it('sends the method, path, query, headers and body, and reads status, headers and text', async () => {
    const response = await httpFetch(`${base}/products?keywords=aa%20batteries`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"q":"é"}' });

    expect(response.ok).toBe(true);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-amzn-requestid')).toBe('req-1');
    expect(response.headers.get('X-AMZN-REQUESTID')).toBe('req-1');
    expect(response.headers.get('retry-after')).toBeNull();
    expect(await response.text()).toBe('{"ok":"yes ✓"}');
    const last = seen.at(-1);
    expect(last).toMatchObject({ method: 'POST', url: '/products?keywords=aa%20batteries', body: '{"q":"é"}' });
    expect(last?.headers['content-length']).toBe(String(Buffer.byteLength('{"q":"é"}')));
  });

  it('answers an error status as a response, not a rejection, as fetch does', async () => {
    const response = await httpFetch(`${base}/missing`, {});
    expect(response.ok).toBe(false);
    expect(response.status).toBe(404);
  });

  it('rejects with the signal’s reason and closes the connection when aborted mid-request', async () => {
    const controller = new AbortController();
    const reason = new Error('deadline');
    const before = seen.length;

    const pending = httpFetch(`${base}/hang`, { signal: controller.signal }).catch((err: unknown) => err);
    while (seen.length === before) await new Promise((resolve) => setImmediate(resolve));
    controller.abort(reason);

    expect(await pending).toBe(reason);
    while (closedWithoutAnswer === 0) await new Promise((resolve) => setImmediate(resolve));
    expect(closedWithoutAnswer).toBe(1);
  });
});

describe('httpRequest', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('refuses an answer whose declared length passes the cap, without reading it', async () => {
    const error = await httpRequest({ url: new URL(`${base}/big-declared`), method: 'GET', headers: {} }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(BodyTooLargeError);
    expect(isTransient(error)).toBe(false);
  });

  it('cuts off an answer that streams past the cap and closes the connection', async () => {
    const before = closedStreams;
    const error = await httpRequest({ url: new URL(`${base}/big-streamed`), method: 'GET', headers: {}, maxBodyBytes: 256 * 1024 }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(BodyTooLargeError);
    expect(error).toMatchObject({ limitBytes: 256 * 1024 });
    await until(() => closedStreams > before, 'the streaming answer to be closed');
    expect(streamed).toBeGreaterThan(256 * 1024);
  });

  it('reads an answer exactly at the cap, and its bytes', async () => {
    const answer = await httpRequest({ url: new URL(`${base}/exact`), method: 'GET', headers: {}, maxBodyBytes: 1000 });
    expect(answer.bytes.length).toBe(1000);
    expect(answer.text).toBe('a'.repeat(1000));
  });

  it('gives up on a server that never answers at the attempt timeout, with a retryable error, and closes the socket', async () => {
    useFakeClock();
    const before = seen.length;
    const closedBefore = closedWithoutAnswer;
    const pending = httpRequest({ url: new URL(`${base}/hang`), method: 'GET', headers: {}, timeoutMs: 2000 }).catch((err: unknown) => err);
    await until(() => seen.length > before, 'the request to arrive');
    let settled = false;
    void pending.then(() => {
      settled = true;
    });
    await jest.advanceTimersByTimeAsync(1999);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    const error = await pending;
    expect(error).toBeInstanceOf(AttemptTimeoutError);
    expect(isTransient(error)).toBe(true);
    await until(() => closedWithoutAnswer > closedBefore, 'the hung socket to close');
  });

  it('reports a connection reset mid-answer as a retryable network failure, not a short body', async () => {
    const error = await httpRequest({ url: new URL(`${base}/reset`), method: 'GET', headers: {} }).catch((err: unknown) => err);
    expect(error).toMatchObject({ code: 'ECONNRESET' });
    expect(isTransient(error)).toBe(true);
  });
});

describe('a kept-alive socket the server already closed', () => {
  // A server that, like one whose keep-alive timeout ran out as the request arrived, closes a
  // reused connection without answering; a fresh connection gets its answer.
  let stale: http.Server;
  let staleBase: string;
  let connections = 0;
  const received: string[] = [];
  beforeAll(async () => {
    const served = new WeakMap<object, number>();
    stale = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        received.push(`${req.method} ${req.url}`);
        const before = served.get(req.socket) ?? 0;
        served.set(req.socket, before + 1);
        if (req.url === '/stale' && before > 0) {
          req.socket.destroy();
          return;
        }
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(`answered ${req.method} ${req.url}`);
      });
    });
    stale.on('connection', () => {
      connections += 1;
    });
    await new Promise<void>((resolve) => stale.listen(0, '127.0.0.1', resolve));
    staleBase = `http://127.0.0.1:${(stale.address() as AddressInfo).port}`;
  });
  afterAll(() => closeServer(stale));

  it('sends an idempotent request again on a fresh connection, once, and answers it', async () => {
    received.length = 0;
    const first = await httpRequest({ url: new URL(`${staleBase}/warm`), method: 'GET', headers: {} });
    expect(first.status).toBe(200);
    const connectionsBefore = connections;
    const answer = await httpRequest({ url: new URL(`${staleBase}/stale`), method: 'GET', headers: {} });
    expect(answer.text).toBe('answered GET /stale');
    expect(received).toEqual(['GET /warm', 'GET /stale', 'GET /stale']);
    expect(connections).toBe(connectionsBefore + 1);
  });

  it('never sends a POST again: the reset reaches the caller as a retryable failure', async () => {
    received.length = 0;
    await httpRequest({ url: new URL(`${staleBase}/warm`), method: 'GET', headers: {} });
    const error = await httpRequest({ url: new URL(`${staleBase}/stale`), method: 'POST', headers: {}, body: '{}' }).catch((err: unknown) => err);
    expect(error).toMatchObject({ code: 'ECONNRESET' });
    expect(isTransient(error)).toBe(true);
    expect(received).toEqual(['GET /warm', 'POST /stale']);
  });
});

describe('AbortableApiClient (the Alexa service clients’ ApiClient)', () => {
  const request = (path: string): services.ApiClientRequest => ({
    url: `${base}${path}`,
    method: 'GET',
    headers: [
      { key: 'authorization', value: 'Bearer token' },
      { key: 'accept-language', value: 'en-US' },
    ],
  });

  it('sends the headers and answers status, body and headers', async () => {
    const answer = await new AbortableApiClient(new AbortController().signal).invoke(request('/products'));
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toBe('{"ok":"yes ✓"}');
    expect(answer.headers).toEqual(
      expect.arrayContaining([
        { key: 'set-cookie', value: 'a=1' },
        { key: 'set-cookie', value: 'b=2' },
      ]),
    );
    expect(seen.at(-1)?.headers['authorization']).toBe('Bearer token');
  });

  it('keeps the 1 MB body cap', async () => {
    await expect(new AbortableApiClient(new AbortController().signal).invoke(request('/big-streamed'))).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it('ends with the turn: an abort closes the socket and rejects with DeadlineExceededError', async () => {
    const controller = new AbortController();
    const before = seen.length;
    const closedBefore = closedWithoutAnswer;
    const pending = new AbortableApiClient(controller.signal).invoke(request('/hang')).catch((err: unknown) => err);
    await until(() => seen.length > before, 'the request to arrive');
    controller.abort(new DeadlineExceededError());
    expect(await pending).toBeInstanceOf(DeadlineExceededError);
    await until(() => closedWithoutAnswer > closedBefore, 'the hung socket to close');
  });
});

describe('loading the HTTP modules', () => {
  // In a fresh node process: this one has node:http and node:https loaded already.
  it('loads node:http on the first plain-HTTP request and node:https only on the first https: one', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'http-client-'));
    try {
      const bundle = path.join(dir, 'http.js');
      await build({ entryPoints: [path.join(__dirname, '../../../lambda/util/http.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'silent' });
      const script = `
        const loaded = (name) => process.moduleLoadList.includes('NativeModule ' + name);
        const { httpRequest } = require(${JSON.stringify(bundle)});
        const seen = { atLoad: { http: loaded('http'), https: loaded('https') } };
        httpRequest({ url: new URL(process.argv[1]), method: 'GET', headers: {} })
          .then((answer) => {
            seen.plain = { status: answer.status, http: loaded('http'), https: loaded('https') };
            // Nothing listens on port 9 of loopback: the request fails, after loading node:https.
            return httpRequest({ url: new URL('https://127.0.0.1:9/'), method: 'GET', headers: {} }).catch((err) => err.code);
          })
          .then((code) => {
            seen.secure = { code, https: loaded('https') };
            process.stdout.write(JSON.stringify(seen));
            process.exit(0);
          });
      `;
      // Not spawnSync: the server the child calls answers from this process's event loop.
      const child = await promisify(execFile)(process.execPath, ['-e', script, `${base}/exact`], { encoding: 'utf8' });
      expect(child.stderr).toBe('');
      expect(JSON.parse(child.stdout)).toEqual({
        atLoad: { http: false, https: false },
        plain: { status: 200, http: true, https: false },
        secure: { code: 'ECONNREFUSED', https: true },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
