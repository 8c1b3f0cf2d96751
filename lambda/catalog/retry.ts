/**
 * The Product Search client's settings of the project's one retry policy (`../util/retry`):
 * 429, 500, 502, 503, 504 and network failures retry with full-jitter backoff, never closer
 * together than the operation's announced rate limit allows, and only while the turn's
 * deadline leaves room for another attempt.
 */
import type { RetryPolicy } from '../util/retry';

export type CatalogRetryPolicy = Required<RetryPolicy>;

/**
 * Eight attempts let a turn survive a 30% failure rate but for 0.3^8 ≈ 0.007% of turns; the
 * deadline, not this count, is what bounds a bad upstream. An attempt is not started with less
 * than 150 ms left: it could not finish.
 */
export const DEFAULT_RETRY_POLICY: CatalogRetryPolicy = { maxAttempts: 8, baseDelayMs: 100, maxDelayMs: 1000, minAttemptMs: 150 };
