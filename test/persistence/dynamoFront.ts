/**
 * A fault-injecting front for dynalite on 127.0.0.1: requests pass through to the real table
 * unless a fault is queued. `throttleNext(n)` answers the next n requests as DynamoDB does
 * when a table is throttled (HTTP 400, `ProvisionedThroughputExceededException`, the DynamoDB
 * API reference's "Common errors"); `hangNext(n)` reads the next n requests and never answers,
 * like a connection to a stalled endpoint. It records every request's operation and whether
 * it was SigV4-signed, and how many connections the client closed. Answers DynamoDB should
 * never give: `answerNext(n, answer)` answers the next n requests with `answer` (a 200 with an
 * empty or `null` body…) without reaching the table; `corruptNext(n)` forwards the next n and
 * changes one byte of the table's answer, keeping its x-amz-crc32.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer } from '../emulators/closeServer';

export interface FrontRequest {
  target: string | undefined;
  signed: boolean;
  fault: 'throttle' | 'hang' | 'answer' | 'corrupt' | 'none';
}

export interface CannedAnswer {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

export interface DynamoFront {
  endpoint: string;
  requests: FrontRequest[];
  throttleNext(count: number): void;
  hangNext(count: number): void;
  answerNext(count: number, answer: CannedAnswer): void;
  corruptNext(count: number): void;
  /** Resolves once `count` requests have arrived in all. */
  received(count: number): Promise<void>;
  /** Resolves once `count` hung requests have had their connection closed by the client. */
  hungClosed(count: number): Promise<void>;
  close(): Promise<void>;
}

export async function startDynamoFront(upstream: string): Promise<DynamoFront> {
  const target = new URL(upstream);
  const requests: FrontRequest[] = [];
  let throttles = 0;
  let hangs = 0;
  let closedHung = 0;
  let canned: { count: number; answer: CannedAnswer } = { count: 0, answer: { status: 200, body: '' } };
  let corruptions = 0;
  const waiters: Array<() => void> = [];
  const wake = () => {
    for (const w of waiters.splice(0)) w();
  };
  const until = (done: () => boolean) =>
    new Promise<void>((resolve) => {
      const check = () => (done() ? resolve() : waiters.push(check));
      check();
    });

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const fault = throttles > 0 ? 'throttle' : hangs > 0 ? 'hang' : canned.count > 0 ? 'answer' : corruptions > 0 ? 'corrupt' : 'none';
      if (fault === 'throttle') throttles -= 1;
      if (fault === 'hang') hangs -= 1;
      if (fault === 'answer') canned.count -= 1;
      if (fault === 'corrupt') corruptions -= 1;
      const header = req.headers['x-amz-target'];
      requests.push({ target: Array.isArray(header) ? header[0] : header, signed: String(req.headers.authorization).startsWith('AWS4-HMAC-SHA256 '), fault });
      wake();
      if (fault === 'hang') {
        req.socket.on('close', () => {
          closedHung += 1;
          wake();
        });
        return;
      }
      if (fault === 'throttle') {
        const body = JSON.stringify({
          __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
          message: 'The level of configured provisioned throughput for the table was exceeded.',
        });
        res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0', 'content-length': Buffer.byteLength(body) });
        res.end(body);
        return;
      }
      if (fault === 'answer') {
        const { status, body, headers } = canned.answer;
        res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', 'content-length': Buffer.byteLength(body), ...headers });
        res.end(body);
        return;
      }
      const forward = http.request({ hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
        if (fault !== 'corrupt') {
          res.writeHead(answer.statusCode ?? 500, answer.headers);
          answer.pipe(res);
          return;
        }
        const parts: Buffer[] = [];
        answer.on('data', (part: Buffer) => parts.push(part));
        answer.on('end', () => {
          // One byte flipped inside the JSON ('{' → '['), the table's checksum kept.
          const body = Buffer.concat(parts);
          body[0] = 0x5b;
          res.writeHead(answer.statusCode ?? 500, answer.headers);
          res.end(body);
        });
      });
      forward.on('error', () => res.destroy());
      forward.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    throttleNext: (count) => {
      throttles = count;
    },
    hangNext: (count) => {
      hangs = count;
    },
    answerNext: (count, answer) => {
      canned = { count, answer };
    },
    corruptNext: (count) => {
      corruptions = count;
    },
    received: (count) => until(() => requests.length >= count),
    hungClosed: (count) => until(() => closedHung >= count),
    close: () => closeServer(server),
  };
}
