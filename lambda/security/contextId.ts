/** The id of a saved shopping context, as a token claim: 8 URL-safe characters. */
import { randomBytes } from 'node:crypto';

const ID_PATTERN = /^[\w-]{8}$/;

export function newContextId(): string {
  return randomBytes(6).toString('base64url');
}

export function parseContextId(value: unknown): string | undefined {
  return typeof value === 'string' && ID_PATTERN.test(value) ? value : undefined;
}
