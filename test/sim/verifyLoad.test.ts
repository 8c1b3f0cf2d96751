/**
 * A thousand hostile connections against `npm run serve` with verification on, all on
 * loopback and all closed at the end: half send half a request and stall, half send signed
 * requests whose certificate URL (each a different one) never finishes downloading. While they
 * are open, and after, a genuine request is answered; the downloads they cause stay within the
 * verifier's bound.
 *
 * On the fake clock (test/support/fakeClock.ts): the verifier's 500 ms download deadline passes
 * only when the test moves the clock, once every refused request has its answer, so a busy
 * machine can neither fail the genuine download nor let a second round of downloads start while
 * the first round's sockets are still closing.
 */
import { sign } from 'node:crypto';
import type { Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { type S3Stand, startS3Stand } from '../emulators/s3-certificates/server';
import { until, useFakeClock } from '../support/fakeClock';
import { chainOf, createThrowawayCa, type ThrowawayCa } from '../support/throwawayCa';
import { EnvelopeFactory, defaultIdentity } from './envelopes';
import { createServeApp, listen } from './serve';
import { loadHandler, prepareEnvironment } from './skill';
import { AlexaRequestVerifier } from './verify/alexaRequestVerifier';
import { MAX_CONCURRENT_DOWNLOADS } from './verify/certificates';

const HOSTILE = 1000;
const DOWNLOAD_TIMEOUT_MS = 500;

function signedBody(ca: ThrowawayCa): { body: string; signature: string } {
  const envelope = new EnvelopeFactory(defaultIdentity()).launch();
  envelope.request.timestamp = new Date().toISOString();
  const body = JSON.stringify(envelope);
  return { body, signature: sign('sha256', Buffer.from(body), ca.signing.key).toString('base64') };
}

/** A raw HTTP/1.1 request on its own socket; resolves with the status line's code once answered. */
function rawPost(port: number, body: string, headers: Record<string, string>): { socket: Socket; status: Promise<number> } {
  const socket = connect(port, '127.0.0.1');
  const head = Object.entries({ host: '127.0.0.1', 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), connection: 'close', ...headers })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.write(`POST / HTTP/1.1\r\n${head}\r\n${body}`);
  const status = new Promise<number>((resolve) => {
    let text = '';
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      const match = /^HTTP\/1\.1 (\d{3})/.exec(text);
      if (match?.[1] !== undefined) resolve(Number(match[1]));
    });
    socket.on('close', () => resolve(0));
    socket.on('error', () => resolve(0));
  });
  return { socket, status };
}

describe('npm run serve under a thousand hostile connections', () => {
  let ca: ThrowawayCa;
  let s3: S3Stand;
  let server: Server;
  let port: number;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    ca = createThrowawayCa();
    s3 = await startS3Stand(ca.server, { '/echo.api/echo-api-cert.pem': chainOf(ca.signing, ca) });
    prepareEnvironment();
    const verifier = new AlexaRequestVerifier({ origin: s3.origin, downloadCa: [ca.root.cert], trustedRoots: [ca.root.cert], timeoutMs: DOWNLOAD_TIMEOUT_MS });
    server = await listen(createServeApp({ verify: true, verifier, handler: await loadHandler() }), 0);
    port = (server.address() as AddressInfo).port;
  });
  beforeEach(() => {
    // Now: the throwaway certificates are valid from the moment they were made.
    useFakeClock(Date.now());
  });
  afterEach(() => {
    jest.useRealTimers();
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await s3.close();
  });

  async function genuine(): Promise<number> {
    const { body, signature } = signedBody(ca);
    const { status } = rawPost(port, body, { signaturecertchainurl: 'https://s3.amazonaws.com/echo.api/echo-api-cert.pem', 'signature-256': signature });
    return status;
  }

  it('still answers a genuine request during and after the attack, starting only a bounded number of downloads', async () => {
    // Alexa's certificate is cached by the first genuine request, as it would be in use.
    expect(await genuine()).toBe(200);
    const before = s3.maxOpenSockets();

    const stalled = Array.from({ length: HOSTILE / 2 }, () => {
      const socket = connect(port, '127.0.0.1');
      socket.on('error', () => undefined);
      socket.write('POST / HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n');
      return socket;
    });
    const { body, signature } = signedBody(ca);
    const downloads = Array.from({ length: HOSTILE / 2 }, (_unused, i) =>
      rawPost(port, body, { signaturecertchainurl: `https://s3.amazonaws.com/echo.api/never-${i}`, 'signature-256': signature }),
    );
    sockets.push(...stalled, ...downloads.map((d) => d.socket));

    const during = await genuine();
    // Every request past the bound is refused at once; the bound's downloads hang until their
    // deadline, which passes when the clock moves.
    let answered = 0;
    for (const d of downloads) void d.status.then(() => (answered += 1));
    await until(() => answered >= HOSTILE / 2 - MAX_CONCURRENT_DOWNLOADS, 'the refusals', 60_000);
    await jest.advanceTimersByTimeAsync(DOWNLOAD_TIMEOUT_MS);
    const hostileStatuses = await Promise.all(downloads.map((d) => d.status));
    const after = await genuine();
    for (const socket of stalled) socket.destroy();
    const afterClose = await genuine();

    expect(during).toBe(200);
    expect(hostileStatuses.every((status) => status === 400)).toBe(true);
    // One more than the bound: the genuine chain's own download socket may still be closing.
    expect(Math.max(before, s3.maxOpenSockets())).toBeLessThanOrEqual(MAX_CONCURRENT_DOWNLOADS + 1);
    expect(after).toBe(200);
    expect(afterClose).toBe(200);
  });
});
