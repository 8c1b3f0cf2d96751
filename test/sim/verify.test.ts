/**
 * `npm run serve`'s request verification (test/sim/verify/), rule by rule as the custom-skill
 * hosting docs give them ("Verify that the request was sent by Alexa"), and the attacks the
 * hardening campaign found: certificate URLs that escape /echo.api/ through dot segments, a
 * 700 MB and a never-ending certificate download, timestamps from the future or unparseable.
 * A local HTTPS server with a throwaway CA stands in for S3; nothing leaves 127.0.0.1.
 */
import { sign } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequestEnvelope } from 'ask-sdk-model';
import { type S3Stand, startS3Stand } from '../emulators/s3-certificates/server';
import { chainOf, createThrowawayCa, type Issued, type ThrowawayCa } from '../support/throwawayCa';
import { EnvelopeFactory, defaultIdentity } from './envelopes';
import { createServeApp, listen } from './serve';
import { loadHandler, prepareEnvironment } from './skill';
import { AlexaRequestVerifier, type AlexaRequestVerifierOptions, checkTimestamp } from './verify/alexaRequestVerifier';
import { CertificateUrlError, normalizeCertificateUrl } from './verify/certificateUrl';

const CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert.pem';

describe('the certificate URL is normalized, then checked', () => {
  it.each([
    ['the plain URL', CERT_URL, '/echo.api/echo-api-cert.pem'],
    ['scheme and host in capitals', 'HTTPS://S3.AmazonAWS.com/echo.api/echo-api-cert.pem', '/echo.api/echo-api-cert.pem'],
    ['port 443 spelled out', 'https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem', '/echo.api/echo-api-cert.pem'],
    ['dot segments that stay inside', 'https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem', '/echo.api/echo-api-cert.pem'],
  ])('accepts %s', (_name, raw, path) => {
    expect(normalizeCertificateUrl(raw).pathname).toBe(path);
  });

  it.each([
    ['http', 'http://s3.amazonaws.com/echo.api/echo-api-cert.pem'],
    ['another host', 'https://notamazon.com/echo.api/echo-api-cert.pem'],
    ['a host that only ends like S3', 'https://evil.s3.amazonaws.com/echo.api/echo-api-cert.pem'],
    ['another port', 'https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem'],
    ['the path prefix in other case', 'https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem'],
    ['another path', 'https://s3.amazonaws.com/invalid.path/echo-api-cert.pem'],
    ['.. out of /echo.api/', 'https://s3.amazonaws.com/echo.api/../x'],
    ['%2e%2e out of /echo.api/', 'https://s3.amazonaws.com/echo.api/%2e%2e/x'],
    ['.%2E out of /echo.api/', 'https://s3.amazonaws.com/echo.api/.%2E/x'],
    ['a backslash ..', 'https://s3.amazonaws.com/echo.api/..\\x'],
    ['an encoded slash S3 would decode', 'https://s3.amazonaws.com/echo.api/..%2fx'],
    ['credentials', 'https://user:pass@s3.amazonaws.com/echo.api/echo-api-cert.pem'],
    ['a query', 'https://s3.amazonaws.com/echo.api/echo-api-cert.pem?x=1'],
    ['not a URL', 'echo.api/echo-api-cert.pem'],
  ])('refuses %s', (_name, raw) => {
    expect(() => normalizeCertificateUrl(raw)).toThrow(CertificateUrlError);
  });
});

describe('the timestamp is within 150 seconds, both ways', () => {
  const NOW = Date.UTC(2026, 11, 7, 9);
  const at = (timestamp: unknown, type = 'LaunchRequest') => JSON.stringify({ request: { type, timestamp } });
  const iso = (offsetMs: number) => new Date(NOW + offsetMs).toISOString();

  it.each([
    ['now', iso(0)],
    ['149 s ago', iso(-149_000)],
    ['149 s ahead', iso(149_000)],
    ['without milliseconds', iso(0).replace(/\.\d+Z$/, 'Z')],
  ])('accepts %s', (_name, timestamp) => {
    expect(() => checkTimestamp(at(timestamp), NOW)).not.toThrow();
  });

  it.each([
    ['151 s ago', iso(-151_000)],
    ['151 s ahead', iso(151_000)],
    ['an hour ahead', iso(3_600_000)],
    ['ten years ahead', iso(10 * 365 * 86_400_000)],
    ['garbage', 'garbage'],
    ['a bare number Date.parse would take', '1'],
    ['a number', NOW],
    ['missing', undefined],
  ])('refuses %s', (_name, timestamp) => {
    expect(() => checkTimestamp(at(timestamp), NOW)).toThrow(/timestamp/);
  });

  it('gives skill events an hour in the past, never more in the future', () => {
    expect(() => checkTimestamp(at(iso(-3_500_000), 'AlexaSkillEvent.SkillDisabled'), NOW)).not.toThrow();
    expect(() => checkTimestamp(at(iso(-3_700_000), 'AlexaSkillEvent.SkillDisabled'), NOW)).toThrow(/too old/);
    expect(() => checkTimestamp(at(iso(151_000), 'AlexaSkillEvent.SkillDisabled'), NOW)).toThrow(/future/);
  });

  it('refuses a body that is not JSON', () => {
    expect(() => checkTimestamp('not json', NOW)).toThrow(/JSON/);
  });
});

describe('npm run serve verifies requests end to end', () => {
  let ca: ThrowawayCa;
  let s3: S3Stand;
  let handler: Awaited<ReturnType<typeof loadHandler>>;
  const servers: Server[] = [];
  const DAY = 86_400_000;

  beforeAll(async () => {
    ca = createThrowawayCa();
    s3 = await startS3Stand(ca.server, {
      '/echo.api/echo-api-cert.pem': chainOf(ca.signing, ca),
      '/echo.api/no-san.pem': chainOf(ca.signingWithoutSan, ca),
      '/echo.api/stranger.pem': `${ca.signingFromStranger.cert}`,
      '/echo.api/leaf-only.pem': ca.signing.cert,
      '/echo.api/not-a-cert.pem': 'hello',
    });
    prepareEnvironment();
    handler = await loadHandler();
  });
  afterAll(async () => {
    await s3.close();
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
  });

  async function start(options: AlexaRequestVerifierOptions = {}): Promise<{ url: string; verifier: AlexaRequestVerifier }> {
    const verifier = new AlexaRequestVerifier({ origin: s3.origin, downloadCa: [ca.root.cert], trustedRoots: [ca.root.cert], ...options });
    const server = await listen(createServeApp({ verify: true, verifier, handler }), 0);
    servers.push(server);
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, verifier };
  }

  function launch(timestamp = new Date().toISOString()): RequestEnvelope {
    const envelope = new EnvelopeFactory(defaultIdentity()).launch();
    envelope.request.timestamp = timestamp;
    return envelope;
  }

  function signed(body: string, key: Issued = ca.signing, certUrl = CERT_URL): Record<string, string> {
    return { signaturecertchainurl: certUrl, 'signature-256': sign('sha256', Buffer.from(body), key.key).toString('base64') };
  }

  async function post(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
    const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
    return { status: response.status, text: await response.text() };
  }

  /** A request whose headers `headersFor` makes, then a genuine one: what each was answered. */
  async function refusedThenGenuine(url: string, headersFor: (body: string) => Record<string, string>) {
    const body = JSON.stringify(launch());
    const refused = await post(url, body, headersFor(body));
    const good = JSON.stringify(launch());
    return { refused, after: await post(url, good, signed(good)) };
  }

  it('answers a request signed by the echo-api certificate, downloading the chain once for many requests', async () => {
    const { url, verifier } = await start();
    const bodies = [launch(), launch(), launch()].map((e) => JSON.stringify(e));

    const answers = await Promise.all(bodies.map((body) => post(url, body, signed(body))));

    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers[0]?.text).toMatch(/Welcome/);
    expect(verifier.certificates.downloads).toBe(1);
  });

  it('keeps the cached chain however many other certificate URLs fail', async () => {
    const { url, verifier } = await start();
    const first = JSON.stringify(launch());
    expect((await post(url, first, signed(first))).status).toBe(200);

    for (let i = 0; i < 20; i++) {
      const body = JSON.stringify(launch());
      expect((await post(url, body, signed(body, ca.signing, `https://s3.amazonaws.com/echo.api/missing-${i}.pem`))).status).toBe(400);
    }
    const again = JSON.stringify(launch());
    const answer = await post(url, again, signed(again));

    expect(answer.status).toBe(200);
    // One download for the genuine chain, one per failing URL: the genuine one was not fetched again.
    expect(verifier.certificates.downloads).toBe(21);
  });

  it.each([
    ['no signature headers', () => ({})],
    ['a signature over another body', (body: string) => signed(`${body} `)],
    ['a signature by another key', (body: string) => signed(body, ca.server)],
    ['a signature that is not base64', (body: string) => ({ ...signed(body), 'signature-256': 'not base64!' })],
    ['a chain whose certificate lacks echo-api.amazon.com', (body: string) => signed(body, ca.signingWithoutSan, 'https://s3.amazonaws.com/echo.api/no-san.pem')],
    ['a chain from an untrusted root', (body: string) => signed(body, ca.signingFromStranger, 'https://s3.amazonaws.com/echo.api/stranger.pem')],
    ['a chain without its intermediate', (body: string) => signed(body, ca.signing, 'https://s3.amazonaws.com/echo.api/leaf-only.pem')],
    ['a certificate URL answering something else', (body: string) => signed(body, ca.signing, 'https://s3.amazonaws.com/echo.api/not-a-cert.pem')],
    ['a certificate URL answering 404', (body: string) => signed(body, ca.signing, 'https://s3.amazonaws.com/echo.api/missing.pem')],
  ])('refuses %s with 400, then still answers', async (_name, headersFor) => {
    const { url } = await start();

    const { refused, after } = await refusedThenGenuine(url, headersFor);

    expect(refused.status).toBe(400);
    expect(refused.text).toMatch(/verification failed/i);
    expect(after.status).toBe(200);
  });

  it.each([
    ['expired', 400 * DAY],
    ['not yet valid', -DAY],
  ])('refuses a signing certificate that is %s', async (_name, offset) => {
    const now = Date.now() + offset;
    const { url } = await start({ now: () => now });
    const body = JSON.stringify(launch(new Date(now).toISOString()));

    expect((await post(url, body, signed(body))).status).toBe(400);
  });

  it.each([
    ['an hour ahead', new Date(Date.now() + 3_600_000).toISOString()],
    ['ten years ahead', new Date(Date.now() + 10 * 365 * DAY).toISOString()],
    ['garbage', 'garbage'],
  ])('refuses a correctly signed request dated %s, without downloading anything', async (_name, timestamp) => {
    const { url, verifier } = await start();
    const body = JSON.stringify(launch(timestamp));

    const refused = await post(url, body, signed(body));

    expect(refused.status).toBe(400);
    expect(verifier.certificates.downloads).toBe(0);
  });

  it.each([
    'https://s3.amazonaws.com/echo.api/../huge',
    'https://s3.amazonaws.com/echo.api/%2e%2e/huge',
    'https://s3.amazonaws.com/echo.api/../never',
    'https://s3.amazonaws.com/echo.api/%2E%2E/never',
  ])('refuses the dot-segment URL %s without requesting anything from S3', async (certUrl) => {
    const { url } = await start();
    const before = s3.requested.length;
    const body = JSON.stringify(launch());

    const refused = await post(url, body, signed(body, ca.signing, certUrl));

    expect(refused.status).toBe(400);
    expect(s3.requested.length).toBe(before);
  });

  it('abandons a 700 MB certificate at its size cap and keeps answering', async () => {
    const { url } = await start();

    const { refused, after } = await refusedThenGenuine(url, (body) => signed(body, ca.signing, 'https://s3.amazonaws.com/echo.api/huge'));

    expect(refused.status).toBe(400);
    expect(refused.text).toMatch(/larger than 65536 bytes/);
    expect(after.status).toBe(200);
  });

  it('abandons a certificate download that never ends at its deadline, closing the socket', async () => {
    const { url } = await start({ timeoutMs: 200 });

    const { refused, after } = await refusedThenGenuine(url, (body) => signed(body, ca.signing, 'https://s3.amazonaws.com/echo.api/never'));

    expect(refused.status).toBe(400);
    expect(refused.text).toMatch(/longer than 200 ms/);
    expect(after.status).toBe(200);
    // The stand-in sees the download's socket close (not only the verifier give up on it).
    for (let i = 0; i < 100 && s3.openSockets() > 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(s3.openSockets()).toBe(0);
  });
});
