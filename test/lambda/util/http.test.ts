/**
 * The skill's fetch replacement (lambda/util/http.ts) against a loopback server: what the
 * catalog clients read of a response, the request they send, and an abort mid-request.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { httpFetch } from '../../../lambda/util/http';
import { closeServer } from '../../emulators/closeServer';

let server: http.Server;
let base: string;
const seen: Array<{ method: string | undefined; url: string | undefined; headers: http.IncomingHttpHeaders; body: string }> = [];
let closedWithoutAnswer = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
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
