/**
 * The persistence key for a customer: a SHA-256 of the Alexa user id, never the id itself.
 * A table dump or a log line then names no Alexa account. The prefix keeps the hash specific
 * to this skill's table.
 */
import { createHash } from 'node:crypto';
import { getUserId } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { PersistenceError } from './errors';

const KEY_PREFIX = 'voice-shopping/customer/v1:';

export function customerKeyFor(userId: string): string {
  return createHash('sha256').update(KEY_PREFIX).update(userId).digest('hex');
}

export function customerKey(envelope: RequestEnvelope): string {
  let userId: string | undefined;
  try {
    userId = getUserId(envelope);
  } catch {
    userId = undefined;
  }
  if (typeof userId !== 'string' || userId === '') throw new PersistenceError('key (no user id)');
  return customerKeyFor(userId);
}
