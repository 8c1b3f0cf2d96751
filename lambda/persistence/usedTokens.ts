/**
 * Single-use signed tokens. A purchase or connection token comes back through Alexa and the
 * device; whoever holds one could send it again and run its continuation again. Each token
 * acted on is recorded with the customer's state (a hash of it, until its own expiry) and
 * refused the second time. When the state store does not answer, the token is accepted: its
 * short lifetime (10 minutes) is then what bounds a replay, and a customer whose purchase went
 * through is not told otherwise because a table was slow.
 */
import { createHash } from 'node:crypto';
import type { HandlerInput } from 'ask-sdk-core';
import { log } from '../util/log';
import type { VersionedPersistenceAdapter } from './adapter';
import { updateCustomerState } from './customerState';
import { PersistenceError } from './errors';
import type { UsedToken } from './state';

/** Kept per customer; a customer uses a handful of tokens in ten minutes. */
export const MAX_USED_TOKENS = 32;

/** `first`: recorded now; `replayed`: seen before; `unchecked`: the store did not answer. */
export type TokenUse = 'first' | 'replayed' | 'unchecked';

/** The id a token is recorded under: 128 bits of its SHA-256, never the token itself. */
export function usedTokenId(token: string): string {
  return createHash('sha256').update(token).digest().subarray(0, 16).toString('base64url');
}

/**
 * Records `token` as used by this customer, or says it was used before.
 * @param until epoch milliseconds after which the token would be refused by its age anyway.
 */
export async function useToken(input: HandlerInput, persistence: VersionedPersistenceAdapter, token: string, until: number, nowMs: number): Promise<TokenUse> {
  const id = usedTokenId(token);
  try {
    return await updateCustomerState<TokenUse>(input, persistence, (state) => {
      const live = (state.usedTokens ?? []).filter((used) => used.until > nowMs);
      if (live.some((used) => used.id === id)) return { result: 'replayed' };
      const usedTokens: UsedToken[] = [...live, { id, until }].slice(-MAX_USED_TOKENS);
      return { state: { ...state, usedTokens }, result: 'first' };
    });
  } catch (err) {
    if (!(err instanceof PersistenceError)) throw err;
    log.warn('token_use_unchecked', { reason: err.code });
    return 'unchecked';
  }
}
