/**
 * The HMAC key for connection and purchase tokens. In Lambda it comes from the skill's secret
 * (read once per container); locally from CONNECTION_TOKEN_SECRET.
 *
 * In Lambda a missing, empty or short key is a broken deployment: a container signing with a
 * key of its own would issue tokens no other container can read, and a Shopping Action that
 * comes back to another container would hear "I couldn't match it to this conversation". So
 * every turn that needs the key (one that issues or reads a connection or purchase token)
 * fails, each with an error line naming the secret and the key and the ConfigurationFailure
 * metric the stack alarms on; the customer hears the skill's apology, never a token signed
 * with another key. The key is read when a turn first needs it, not on a container's first
 * request: a launch or a search signs nothing, and a new container's first launch then does
 * not wait for a Secrets Manager read (README, Performance). Only local runs fall back to a
 * random key for the process, with a warning.
 */
import { randomBytes } from 'node:crypto';
import { EnvNames, env } from '../config/env';
import { MetricNames } from '../config/metrics';
import type { SecretKey } from '../config/secretKeys';
import { log } from '../util/log';
import { PromiseCache } from '../util/promiseCache';

/** `signal`: the turn's deadline, for the first read of the secret (lambda/util/deadline.ts). */
export type KeyProvider = (signal?: AbortSignal) => Promise<Uint8Array>;

/** An HMAC-SHA256 key of fewer bytes than its output is weaker than it need be: 32 is the floor. */
export const MIN_SECRET_BYTES = 32;

/** The secret's key that holds the token key (config/secretKeys.ts). */
const TOKEN_SECRET_KEY: SecretKey = 'connectionTokenSecret';

/** The token key is missing or too short where it must not be (in Lambda). */
export class TokenSecretError extends Error {
  constructor(readonly problem: string) {
    super(`the connection-token secret is ${problem}`);
    this.name = 'TokenSecretError';
  }
}

/** Whether this process runs in AWS Lambda: the runtime sets this variable for every function. */
export function runningInLambda(): boolean {
  return env('AWS_LAMBDA_FUNCTION_NAME') !== undefined;
}

export interface KeyProviderOptions {
  /** Refuse a missing or short key instead of making a random one (default: runningInLambda()). */
  strict?: boolean;
}

function problemOf(secret: string | undefined): string | undefined {
  if (secret === undefined) return 'missing or empty';
  const bytes = Buffer.byteLength(secret, 'utf8');
  return bytes < MIN_SECRET_BYTES ? `${bytes} bytes, shorter than ${MIN_SECRET_BYTES}` : undefined;
}

export function createKeyProvider(readSecret: (signal?: AbortSignal) => Promise<string | undefined>, options: KeyProviderOptions = {}): KeyProvider {
  const strict = options.strict ?? runningInLambda();
  // A failed read, or a refused key, is not cached: the next request tries (and fails) again.
  const cached = new PromiseCache<Uint8Array>();
  return (signal) =>
    cached.get(() =>
      readSecret(signal).then((secret) => {
        const problem = problemOf(secret);
        if (problem === undefined && secret !== undefined) return Buffer.from(secret, 'utf8');
        if (strict) {
          const fields = {
            secret: env(EnvNames.SecretId) ?? `${EnvNames.SecretId} unset (and ${EnvNames.ConnectionTokenSecret})`,
            key: TOKEN_SECRET_KEY,
            problem: problem ?? 'missing',
          };
          log.error('token_secret_invalid', fields);
          log.metric(MetricNames.ConfigurationFailure, 1, fields);
          throw new TokenSecretError(problem ?? 'missing');
        }
        log.warn('connection_token_key_random', { reason: `${problem ?? 'missing'}: local run, tokens are readable by this process only` });
        return randomBytes(32);
      }),
    );
}

export function staticKeyProvider(secret: string): KeyProvider {
  const key = Buffer.from(secret, 'utf8');
  return () => Promise.resolve(key);
}
