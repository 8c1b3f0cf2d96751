/**
 * The one backoff rule of the project, for the skill's Product Search client and the deploy-time
 * SMAPI client alike: exponential backoff with full jitter (a random wait between 0 and the
 * capped exponential, as in the AWS Architecture Blog's "Exponential Backoff and Jitter"),
 * never shorter than what the server announced. Retries are numbered from 1 (the first retry
 * follows attempt 1). Pure functions only: no import, so infra/ can use it without pulling
 * skill code.
 */

export interface BackoffPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** Ceiling of the first retry's wait; each retry doubles it. */
  readonly baseDelayMs: number;
  /** The ceiling never grows past this. */
  readonly maxDelayMs: number;
}

/** What the server said about pacing; each one is a lower bound on the wait. */
export interface BackoffFloor {
  /** Requests per second (x-amzn-RateLimit-Limit): retries no closer together than 1000 / rate ms. */
  readonly rateLimitPerSecond?: number | undefined;
  /** Retry-After, in ms. */
  readonly retryAfterMs?: number | undefined;
}

/**
 * The wait before retry number `retry` (1 = the first retry): a whole number of ms drawn
 * uniformly below min(maxDelayMs, baseDelayMs · 2^(retry − 1)), raised to the floor if any.
 * `random` is a number in [0, 1).
 */
export function backoffDelayMs(retry: number, policy: Pick<BackoffPolicy, 'baseDelayMs' | 'maxDelayMs'>, random: number, floor: BackoffFloor = {}): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  const jittered = Math.floor(random * ceiling);
  const rate = floor.rateLimitPerSecond;
  const spacing = rate !== undefined && rate > 0 ? 1000 / rate : 0;
  return Math.max(jittered, spacing, floor.retryAfterMs ?? 0);
}

/**
 * HTTP statuses worth another attempt: 429 (throttled) and 500 / 503, which both the Product
 * Search API and SMAPI references document as transient, and 502 / 504, which a gateway in
 * front of either returns for the same passing causes.
 */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/** Parses x-amzn-RateLimit-Limit ("0.5", "10"); undefined when absent or not a positive number. */
export function parseRateLimit(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  const n = Number.parseFloat(value);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** Parses Retry-After in seconds, into ms; HTTP dates are not used by these APIs. */
export function parseRetryAfterMs(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  const n = Number.parseFloat(value);
  return Number.isFinite(n) && n >= 0 ? n * 1000 : undefined;
}
