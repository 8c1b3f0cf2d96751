/**
 * The token sent with `Connections.StartConnection`; Alexa returns it as `cause.token`, the
 * only link between a task and its result (Alexa Shopping Actions API reference). Framed and
 * signed by the token codec (security/tokenCodec.ts: the customer's binding, a nonce, the
 * saved context's id), it names the task and the ASINs: a result whose token does not
 * verify, or was issued to another customer, is answered without naming any product, and a
 * token is never taken as proof of what was bought.
 */
import type { VerifyResult } from '../security/signedToken';
import { issueToken, readToken, type TokenKind } from '../security/tokenCodec';
import { isAsin } from '../util/asin';
import { type TaskSpec, taskByCode } from './tasks';

/**
 * Results arrive within a minute or two. Ten minutes bounds a replay when the state store
 * cannot record the token's use (persistence/usedTokens.ts).
 */
export const CONNECTION_TOKEN_MAX_AGE_SECONDS = 600;

interface ConnectionPayload {
  task: TaskSpec;
  asins: string[];
}

export interface ConnectionTokenRecord extends ConnectionPayload {
  issuedAt: number;
  /** The saved shopping context to bring back if the result arrives without the list. */
  context?: string | undefined;
}

const CONNECTION: TokenKind<ConnectionPayload> = {
  tag: 'c',
  maxAgeSeconds: CONNECTION_TOKEN_MAX_AGE_SECONDS,
  // k: the task's code; a: the ASINs.
  write: ({ task, asins }) => ({ k: task.code, a: [...asins] }),
  read: ({ k, a }) => {
    // Tokens issued before the locale was dropped also carry `l`: it is ignored, so they still verify.
    const task = typeof k === 'string' ? taskByCode(k) : undefined;
    if (task === undefined || !Array.isArray(a) || a.length === 0 || a.length > 10 || !a.every(isAsin)) return undefined;
    return { task, asins: a };
  },
};

/**
 * @param userId the customer the task is for: the result is only accepted in their session.
 * @param context id of the saved shopping context to bring back with the result.
 */
export function issueConnectionToken(task: TaskSpec, asins: readonly string[], nowMs: number, key: Uint8Array, userId: string, context?: string): string {
  return issueToken(CONNECTION, { task, asins: [...asins] }, { key, nowMs, userId }, context);
}

/** @param userId the customer of the request the result came in: another customer's token is refused. */
export function readConnectionToken(token: unknown, key: Uint8Array, nowMs: number, userId: string): VerifyResult<ConnectionTokenRecord> {
  const read = readToken(CONNECTION, token, { key, nowMs, userId });
  if (!read.ok) return read;
  const { payload, issuedAt, context } = read.record;
  return { ok: true, record: { ...payload, issuedAt, context } };
}
