/**
 * Retries with exponential backoff and full jitter (sleep = random(0, min(cap, base·2^n))),
 * bounded by attempts and by total elapsed time. The SDK retries nothing (FIELD-GUIDE.md);
 * the reference asks for exponential back-off on 429 and 500, and 503 means "overloaded".
 */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** No new attempt starts after this much time since the first. */
  readonly maxElapsedMs: number;
  /** One attempt is abandoned (and counted as a network failure) after this long. */
  readonly attemptTimeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxElapsedMs: 120_000,
  attemptTimeoutMs: 30_000,
};

export interface RetryClock {
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  /** A number in [0, 1). */
  readonly random: () => number;
}

export const SYSTEM_CLOCK: RetryClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};

/** Full-jitter delay before retry number `retry` (1 = first retry), at least the server's Retry-After. */
export function backoffDelay(policy: RetryPolicy, retry: number, random: number, retryAfterMs?: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  const jittered = Math.floor(random * ceiling);
  return retryAfterMs === undefined ? jittered : Math.min(policy.maxDelayMs, Math.max(jittered, retryAfterMs));
}

export interface AttemptFailure {
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
}

export interface RetryHooks<T> {
  /** Classifies a failure. */
  readonly classify: (error: unknown) => AttemptFailure;
  /**
   * Runs before each retry; a defined result ends the loop with it. Used to find a product
   * whose create succeeded but whose answer was lost, before creating it again.
   */
  readonly recover?: () => Promise<T | undefined>;
  readonly onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
}

export class RetriesExhausted extends Error {
  readonly attempts: number;
  readonly lastError: unknown;
  constructor(attempts: number, lastError: unknown) {
    super(`gave up after ${attempts} attempt(s)`, { cause: lastError });
    this.attempts = attempts;
    this.lastError = lastError;
  }
}

/** Runs `attempt` until it succeeds, fails for good, or the policy's bounds are reached. */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy,
  clock: RetryClock,
  hooks: RetryHooks<T>,
): Promise<{ value: T; attempts: number }> {
  const started = clock.now();
  for (let attemptNo = 1; ; attemptNo++) {
    try {
      return { value: await withTimeout(attempt(), policy.attemptTimeoutMs), attempts: attemptNo };
    } catch (error) {
      const failure = hooks.classify(error);
      if (!failure.retryable) throw new RetriesExhausted(attemptNo, error);
      const delayMs = backoffDelay(policy, attemptNo, clock.random(), failure.retryAfterMs);
      const outOfTime = clock.now() - started + delayMs > policy.maxElapsedMs;
      if (attemptNo >= policy.maxAttempts || outOfTime) throw new RetriesExhausted(attemptNo, error);
      hooks.onRetry?.({ attempt: attemptNo, delayMs, error });
      await clock.sleep(delayMs);
      if (hooks.recover !== undefined) {
        const recovered = await hooks.recover();
        if (recovered !== undefined) return { value: recovered, attempts: attemptNo };
      }
    }
  }
}

/** The attempt took longer than the policy allows; treated like a dropped connection. */
export class AttemptTimeoutError extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = 'AttemptTimeoutError';
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AttemptTimeoutError(ms)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
