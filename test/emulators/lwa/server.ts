/**
 * A Login with Amazon token endpoint on 127.0.0.1 (port 0) for the Product Search API client:
 * `POST /auth/o2/token` with a `refresh_token` grant (Login with Amazon documentation, "Access
 * Token Refresh"), form-encoded as ask-smapi-sdk sends it or JSON as the ASK CLI does,
 * issuing access tokens the Product Search emulator accepts until they expire.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer } from '../closeServer';

export const LWA_TEST_CREDENTIALS = {
  clientId: 'amzn1.application-oa2-client.catalog-tests',
  clientSecret: 'catalog-tests-client-secret-0123456789',
  refreshToken: 'Atzr|catalog-tests-refresh-token-0123456789',
} as const;

export interface LwaEmulatorOptions {
  /** Lifetime announced in `expires_in`, and enforced by `isValid`. @default 3600 */
  lifetimeSeconds?: number;
  /** Answer only after this long. */
  delayMs?: number;
}

export interface LwaEmulator {
  readonly url: string;
  readonly tokenUrl: string;
  /** Token exchanges answered with a token. */
  exchanges(): number;
  /** Whether an access token was issued here and has not expired or been revoked. */
  isValid(token: string): boolean;
  revokeAll(): void;
  close(): Promise<void>;
}

function fieldsOf(contentType: string, raw: string): Record<string, string> {
  if (contentType.includes('application/json')) {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed !== 'object' || parsed === null) return {};
      return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(raw));
}

export async function startLwaEmulator(options: LwaEmulatorOptions = {}): Promise<LwaEmulator> {
  const lifetime = options.lifetimeSeconds ?? 3600;
  const issued = new Map<string, number>();
  let sequence = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const send = (status: number, body: unknown) => {
        const text = JSON.stringify(body);
        res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        res.end(text);
      };
      const answer = () => {
        const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.toLowerCase();
        if (req.method !== 'POST' || path !== '/auth/o2/token') return send(404, { error: 'not_found' });
        const fields = fieldsOf(req.headers['content-type'] ?? '', Buffer.concat(chunks).toString('utf8'));
        if (fields['grant_type'] !== 'refresh_token') return send(400, { error: 'unsupported_grant_type', error_description: 'only refresh_token is supported' });
        if (fields['client_id'] !== LWA_TEST_CREDENTIALS.clientId || fields['client_secret'] !== LWA_TEST_CREDENTIALS.clientSecret) {
          return send(401, { error: 'invalid_client', error_description: 'Client authentication failed' });
        }
        if (fields['refresh_token'] !== LWA_TEST_CREDENTIALS.refreshToken)
          return send(400, { error: 'invalid_grant', error_description: 'The request has an invalid grant parameter' });
        sequence += 1;
        const token = `Atza|catalog-tests-access-${sequence}`;
        issued.set(token, Date.now() + lifetime * 1000);
        return send(200, { access_token: token, refresh_token: LWA_TEST_CREDENTIALS.refreshToken, token_type: 'bearer', expires_in: lifetime });
      };
      if (options.delayMs === undefined) answer();
      else setTimeout(answer, options.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    tokenUrl: `${url}/auth/o2/token`,
    exchanges: () => sequence,
    isValid: (token) => {
      const expiresAt = issued.get(token);
      return expiresAt !== undefined && expiresAt > Date.now();
    },
    revokeAll: () => issued.clear(),
    close: () => closeServer(server),
  };
}
