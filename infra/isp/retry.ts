/**
 * The SMAPI calls' settings of the project's one retry policy (lambda/util/retry.ts), bounded
 * by attempts and by total elapsed time. ask-smapi-sdk retries nothing itself; the SMAPI
 * In-Skill Product Management API reference asks for exponential back-off on 429 and 500, and
 * 503 means "overloaded".
 */
import type { RetryPolicy } from '../../lambda/util/retry';

export interface SmapiRetryPolicy extends RetryPolicy {
  /** No retry starts when its wait would end more than this long after the first attempt. */
  readonly maxElapsedMs: number;
  /** One attempt is abandoned (and counted as a network failure) after this long. */
  readonly attemptTimeoutMs: number;
}

export const DEFAULT_SMAPI_RETRY_POLICY: SmapiRetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxElapsedMs: 120_000,
  attemptTimeoutMs: 30_000,
};
