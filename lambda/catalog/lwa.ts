/**
 * Login with Amazon access tokens for the Product Search API (`x-amz-access-token`): a
 * `refresh_token` grant, valid one hour (Amazon Business API documentation, authorization with Login with Amazon). The token
 * is cached until shortly before it expires, and concurrent callers share one exchange.
 */
import type { Deadline } from '../util/deadline';
import { CatalogError, CatalogErrorCodes } from './errors';
import { type FetchedResponse, type HttpFetch, httpFetch } from '../util/http';
import { PromiseCache } from '../util/promiseCache';
import { isRecord } from '../util/guards';

export const DEFAULT_LWA_TOKEN_ENDPOINT = 'https://api.amazon.com/auth/o2/token';
/** Refresh this long before expiry, so a token never expires in flight. */
const REFRESH_MARGIN_MS = 60_000;

export interface LwaCredentials {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
}

export interface LwaTokenClientOptions {
  credentials: (signal?: AbortSignal) => Promise<LwaCredentials>;
  endpoint?: string;
  now?: () => number;
  fetch?: HttpFetch;
}

interface CachedToken {
  value: string;
  expiresAt: number;
}

export class LwaTokenClient {
  /** Shared while in flight, kept until shortly before expiry, forgotten on failure. */
  private readonly tokens: PromiseCache<CachedToken>;
  private readonly endpoint: string;
  private readonly now: () => number;
  private readonly fetchImpl: HttpFetch;
  /** How many token exchanges were made: for tests and the benchmark. */
  exchanges = 0;

  constructor(private readonly options: LwaTokenClientOptions) {
    this.endpoint = options.endpoint ?? DEFAULT_LWA_TOKEN_ENDPOINT;
    this.now = options.now ?? (() => Date.now());
    this.fetchImpl = options.fetch ?? httpFetch;
    this.tokens = new PromiseCache<CachedToken>({ expiresAt: (token) => token.expiresAt - REFRESH_MARGIN_MS, now: this.now });
  }

  async accessToken(deadline: Deadline): Promise<string> {
    const token = await this.tokens.get(() => this.exchange(deadline));
    return token.value;
  }

  /** Drops the cached token: after a 401/403, the next call exchanges a fresh one. */
  invalidate(): void {
    this.tokens.clear();
  }

  private async exchange(deadline: Deadline): Promise<CachedToken> {
    const credentials = await this.options.credentials(deadline.signal);
    const body = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: credentials.refreshToken,
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
    });
    this.exchanges += 1;
    let response: FetchedResponse;
    let text: string;
    try {
      response = await this.fetchImpl(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8', accept: 'application/json' },
        body: body.toString(),
        signal: deadline.signal,
      });
      text = await response.text();
    } catch (err) {
      if (deadline.expired()) throw new CatalogError(CatalogErrorCodes.Timeout, 'LWA token exchange timed out', { cause: err });
      throw new CatalogError(CatalogErrorCodes.Unavailable, 'LWA token endpoint unreachable', { cause: err });
    }
    if (response.status >= 500 || response.status === 429) {
      throw new CatalogError(CatalogErrorCodes.Unavailable, `LWA token endpoint answered ${response.status}`, { status: response.status });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      throw new CatalogError(CatalogErrorCodes.BadResponse, 'LWA token response is not JSON', { status: response.status, cause: err });
    }
    const fields = isRecord(parsed) ? parsed : {};
    if (!response.ok) {
      // invalid_grant / invalid_client: wrong or revoked credentials, an operator problem.
      // The OAuth error code only (invalid_grant…); never the description, which may echo input.
      const code = typeof fields['error'] === 'string' && /^[a-z_]{1,64}$/.test(fields['error']) ? fields['error'] : undefined;
      throw new CatalogError(CatalogErrorCodes.Auth, `LWA token exchange refused (${response.status}${code === undefined ? '' : ` ${code}`})`, {
        status: response.status,
        ...(code === undefined ? {} : { apiCode: code }),
      });
    }
    const accessToken = fields['access_token'];
    const expiresIn = fields['expires_in'];
    if (typeof accessToken !== 'string' || accessToken === '')
      throw new CatalogError(CatalogErrorCodes.BadResponse, 'LWA token response has no access_token', { status: response.status });
    const lifetimeMs = (typeof expiresIn === 'number' && expiresIn > 0 ? expiresIn : 3600) * 1000;
    return { value: accessToken, expiresAt: this.now() + lifetimeMs };
  }
}
