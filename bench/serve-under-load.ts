/**
 * `npm run serve` with verification on, genuine signed requests timed one after another:
 * first alone, then while 1,000 slow connections (half a request each, never finished) hold
 * sockets open, all on 127.0.0.1. The S3 stand-in and its throwaway CA are the tests' own
 * (test/emulators/s3-certificates). Not a timed test: the bench harness calls
 * `measureServeUnderLoad()`, or run `npx tsx bench/serve-under-load.ts`.
 */
import { sign } from 'node:crypto';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { startS3Stand } from '../test/emulators/s3-certificates/server';
import { EnvelopeFactory, defaultIdentity } from '../test/sim/envelopes';
import { createServeApp, listen } from '../test/sim/serve';
import { loadHandler, prepareEnvironment } from '../test/sim/skill';
import { AlexaRequestVerifier } from '../test/sim/verify/alexaRequestVerifier';
import { interceptSkillLogs } from '../test/support/logs';
import { chainOf, createThrowawayCa } from '../test/support/throwawayCa';
import { percentile } from './stats';

export interface ServeLoadRow {
  slowConnections: number;
  requests: number;
  p50Ms: number;
  p99Ms: number;
  /** Genuine requests not answered 200. */
  failed: number;
}

export interface ServeLoadOptions {
  slowConnections?: number;
  requests?: number;
}

const CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert.pem';
const round = (n: number) => Math.round(n * 100) / 100;

export async function measureServeUnderLoad(options: ServeLoadOptions = {}): Promise<ServeLoadRow[]> {
  const slowCount = options.slowConnections ?? 1000;
  const requests = options.requests ?? 200;
  const ca = createThrowawayCa();
  const s3 = await startS3Stand(ca.server, { '/echo.api/echo-api-cert.pem': chainOf(ca.signing, ca) });
  prepareEnvironment();
  const restoreLogs = interceptSkillLogs(() => undefined);
  const verifier = new AlexaRequestVerifier({ origin: s3.origin, downloadCa: [ca.root.cert], trustedRoots: [ca.root.cert] });
  const server = await listen(createServeApp({ verify: true, verifier, handler: await loadHandler() }), 0);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const { port } = server.address() as AddressInfo;
  const slow: Socket[] = [];

  const timeRequests = async (slowConnections: number): Promise<ServeLoadRow> => {
    const times: number[] = [];
    let failed = 0;
    for (let i = 0; i < requests; i++) {
      const envelope = new EnvelopeFactory(defaultIdentity()).launch();
      envelope.request.timestamp = new Date().toISOString();
      const body = JSON.stringify(envelope);
      const signature = sign('sha256', Buffer.from(body), ca.signing.key).toString('base64');
      const started = performance.now();
      const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', signaturecertchainurl: CERT_URL, 'signature-256': signature } });
      await response.text();
      times.push(performance.now() - started);
      if (response.status !== 200) failed++;
    }
    times.sort((a, b) => a - b);
    return { slowConnections, requests, p50Ms: round(percentile(times, 50)), p99Ms: round(percentile(times, 99)), failed };
  };

  try {
    // The first request downloads and caches the chain; it is not a per-request cost.
    await timeRequests(0);
    const alone = await timeRequests(0);
    for (let i = 0; i < slowCount; i++) {
      const socket = connect(port, '127.0.0.1');
      socket.on('error', () => undefined);
      socket.write('POST / HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n');
      slow.push(socket);
    }
    const loaded = await timeRequests(slowCount);
    return [alone, loaded];
  } finally {
    for (const socket of slow) socket.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await s3.close();
    restoreLogs();
  }
}

if (require.main === module) {
  measureServeUnderLoad()
    .then((rows) => console.table(rows))
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
