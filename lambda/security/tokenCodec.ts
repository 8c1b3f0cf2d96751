/**
 * The one codec of the skill's signed tokens (security/signedToken.ts signs and verifies the
 * bytes). Every token has the same frame; each kind (a Shopping Actions connection token, an
 * in-skill purchase token) adds only its own fields and states how to read them back:
 *
 * - `t` the kind's tag, so one kind's token is never read as another's;
 * - `u` the binding: a keyed hash of the user id it was issued to (security/userBinding.ts);
 * - `iat` the issue time, checked against the kind's maximum age;
 * - `o` a random nonce, distinct for every token: the handle a single-use check can key on;
 * - `x` optionally, the opaque id of the shopping context saved with the customer's state
 *   (conversation/shoppingContext.ts): the token carries the id, never the list.
 *
 * Tokens issued before the frame (version 1: no tag, no nonce) are still read for the kind
 * whose fields they hold; they live an hour at most, so that reading can go after a release.
 */
import { randomBytes } from 'node:crypto';
import { isRecord } from '../util/guards';
import { parseContextId } from './contextId';
import { signRecord, type TimedRecord, type VerifyResult, verifyRecord } from './signedToken';
import { isBoundTo, USER_BINDING_LENGTH, userBinding } from './userBinding';

/** A kind of token: its tag, its lifetime and its own fields, written and validated. */
export interface TokenKind<P> {
  /** One or two characters on the wire. */
  readonly tag: string;
  readonly maxAgeSeconds: number;
  /** The kind's own fields, under short names that are not the frame's (v, t, u, iat, o, x). */
  write(payload: P): Record<string, unknown>;
  /** The payload from a verified record's fields, or undefined when they are not what was signed. */
  read(fields: Record<string, unknown>): P | undefined;
}

/** What a verified token says. */
export interface TokenClaims<P> {
  payload: P;
  /** Seconds since the epoch. */
  issuedAt: number;
  /** Unique per token; undefined on a version 1 token, issued before nonces. */
  nonce: string | undefined;
  /** The saved shopping context's id, when the token carries one. */
  context: string | undefined;
}

/** The key, the clock and the customer a token is issued to or read for. */
export interface TokenParties {
  key: Uint8Array;
  nowMs: number;
  userId: string;
}

const VERSION = 2;
const NONCE_PATTERN = /^[\w-]{16}$/;

interface Framed<P> extends TimedRecord {
  u: string;
  claims: TokenClaims<P>;
}

export function issueToken<P>(kind: TokenKind<P>, payload: P, parties: TokenParties, context?: string): string {
  const record: Record<string, unknown> & TimedRecord = {
    ...kind.write(payload),
    v: VERSION,
    t: kind.tag,
    u: userBinding(parties.userId, parties.key),
    iat: Math.floor(parties.nowMs / 1000),
    // 12 random bytes: 16 characters, never repeated in practice.
    o: randomBytes(12).toString('base64url'),
  };
  if (context !== undefined) record.x = context;
  return signRecord(record, parties.key);
}

function frame<P>(kind: TokenKind<P>, value: unknown): Framed<P> | undefined {
  if (!isRecord(value)) return undefined;
  const { v, t, u, iat, o } = value;
  const current = v === VERSION && t === kind.tag && typeof o === 'string' && NONCE_PATTERN.test(o);
  const legacy = v === 1 && t === undefined && o === undefined;
  if (!current && !legacy) return undefined;
  if (typeof u !== 'string' || u.length !== USER_BINDING_LENGTH || typeof iat !== 'number') return undefined;
  const payload = kind.read(value);
  if (payload === undefined) return undefined;
  return { iat, u, claims: { payload, issuedAt: iat, nonce: current ? o : undefined, context: parseContextId(value.x) } };
}

/** Verifies the signature, the frame, the kind's fields, the age, then the customer. */
export function readToken<P>(kind: TokenKind<P>, token: unknown, parties: TokenParties): VerifyResult<TokenClaims<P>> {
  const verified = verifyRecord(token, parties.key, parties.nowMs, kind.maxAgeSeconds, (value) => frame(kind, value));
  if (!verified.ok) return verified;
  if (!isBoundTo(verified.record.u, parties.userId, parties.key)) return { ok: false, reason: 'other-user' };
  return { ok: true, record: verified.record.claims };
}
