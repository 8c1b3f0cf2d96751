/**
 * The token sent with `Connections.StartConnection`; Alexa returns it as `cause.token`, the
 * only link between a task and its result (FIELD-GUIDE.md). It names the task, the ASINs
 * and the locale, and is signed: a result whose token does not verify is answered without
 * naming any product, and a token is never taken as proof of what was bought.
 */
import { type TimedRecord, type VerifyResult, signRecord, verifyRecord } from '../security/signedToken';
import { parseContextId } from '../conversation/contextId';
import { isAsin } from './directives';
import { type TaskSpec, taskByCode } from './tasks';

/** Results arrive within minutes; an hour-old token belongs to a conversation long gone. */
export const CONNECTION_TOKEN_MAX_AGE_SECONDS = 3600;

interface WireRecord extends TimedRecord {
  v: 1;
  /** task code */
  k: string;
  /** ASINs */
  a: string[];
  /** locale */
  l: string;
  /** id of the saved shopping context (conversation/shoppingContext.ts) */
  x?: string;
}

export interface ConnectionTokenRecord {
  task: TaskSpec;
  asins: string[];
  locale: string;
  issuedAt: number;
  /** The saved shopping context to bring back if the result arrives without the list. */
  context?: string | undefined;
}

export function issueConnectionToken(task: TaskSpec, asins: readonly string[], locale: string, nowMs: number, key: Uint8Array, context?: string): string {
  const record: WireRecord = { v: 1, k: task.code, a: [...asins], l: locale, iat: Math.floor(nowMs / 1000) };
  if (context !== undefined) record.x = context;
  return signRecord(record, key);
}

function parseWire(value: unknown): WireRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Partial<WireRecord>;
  if (v.v !== 1 || typeof v.k !== 'string' || typeof v.l !== 'string' || typeof v.iat !== 'number') return undefined;
  if (!Array.isArray(v.a) || v.a.length === 0 || v.a.length > 10 || !v.a.every(isAsin)) return undefined;
  if (taskByCode(v.k) === undefined) return undefined;
  const wire: WireRecord = { v: 1, k: v.k, a: v.a, l: v.l, iat: v.iat };
  const context = parseContextId(v.x);
  if (context !== undefined) wire.x = context;
  return wire;
}

export function readConnectionToken(token: unknown, key: Uint8Array, nowMs: number): VerifyResult<ConnectionTokenRecord> {
  const verified = verifyRecord(token, key, nowMs, CONNECTION_TOKEN_MAX_AGE_SECONDS, parseWire);
  if (!verified.ok) return verified;
  const task = taskByCode(verified.record.k);
  if (task === undefined) return { ok: false, reason: 'malformed' };
  return { ok: true, record: { task, asins: verified.record.a, locale: verified.record.l, issuedAt: verified.record.iat, context: verified.record.x } };
}
