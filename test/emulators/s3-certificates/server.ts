/**
 * A local HTTPS server standing in for S3's echo.api bucket, with a throwaway CA: it serves
 * certificate chains by path, and the hostile objects the hardening issue found behind
 * dot-segment URLs: an object of hundreds of megabytes (streamed as fast as the reader takes
 * it, never held in memory) and one that never finishes.
 */
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Issued } from '../../support/throwawayCa';
import { closeServer } from '../closeServer';

export interface HostileObjects {
  /** Bytes of the endless-looking large object (the campaign's was 700 MB). */
  hugeBytes: number;
}

export interface S3Stand {
  origin: URL;
  /** Every path requested, in order. */
  requested: string[];
  /** Sockets still open on the server. */
  openSockets(): number;
  /** The most sockets ever open at once. */
  maxOpenSockets(): number;
  close(): Promise<void>;
}

const CHUNK = Buffer.alloc(64 * 1024, 0x41);

/**
 * Serves `objects` (path → body) on 127.0.0.1; `/huge` paths stream `hugeBytes`, `/never`
 * paths send a line and never end.
 */
export async function startS3Stand(tls: Issued, objects: Record<string, string>, hostile: HostileObjects = { hugeBytes: 700 * 1024 * 1024 }): Promise<S3Stand> {
  const requested: string[] = [];
  let sockets = 0;
  let maxSockets = 0;
  const server: Server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const path = req.url ?? '';
    requested.push(path);
    const body = objects[path];
    if (body !== undefined) {
      res.writeHead(200, { 'content-type': 'application/x-pem-file' }).end(body);
      return;
    }
    if (path.endsWith('/huge') || path.includes('/huge-')) {
      res.writeHead(200, { 'content-length': String(hostile.hugeBytes) });
      let sent = 0;
      const pump = () => {
        while (sent < hostile.hugeBytes && !res.destroyed) {
          sent += CHUNK.length;
          if (!res.write(CHUNK)) return;
        }
        if (!res.destroyed) res.end();
      };
      res.on('drain', pump);
      pump();
      return;
    }
    if (path.endsWith('/never') || path.includes('/never-')) {
      res.writeHead(200, { 'content-type': 'application/x-pem-file' });
      res.write('-----BEGIN CERTIFICATE-----\n');
      return;
    }
    res.writeHead(404).end();
  });
  server.on('connection', (socket) => {
    sockets++;
    maxSockets = Math.max(maxSockets, sockets);
    socket.on('close', () => sockets--);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: new URL(`https://127.0.0.1:${port}`),
    requested,
    openSockets: () => sockets,
    maxOpenSockets: () => maxSockets,
    close: () => closeServer(server),
  };
}
