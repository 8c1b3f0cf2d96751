/**
 * Retry policy for the Product Search API: 429, 500, 502, 503, 504 and network failures are
 * retried with the project's full-jitter backoff (`../util/retry`), never closer together than
 * the operation's announced rate limit allows, and only while the turn's deadline leaves room
 * for another attempt.
 */
import type { BackoffPolicy } from '../util/retry';

export interface RetryPolicy extends BackoffPolicy {
  /**
   * Attempts in all, the first included. Eight lets a turn survive a 30% failure rate but for
   * 0.3^8 ≈ 0.007% of turns; the deadline, not this count, is what bounds a bad upstream.
   */
  readonly maxAttempts: number;
  /** An attempt is not started with less time than this left: it could not finish. */
  readonly minAttemptMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 100, maxDelayMs: 1000, minAttemptMs: 150 };
