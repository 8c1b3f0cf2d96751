/**
 * A tiny Secrets Manager on 127.0.0.1: just `GetSecretValue`, over the AWS JSON 1.1 protocol
 * the real SDK speaks (`POST /`, `X-Amz-Target: secretsmanager.GetSecretValue`, body
 * `{"SecretId": ...}`, errors as `{"__type", "message"}`). Point the SDK at it with
 * `AWS_ENDPOINT_URL_SECRETS_MANAGER` and fake credentials.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer } from '../closeServer';

export interface SecretsManagerEmulatorOptions {
  /** Secrets by name, as their SecretString. */
  secrets?: Record<string, string>;
}

export interface RecordedRequest {
  target: string | undefined;
  secretId: string | undefined;
  /** Whether the request carried a SigV4 Authorization header (the SDK signs every call). */
  signed: boolean;
}

export interface SecretsManagerEmulator {
  url: string;
  close(): Promise<void>;
  setSecret(name: string, secretString: string): void;
  deleteSecret(name: string): void;
  /** The next `count` requests fail with this HTTP status and AWS error type. */
  failNext(count: number, status?: number, type?: string): void;
  readonly requests: readonly RecordedRequest[];
}

const REGION = 'us-east-1';
const ACCOUNT = '123456789012';

export async function startSecretsManagerEmulator(options: SecretsManagerEmulatorOptions = {}): Promise<SecretsManagerEmulator> {
  const secrets = new Map<string, string>(Object.entries(options.secrets ?? {}));
  const requests: RecordedRequest[] = [];
  let failures: { remaining: number; status: number; type: string } = { remaining: 0, status: 500, type: 'InternalServiceError' };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const target = headerValue(req.headers['x-amz-target']);
      let secretId: string | undefined;
      try {
        const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        if (typeof body === 'object' && body !== null && 'SecretId' in body && typeof body.SecretId === 'string') secretId = body.SecretId;
      } catch {
        return reply(res, 400, { __type: 'SerializationException', message: 'body is not JSON' });
      }
      requests.push({ target, secretId, signed: typeof req.headers.authorization === 'string' && req.headers.authorization.startsWith('AWS4-HMAC-SHA256') });

      if (failures.remaining > 0) {
        failures = { ...failures, remaining: failures.remaining - 1 };
        return reply(res, failures.status, { __type: failures.type, message: 'injected failure' });
      }
      if (req.method !== 'POST' || target !== 'secretsmanager.GetSecretValue') {
        return reply(res, 400, { __type: 'UnknownOperationException', message: `unsupported operation ${String(target)}` });
      }
      if (secretId === undefined) return reply(res, 400, { __type: 'InvalidParameterException', message: 'SecretId is required' });
      const name = secretId.startsWith('arn:') ? (secretId.split(':')[6] ?? secretId) : secretId;
      const value = secrets.get(name);
      if (value === undefined) {
        return reply(res, 400, { __type: 'ResourceNotFoundException', message: "Secrets Manager can't find the specified secret." });
      }
      return reply(res, 200, {
        ARN: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:${name}-AbCdEf`,
        Name: name,
        SecretString: value,
        VersionId: '00000000-0000-0000-0000-000000000001',
        VersionStages: ['AWSCURRENT'],
        CreatedDate: Date.now() / 1000,
      });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    close: () => closeServer(server),
    setSecret: (name, secretString) => {
      secrets.set(name, secretString);
    },
    deleteSecret: (name) => {
      secrets.delete(name);
    },
    failNext: (count, status = 500, type = 'InternalServiceError') => {
      failures = { remaining: count, status, type };
    },
    requests,
  };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function reply(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'content-length': Buffer.byteLength(text), 'x-amzn-requestid': 'emulator' });
  res.end(text);
}
