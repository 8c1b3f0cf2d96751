/**
 * Binds a signed token to the customer it was issued to. The token carries a keyed hash of
 * the Alexa user id (HMAC-SHA256 with the token key, domain-separated, 128 bits): it names no
 * account to whoever reads the token, and another customer's session cannot present it as
 * their own, because their user id hashes to a different value.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { getUserId } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { NoCustomerError } from './errors';

const DOMAIN = 'voice-shopping/token-user/v1:';
/** 16 bytes of HMAC, base64url: 22 characters. */
export const USER_BINDING_LENGTH = 22;

/** Throws NoCustomerError for an empty user id: a token is always issued to someone. */
export function userBinding(userId: string, key: Uint8Array): string {
  if (userId === '') throw new NoCustomerError();
  return createHmac('sha256', key).update(DOMAIN).update(userId).digest().subarray(0, 16).toString('base64url');
}

/** True when `binding` (from a verified token) was made for `userId` with `key`. */
export function isBoundTo(binding: unknown, userId: string, key: Uint8Array): boolean {
  if (userId === '' || typeof binding !== 'string' || binding.length !== USER_BINDING_LENGTH) return false;
  const expected = Buffer.from(userBinding(userId, key), 'utf8');
  const given = Buffer.from(binding, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The request's user id, or '' when the envelope has none (no token is issued to or read for it). */
export function userIdOf(envelope: RequestEnvelope): string {
  try {
    const id = getUserId(envelope);
    return typeof id === 'string' ? id : '';
  } catch {
    return '';
  }
}
