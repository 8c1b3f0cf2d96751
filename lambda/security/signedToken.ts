/**
 * Compact, URL-safe, HMAC-SHA256-signed records: `base64url(json).base64url(mac)`.
 * Alexa echoes a connection token back untouched, but it travels through Alexa and the
 * device, so nothing in it is trusted until the MAC checks out. Used for Shopping Actions
 * (`Connections.StartConnection`) and in-skill purchases (`Connections.SendRequest`).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** `other-user`: a valid token issued to another customer (security/userBinding.ts). */
/** `replayed`: a valid token already acted on (persistence/usedTokens.ts). */
export type TokenRejection = 'missing' | 'malformed' | 'bad-signature' | 'expired' | 'not-yet-valid' | 'other-user' | 'replayed';

export type VerifyResult<T> = { ok: true; record: T } | { ok: false; reason: TokenRejection };

/** Every signed record carries its issue time in seconds since the epoch. */
export interface TimedRecord {
  iat: number;
}

const MAX_TOKEN_LENGTH = 2048;
/** Clocks of different Lambda containers drift a little; a token from the near future is fine. */
const CLOCK_SKEW_SECONDS = 300;

function mac(payload: string, key: Uint8Array): Buffer {
  return createHmac('sha256', key).update(payload).digest();
}

export function signRecord(record: TimedRecord, key: Uint8Array): string {
  const payload = Buffer.from(JSON.stringify(record), 'utf8').toString('base64url');
  return `${payload}.${mac(payload, key).toString('base64url')}`;
}

/**
 * Verifies the MAC, then the age. `parse` checks the record's own fields and returns
 * undefined when they are not what the caller signed.
 */
export function verifyRecord<T extends TimedRecord>(
  token: unknown,
  key: Uint8Array,
  nowMs: number,
  maxAgeSeconds: number,
  parse: (value: unknown) => T | undefined,
): VerifyResult<T> {
  if (typeof token !== 'string' || token.length === 0) return { ok: false, reason: 'missing' };
  if (token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'malformed' };
  const parts = token.split('.');
  if (parts.length !== 2) return { ok: false, reason: 'malformed' };
  const [payload, signature] = parts as [string, string];
  if (!/^[\w-]+$/.test(payload) || !/^[\w-]+$/.test(signature)) return { ok: false, reason: 'malformed' };
  const expected = mac(payload, key);
  const given = Buffer.from(signature, 'base64url');
  // The last base64url character has spare bits: only the canonical spelling of the MAC is
  // accepted, so an altered token string never verifies (it has no equivalent variants).
  const canonical = given.toString('base64url') === signature;
  if (!canonical || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'bad-signature' };
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const record = parse(value);
  if (record === undefined || typeof record.iat !== 'number' || !Number.isFinite(record.iat)) {
    return { ok: false, reason: 'malformed' };
  }
  const nowSeconds = Math.floor(nowMs / 1000);
  if (record.iat > nowSeconds + CLOCK_SKEW_SECONDS) return { ok: false, reason: 'not-yet-valid' };
  if (nowSeconds - record.iat > maxAgeSeconds) return { ok: false, reason: 'expired' };
  return { ok: true, record };
}
