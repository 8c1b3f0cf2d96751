/**
 * The token sent with `Connections.StartConnection`; Alexa returns it as `cause.token`, the
 * only link between a task and its result (Alexa Shopping Actions API reference). It names
 * the task, the ASINs and (as a keyed hash) the customer, and is signed: a result whose token does
 * not verify, or was issued to another customer, is answered without naming any product,
 * and a token is never taken as proof of what was bought.
 */
import { type TimedRecord, type VerifyResult, signRecord, verifyRecord } from '../security/signedToken';
import { isBoundTo, USER_BINDING_LENGTH, userBinding } from '../security/userBinding';
import { parseContextId } from '../conversation/contextId';
import { isAsin } from '../util/asin';
import { type TaskSpec, taskByCode } from './tasks';
import { isRecord } from '../util/guards';

/**
 * Results arrive within a minute or two. Ten minutes bounds a replay when the state store
 * cannot record the token's use (persistence/usedTokens.ts).
 */
export const CONNECTION_TOKEN_MAX_AGE_SECONDS = 600;

interface WireRecord extends TimedRecord {
  v: 1;
  /** task code */
  k: string;
  /** ASINs */
  a: string[];
  /** keyed hash of the user id the token was issued to */
  u: string;
  /** id of the saved shopping context (conversation/shoppingContext.ts) */
  x?: string;
}

export interface ConnectionTokenRecord {
  task: TaskSpec;
  asins: string[];
  issuedAt: number;
  /** The saved shopping context to bring back if the result arrives without the list. */
  context?: string | undefined;
}

/**
 * @param userId the customer the task is for: the result is only accepted in their session.
 * @param context id of the saved shopping context to bring back with the result.
 */
export function issueConnectionToken(task: TaskSpec, asins: readonly string[], nowMs: number, key: Uint8Array, userId: string, context?: string): string {
  const record: WireRecord = { v: 1, k: task.code, a: [...asins], u: userBinding(userId, key), iat: Math.floor(nowMs / 1000) };
  if (context !== undefined) record.x = context;
  return signRecord(record, key);
}

function parseWire(value: unknown): WireRecord | undefined {
  if (!isRecord(value)) return undefined;
  const v = value as Partial<WireRecord>;
  // Tokens issued before the locale was dropped also carry `l`: it is ignored, so they still verify.
  if (v.v !== 1 || typeof v.k !== 'string' || typeof v.iat !== 'number') return undefined;
  if (!Array.isArray(v.a) || v.a.length === 0 || v.a.length > 10 || !v.a.every(isAsin)) return undefined;
  if (taskByCode(v.k) === undefined || typeof v.u !== 'string' || v.u.length !== USER_BINDING_LENGTH) return undefined;
  const wire: WireRecord = { v: 1, k: v.k, a: v.a, u: v.u, iat: v.iat };
  const context = parseContextId(v.x);
  if (context !== undefined) wire.x = context;
  return wire;
}

/** @param userId the customer of the request the result came in: another customer's token is refused. */
export function readConnectionToken(token: unknown, key: Uint8Array, nowMs: number, userId: string): VerifyResult<ConnectionTokenRecord> {
  const verified = verifyRecord(token, key, nowMs, CONNECTION_TOKEN_MAX_AGE_SECONDS, parseWire);
  if (!verified.ok) return verified;
  if (!isBoundTo(verified.record.u, userId, key)) return { ok: false, reason: 'other-user' };
  const task = taskByCode(verified.record.k);
  if (task === undefined) return { ok: false, reason: 'malformed' };
  return { ok: true, record: { task, asins: verified.record.a, issuedAt: verified.record.iat, context: verified.record.x } };
}
