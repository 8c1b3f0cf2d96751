import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultInjector, type FaultOptions } from './faults';
import { type ListShape, operationOf, route } from './routes';
import { type DeployedSkill, SkillPackageService } from './skillPackage';
import { type EmulatedStage, isRecord, type JsonRecord, ProductStore, type StoredProduct } from './store';
import { closeServer } from '../closeServer';

export type { FaultOptions } from './faults';
export type { ListShape } from './routes';
export type { DeployedSkill } from './skillPackage';
export type { EmulatedStage, JsonRecord, StoredProduct } from './store';

/**
 * A SMAPI emulator on 127.0.0.1 (port 0): In-Skill Product Management, what `ask deploy` of a
 * skill package calls (skillPackage.ts), and the LWA token endpoint, for tests that run the
 * real ask-smapi-sdk or the real ASK CLI over HTTP. Point the API and auth endpoints at `url`.
 */
export interface SmapiEmulatorOptions {
  readonly vendorId?: string;
  /** Credentials the token endpoint accepts. */
  readonly clientId?: string;
  readonly clientSecret?: string;
  readonly refreshToken?: string;
  /** `bare` (the reference's example, default) or `wrapped` (the SDK model's). */
  readonly listShape?: ListShape;
  readonly faults?: FaultOptions;
  readonly rejectDuplicateReferenceNames?: boolean;
  /** Access-token lifetime the token endpoint announces. */
  readonly tokenLifetimeSeconds?: number;
}

export interface RecordedCall {
  readonly method: string;
  readonly path: string;
  readonly operation: string;
  readonly status: number | 'dropped';
}

export interface SmapiEmulator {
  readonly url: string;
  readonly vendorId: string;
  close(): Promise<void>;
  /** Adds a product directly (e.g. a live one), bypassing the API. */
  seed(definition: JsonRecord, options?: { stage?: EmulatedStage; skills?: readonly string[]; entitlements?: number; developmentRow?: 'first' | 'last' }): StoredProduct;
  products(): StoredProduct[];
  /** Skills created by a package import, with the files of their last imported package. */
  skills(): DeployedSkill[];
  setFaults(faults: FaultOptions): void;
  readonly injected: FaultInjector['injected'];
  /** Every /v1 request in arrival order (faulted ones included). */
  calls(): readonly RecordedCall[];
  /** /v1 requests per operation. */
  callCounts(): Record<string, number>;
  /** Token requests, by path and body format. */
  tokenRequests(): readonly { path: string; format: 'form' | 'json' }[];
  resetCalls(): void;
}

export const EMULATOR_CREDENTIALS = {
  clientId: 'amzn1.application-oa2-client.emulator',
  clientSecret: 'emulator-client-secret-0123456789',
  refreshToken: 'Atzr|emulator-refresh-token-0123456789',
  vendorId: 'M1EMULATORVENDOR',
} as const;

export async function startSmapiEmulator(options: SmapiEmulatorOptions = {}): Promise<SmapiEmulator> {
  const vendorId = options.vendorId ?? EMULATOR_CREDENTIALS.vendorId;
  const expected = {
    clientId: options.clientId ?? EMULATOR_CREDENTIALS.clientId,
    clientSecret: options.clientSecret ?? EMULATOR_CREDENTIALS.clientSecret,
    refreshToken: options.refreshToken ?? EMULATOR_CREDENTIALS.refreshToken,
  };
  const store = new ProductStore();
  const faults = new FaultInjector();
  faults.configure(options.faults ?? {});
  const issued = new Set<string>();
  const calls: RecordedCall[] = [];
  const tokenRequests: { path: string; format: 'form' | 'json' }[] = [];
  let tokenSequence = 0;
  const ctx = { store, vendorId, listShape: options.listShape ?? 'bare', faults, rejectDuplicateReferenceNames: options.rejectDuplicateReferenceNames ?? false };
  let baseUrl = '';
  const skillPackages = new SkillPackageService(vendorId, () => baseUrl);

  const send = (res: ServerResponse, status: number, body?: unknown, headers: Readonly<Record<string, string>> = {}): void => {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, { ...(text === '' ? {} : { 'content-type': 'application/json' }), 'content-length': Buffer.byteLength(text), ...headers });
    res.end(text);
  };

  const handleToken = (req: IncomingMessage, res: ServerResponse, path: string, raw: string): void => {
    const contentType = req.headers['content-type'] ?? '';
    const format = contentType.includes('application/json') ? 'json' : 'form';
    tokenRequests.push({ path, format });
    const fields = format === 'json' ? jsonFields(raw) : formFields(raw);
    if (fields['grant_type'] !== 'refresh_token') {
      send(res, 400, { error: 'unsupported_grant_type', error_description: 'only refresh_token is supported' });
      return;
    }
    if (fields['client_id'] !== expected.clientId || fields['client_secret'] !== expected.clientSecret) {
      send(res, 401, { error: 'invalid_client', error_description: 'Client authentication failed' });
      return;
    }
    if (fields['refresh_token'] !== expected.refreshToken) {
      send(res, 400, { error: 'invalid_grant', error_description: 'The request has an invalid grant parameter' });
      return;
    }
    tokenSequence += 1;
    const accessToken = `Atza|emulator-access-${tokenSequence}`;
    issued.add(accessToken);
    send(res, 200, { access_token: accessToken, refresh_token: expected.refreshToken, token_type: 'bearer', expires_in: options.tokenLifetimeSeconds ?? 3600 });
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const buffer = Buffer.concat(chunks);
      const raw = buffer.toString('utf8');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const method = req.method ?? 'GET';
      // The presigned upload URL stands for S3: no bearer token, the body is the zip.
      if (skillPackages.isUpload(method, url.pathname)) {
        const response = skillPackages.upload(url.pathname, buffer);
        calls.push({ method, path: url.pathname, operation: 'uploadSkillPackage', status: response.status });
        send(res, response.status, response.body);
        return;
      }
      // The SDK posts a form to /auth/O2/token, the ASK CLI JSON to /auth/o2/token (their LWA clients).
      if (method === 'POST' && url.pathname.toLowerCase() === '/auth/o2/token') {
        handleToken(req, res, url.pathname, raw);
        return;
      }
      const packageOperation = skillPackages.operationOf(method, url.pathname);
      const operation = packageOperation ?? operationOf(method, url.pathname);
      const record = (status: number | 'dropped'): void => {
        calls.push({ method, path: url.pathname, operation, status });
      };
      // The SDK sends `Bearer <token>`; the ASK CLI sends the bare access token, which SMAPI accepts too.
      const auth = req.headers.authorization ?? '';
      if (!issued.has(auth.startsWith('Bearer ') ? auth.slice('Bearer '.length) : auth)) {
        record(401);
        send(res, 401, { message: 'Request is not authorized', code: 'UNAUTHORIZED' });
        return;
      }
      const fault = faults.decide();
      if (fault === 'drop') {
        record('dropped');
        req.socket.destroy();
        return;
      }
      if (fault === 'throttle') {
        record(429);
        const after = faults.retryAfterSeconds;
        send(res, 429, { message: 'Too many requests', code: 'TOO_MANY_REQUESTS' }, after === undefined ? {} : { 'retry-after': String(after) });
        return;
      }
      if (fault === 'server-error-500' || fault === 'server-error-503') {
        const status = fault === 'server-error-500' ? 500 : 503;
        record(status);
        send(res, status, { message: status === 500 ? 'Internal Server Error' : 'Service Unavailable', code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'SERVICE_UNAVAILABLE' });
        return;
      }
      let body: unknown;
      if (raw !== '') {
        try {
          body = JSON.parse(raw);
        } catch {
          record(400);
          send(res, 400, { message: 'Body is not valid JSON', code: 'INVALID_REQUEST_BODY' });
          return;
        }
      }
      const response =
        packageOperation === undefined
          ? route(ctx, { method, path: url.pathname, query: url.searchParams, body })
          : skillPackages.route({ method, path: url.pathname, query: url.searchParams, body, raw: buffer });
      if (response.loseAnswer === true) {
        record('dropped');
        req.socket.destroy();
        return;
      }
      record(response.status);
      send(res, response.status, response.body, response.headers);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: `http://127.0.0.1:${port}`,
    vendorId,
    close: () => closeServer(server),
    seed: (definition, seedOptions = {}) => {
      const product = store.add(vendorId, definition, seedOptions.stage ?? 'development');
      for (const skill of seedOptions.skills ?? []) product.skills.add(skill);
      product.entitlements = seedOptions.entitlements ?? 0;
      if (seedOptions.developmentRow !== undefined) product.developmentRow = seedOptions.developmentRow;
      return product;
    },
    products: () => store.all(),
    skills: () => [...skillPackages.deployed.values()],
    setFaults: (next) => faults.configure(next),
    injected: faults.injected,
    calls: () => calls,
    callCounts: () => {
      const counts: Record<string, number> = {};
      for (const call of calls) counts[call.operation] = (counts[call.operation] ?? 0) + 1;
      return counts;
    },
    tokenRequests: () => tokenRequests,
    resetCalls: () => {
      calls.length = 0;
    },
  };
}

/**
 * The SDK sends `grant_type=...&client_secret=...` without URL-encoding the values
 * (ask-sdk-model-runtime LwaServiceClient), so values are taken raw, split on the first `=`.
 */
function formFields(raw: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const pair of raw.split('&')) {
    const at = pair.indexOf('=');
    if (at > 0) fields[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return fields;
}

function jsonFields(raw: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(raw);
    const fields: Record<string, string> = {};
    if (isRecord(parsed)) for (const [key, value] of Object.entries(parsed)) if (typeof value === 'string') fields[key] = value;
    return fields;
  } catch {
    return {};
  }
}
