import { askVendorId, readAskCliProfile } from '../ask-cli';
import { CredentialsError } from './errors';

/** What a SMAPI client needs to refresh its LWA access token. */
export interface SmapiCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly refreshToken: string;
  readonly vendorId: string | undefined;
  /** Where they came from, for the progress line: `environment` or `profile default`. Never a value. */
  readonly source: string;
}

export interface SmapiEndpoints {
  readonly smapiUrl: string;
  readonly lwaUrl: string;
}

/**
 * The environment names, as the ASK CLI uses them in CI (ASK CLI documentation, "ASK CLI
 * environment variables"). ASK_CLIENT_ID / ASK_CLIENT_SECRET are this project's names; the
 * ASK CLI's own ASK_LWA_CLIENT_ID / ASK_LWA_CLIENT_CONFIRMATION are accepted after them.
 */
export const CredentialEnv = {
  ClientId: 'ASK_CLIENT_ID',
  ClientSecret: 'ASK_CLIENT_SECRET',
  RefreshToken: 'ASK_REFRESH_TOKEN',
  VendorId: 'ASK_VENDOR_ID',
  AskCliClientId: 'ASK_LWA_CLIENT_ID',
  AskCliClientSecret: 'ASK_LWA_CLIENT_CONFIRMATION',
  SmapiUrl: 'ASK_SMAPI_SERVER_BASE_URL',
  LwaUrl: 'ASK_LWA_TOKEN_HOST',
} as const;

/** The ASK CLI's defaults when the endpoint variables are unset (ask-cli `dynamic-config`). */
export const DEFAULT_SMAPI_URL = 'https://api.amazonalexa.com';
export const DEFAULT_LWA_URL = 'https://api.amazon.com';

type Env = Readonly<Record<string, string | undefined>>;

export function resolveEndpoints(env: Env): SmapiEndpoints {
  return {
    smapiUrl: nonBlank(env[CredentialEnv.SmapiUrl]) ?? DEFAULT_SMAPI_URL,
    lwaUrl: nonBlank(env[CredentialEnv.LwaUrl]) ?? DEFAULT_LWA_URL,
  };
}

export interface LoadCredentialsOptions {
  readonly env: Env;
  /** Home directory holding `.ask/cli_config`. */
  readonly homeDir: string;
  /** ASK CLI profile name; default `default`. */
  readonly profile?: string;
  /**
   * The LWA client a profile's refresh token belongs to when no client is set in the
   * environment. Default: the ASK CLI's own client, read from the installed ask-cli.
   */
  readonly askCliClient?: () => { clientId: string; clientSecret: string } | undefined;
}

/**
 * Environment first (ASK_REFRESH_TOKEN decides), else the ASK CLI profile in
 * `~/.ask/cli_config` (read by ../ask-cli, as every deploy step reads it; its vendor id as `ask`
 * resolves it). Errors name what is missing, never a value.
 */
export async function loadCredentials(options: LoadCredentialsOptions): Promise<SmapiCredentials> {
  const { env } = options;
  const envClient = (): { clientId: string; clientSecret: string } | undefined => {
    const clientId = nonBlank(env[CredentialEnv.ClientId]) ?? nonBlank(env[CredentialEnv.AskCliClientId]);
    const clientSecret = nonBlank(env[CredentialEnv.ClientSecret]) ?? nonBlank(env[CredentialEnv.AskCliClientSecret]);
    return clientId !== undefined && clientSecret !== undefined ? { clientId, clientSecret } : undefined;
  };
  const client = () => envClient() ?? (options.askCliClient ?? askCliDefaultClient)();

  const envRefreshToken = nonBlank(env[CredentialEnv.RefreshToken]);
  if (envRefreshToken !== undefined) {
    // A refresh token from the environment belongs to a client named there too: guessing the
    // ASK CLI's own client only turned a missing variable into an HTTP 401 (exit 1).
    const found = envClient();
    if (found === undefined) {
      throw new CredentialsError(`${CredentialEnv.RefreshToken} is set but ${CredentialEnv.ClientId} / ${CredentialEnv.ClientSecret} are not`);
    }
    return { ...found, refreshToken: envRefreshToken, vendorId: nonBlank(env[CredentialEnv.VendorId]), source: 'environment' };
  }

  const profile = options.profile ?? 'default';
  const lookup = readAskCliProfile(options.homeDir, profile);
  if (!lookup.found && lookup.reason === 'no-config') {
    throw new CredentialsError(
      `no credentials: set ${CredentialEnv.RefreshToken} (and ${CredentialEnv.ClientId}, ${CredentialEnv.ClientSecret}, ${CredentialEnv.VendorId}) or run "ask configure" (no readable ~/.ask/cli_config)`,
    );
  }
  if (!lookup.found) throw new CredentialsError(`ASK CLI profile "${profile}" not found in ~/.ask/cli_config`);
  const { refreshToken } = lookup.profile;
  if (refreshToken === undefined) throw new CredentialsError(`ASK CLI profile "${profile}" has no refresh token; run "ask configure"`);
  const found = client();
  if (found === undefined) throw new CredentialsError(`no LWA client for profile "${profile}": set ${CredentialEnv.ClientId} / ${CredentialEnv.ClientSecret}`);
  return { ...found, refreshToken, vendorId: askVendorId(env, options.homeDir, profile), source: `profile ${profile}` };
}

/** Every secret value, so error messages can be scrubbed of them. */
export function secretValues(credentials: SmapiCredentials): string[] {
  return [credentials.clientSecret, credentials.refreshToken];
}

/**
 * A profile made by `ask configure` holds a refresh token issued to the ASK CLI's LWA client,
 * so refreshing it needs that client. Read it from the installed ask-cli (same env overrides
 * it applies) rather than copying it here.
 */
function askCliDefaultClient(): { clientId: string; clientSecret: string } | undefined {
  try {
    const loaded: unknown = require('ask-cli/dist/lib/utils/dynamic-config');
    if (typeof loaded !== 'function') return undefined;
    const clientId: unknown = Reflect.get(loaded, 'lwaClientId');
    const clientSecret: unknown = Reflect.get(loaded, 'lwaClientConfirmation');
    if (typeof clientId === 'string' && typeof clientSecret === 'string') return { clientId, clientSecret };
  } catch {
    // ask-cli not installed: the caller reports the missing client.
  }
  return undefined;
}

function nonBlank(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}
