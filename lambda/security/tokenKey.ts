/**
 * The HMAC key for connection tokens. In Lambda it comes from the skill's secret (read once
 * per container); locally from CONNECTION_TOKEN_SECRET. With neither, a random key is made
 * for this process and a warning is logged: tokens then survive only while the container
 * lives, which is safe (an unverifiable token gets the generic answer) but worth knowing.
 */
import { randomBytes } from 'node:crypto';
import { log } from '../util/log';
import { PromiseCache } from '../util/promiseCache';

/** `signal`: the turn's deadline, for the first read of the secret (lambda/util/deadline.ts). */
export type KeyProvider = (signal?: AbortSignal) => Promise<Uint8Array>;

/** Short secrets make guessable MACs; 16 bytes is the floor we accept. */
export const MIN_SECRET_LENGTH = 16;

export function createKeyProvider(readSecret: (signal?: AbortSignal) => Promise<string | undefined>): KeyProvider {
  // A failed secret read is not cached: the next request tries again.
  const cached = new PromiseCache<Uint8Array>();
  return (signal) =>
    cached.get(() =>
      readSecret(signal).then((secret) => {
        if (secret !== undefined && secret.length >= MIN_SECRET_LENGTH) return Buffer.from(secret, 'utf8');
        log.warn('connection_token_key_random', {
          reason: secret === undefined ? 'no secret configured' : `secret shorter than ${MIN_SECRET_LENGTH} characters`,
        });
        return randomBytes(32);
      }),
    );
}

export function staticKeyProvider(secret: string): KeyProvider {
  const key = Buffer.from(secret, 'utf8');
  return () => Promise.resolve(key);
}
