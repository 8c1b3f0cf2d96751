/**
 * The AWS JSON client (lambda/aws/awsJsonClient.ts) against a loopback server that checks
 * SigV4 signatures the way AWS does, with the AWS SDK's own signer over the request as it
 * arrived (path, query, signed headers, body), and answers InvalidSignatureException when they
 * differ; and the retry rule for AWS's error answers.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32 } from 'node:zlib';
import { AwsJsonClient, AwsServiceError } from '../../../lambda/aws/awsJsonClient';
import { closeServer } from '../../emulators/closeServer';
import { sdkSignedHeaders } from '../../support/sdkSigner';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

interface Seen {
  path: string;
  signatureValid: boolean;
}

let server: http.Server;
let base: string;
const seen: Seen[] = [];
/** Statuses to answer before the next good answer. */
let failWith: number[] = [];

function fromAmzDate(stamp: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp);
  if (m === null) throw new Error(`bad x-amz-date ${stamp}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
}

async function signatureValid(req: http.IncomingMessage, body: string): Promise<boolean> {
  const authorization = String(req.headers.authorization ?? '');
  const signedNames = /SignedHeaders=([^,]+)/.exec(authorization)?.[1]?.split(';') ?? [];
  const headers: Record<string, string> = {};
  for (const name of signedNames) headers[name] = String(req.headers[name] ?? '');
  const url = new URL(req.url ?? '/', 'http://placeholder');
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of url.searchParams) {
    const prior = query[name];
    query[name] = prior === undefined ? value : [...(Array.isArray(prior) ? prior : [prior]), value];
  }
  const expected = await sdkSignedHeaders({
    credentials,
    region: 'eu-west-1',
    service: 'dynamodb',
    method: req.method ?? 'POST',
    hostname: String(req.headers.host),
    path: url.pathname,
    query,
    headers,
    body,
    date: fromAmzDate(String(req.headers['x-amz-date'])),
  });
  return expected['authorization'] === authorization;
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void signatureValid(req, Buffer.concat(chunks).toString('utf8')).then((valid) => {
        seen.push({ path: req.url ?? '', signatureValid: valid });
        const status = valid ? (failWith.shift() ?? 200) : 400;
        const answer = valid
          ? status === 200
            ? '{"TableNames":[]}'
            : JSON.stringify({ __type: status === 501 ? 'NotImplemented' : 'InternalServerError', message: 'failure' })
          : JSON.stringify({
              __type: 'com.amazon.coral.service#InvalidSignatureException',
              message: 'The request signature we calculated does not match the signature you provided.',
            });
        const bytes = Buffer.from(answer);
        res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', 'content-length': bytes.length, 'x-amz-crc32': String(crc32(bytes)) });
        res.end(bytes);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => closeServer(server));

beforeEach(() => {
  failWith = [];
});

function client(endpoint: string, maxAttempts = 1): AwsJsonClient {
  return new AwsJsonClient({
    service: 'dynamodb',
    targetPrefix: 'DynamoDB_20120810',
    jsonVersion: '1.0',
    endpoint,
    region: 'eu-west-1',
    credentials,
    attemptTimeoutMs: 5000,
    maxAttempts,
    baseDelayMs: 0,
  });
}

describe('the endpoint is signed as sent', () => {
  it.each([
    ['the bare host', ''],
    ['a path', '/dynamodb/eu'],
    ['a path with a trailing slash and an encoded character', '/proxy%20a/'],
    ['a path and a query', '/dynamodb?b=2&a=x%20y&a=1'],
  ])('%s signs correctly', async (_name, suffix) => {
    const answer = await client(`${base}${suffix}`).call('ListTables', {});

    expect(answer).toEqual({ TableNames: [] });
    expect(seen.at(-1)).toEqual({ path: suffix === '' ? '/' : suffix, signatureValid: true });
  });
});

describe('the retry rule on AWS error answers', () => {
  it('retries a 500 and answers the next attempt', async () => {
    failWith = [500];
    const before = seen.length;
    await expect(client(base, 2).call('ListTables', {})).resolves.toEqual({ TableNames: [] });
    expect(seen.length - before).toBe(2);
  });

  it('never retries a 501: the service will not do it', async () => {
    failWith = [501];
    const before = seen.length;
    const error = await client(base, 3)
      .call('ListTables', {})
      .catch((err: unknown) => err);
    expect(error).toBeInstanceOf(AwsServiceError);
    expect(error).toMatchObject({ type: 'NotImplemented', status: 501 });
    expect(seen.length - before).toBe(1);
  });
});
