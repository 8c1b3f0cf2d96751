import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { EnvelopeFactory, defaultIdentity } from './envelopes';
import { interceptSkillLogs } from '../support/logs';
import { createServeApp, listen } from './serve';
import { loadHandler, prepareEnvironment } from './skill';

async function startServer(verify: boolean): Promise<{ server: Server; url: string }> {
  prepareEnvironment();
  const server = await listen(createServeApp({ verify, handler: await loadHandler() }), 0);
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/` };
}

function post(url: string, body: string, headers: Record<string, string> = {}) {
  return fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
}

function launch(): RequestEnvelope {
  return new EnvelopeFactory(defaultIdentity()).launch();
}

describe('the local endpoint', () => {
  let servers: Server[] = [];
  const logged: string[] = [];
  let restoreLogs: (() => void) | undefined;
  beforeAll(() => {
    restoreLogs = interceptSkillLogs((line) => logged.push(line));
  });
  afterAll(() => restoreLogs?.());
  afterEach(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    servers = [];
  });

  it('rejects an unsigned request with 400 when verification is on', async () => {
    const { server, url } = await startServer(true);
    servers.push(server);

    const response = await post(url, JSON.stringify(launch()));

    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/verification failed/i);
  });

  it('rejects a request with a signature URL outside Amazon, without fetching it', async () => {
    const { server, url } = await startServer(true);
    servers.push(server);

    const response = await post(url, JSON.stringify(launch()), {
      signaturecertchainurl: 'http://127.0.0.1:9/echo.api/cert.pem',
      signature: 'bm90IGEgc2lnbmF0dXJl',
    });

    expect(response.status).toBe(400);
  });

  it('answers a 5 MB body with a short JSON error, no HTML and no stack trace', async () => {
    const { server, url } = await startServer(false);
    servers.push(server);

    const response = await post(url, JSON.stringify({ padding: 'x'.repeat(5 * 1024 * 1024) }));
    const text = await response.text();

    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(JSON.parse(text)).toEqual({ error: 'entity.too.large', status: 413 });
    expect(text).not.toMatch(/<html|<pre|\bat\s|node_modules|\/work\//i);
  });

  it('keeps serving after bad requests', async () => {
    const { server, url } = await startServer(true);
    servers.push(server);

    const statuses: number[] = [];
    for (const body of ['not json', '{}', '']) statuses.push((await post(url, body)).status);
    const health = await fetch(url);

    expect(statuses).toEqual([400, 400, 400]);
    expect(health.status).toBe(200);
  });

  it('answers a POSTed envelope when verification is off', async () => {
    const { server, url } = await startServer(false);
    servers.push(server);

    const response = await post(url, JSON.stringify(launch()));
    const envelope = (await response.json()) as ResponseEnvelope;

    expect(response.status).toBe(200);
    expect(envelope.version).toBe('1.0');
    expect(envelope.response.outputSpeech).toMatchObject({ type: 'SSML', ssml: expect.stringMatching(/Welcome/) });
    expect(envelope.response.shouldEndSession).toBe(false);
  });

  it('answers a malformed envelope without crashing when verification is off', async () => {
    const { server, url } = await startServer(false);
    servers.push(server);

    const broken = await post(url, '{"request": {}}');
    const after = await post(url, JSON.stringify(launch()));

    expect(broken.status).toBe(200);
    expect(logged.some((line) => line.includes('malformed_envelope'))).toBe(true);
    expect(after.status).toBe(200);
  });

  it('listens on 127.0.0.1 only', async () => {
    const { server } = await startServer(true);
    servers.push(server);

    expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
  });
});
