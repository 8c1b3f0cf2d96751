/**
 * Retry policy for the Product Search API: 429, 500, 503 and network failures are retried
 * with exponential backoff and full jitter (a random wait between 0 and the capped
 * exponential), never closer together than the operation's announced rate limit allows,
 * and only while the turn's deadline leaves room for another attempt.
 */

export interface RetryPolicy {
  /**
   * Attempts in all, the first included. Eight lets a turn survive a 30% failure rate but for
   * 0.3^8 ≈ 0.007% of turns; the deadline, not this count, is what bounds a bad upstream.
   */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** An attempt is not started with less time than this left: it could not finish. */
  minAttemptMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 100, maxDelayMs: 1000, minAttemptMs: 150 };

/**
 * The wait before retry number `retry` (0 for the first retry). `rateLimitPerSecond` comes
 * from `x-amzn-RateLimit-Limit` ("the rate limit (requests per second) for this
 * operation"); `retryAfterMs` from a Retry-After header, when a proxy sends one.
 */
export function backoffDelayMs(
  retry: number,
  policy: RetryPolicy,
  random: () => number,
  rateLimitPerSecond?: number,
  retryAfterMs?: number,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  const jittered = random() * ceiling;
  const spacing = rateLimitPerSecond !== undefined && rateLimitPerSecond > 0 ? 1000 / rateLimitPerSecond : 0;
  return Math.max(jittered, spacing, retryAfterMs ?? 0);
}

/** Parses x-amzn-RateLimit-Limit ("0.5", "10"); undefined when absent or not a positive number. */
export function parseRateLimit(value: string | null): number | undefined {
  if (value === null) return undefined;
  const n = Number.parseFloat(value);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** Parses Retry-After in seconds; HTTP dates are not used by this API. */
export function parseRetryAfterMs(value: string | null): number | undefined {
  if (value === null) return undefined;
  const n = Number.parseFloat(value);
  return Number.isFinite(n) && n >= 0 ? n * 1000 : undefined;
}
