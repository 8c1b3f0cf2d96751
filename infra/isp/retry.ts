/**
 * The SMAPI calls' retry loop: the project's full-jitter backoff (lambda/util/retry.ts), bounded
 * by attempts and by total elapsed time. ask-smapi-sdk retries nothing itself; the SMAPI
 * In-Skill Product Management API reference asks for exponential back-off on 429 and 500, and
 * 503 means "overloaded".
 */
import { Deadline, sleep, withDeadline } from '../../lambda/util/deadline';
import { type BackoffPolicy, backoffDelayMs } from '../../lambda/util/retry';

export interface SmapiRetryPolicy extends BackoffPolicy {
  /** No new attempt starts after this much time since the first. */
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

export interface RetryClock {
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  /** A number in [0, 1). */
  readonly random: () => number;
}

export const SYSTEM_CLOCK: RetryClock = {
  now: () => Date.now(),
  sleep: (ms) => sleep(ms),
  random: () => Math.random(),
};

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
  policy: SmapiRetryPolicy,
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
      // Retry number attemptNo follows attempt attemptNo; a Retry-After never stretches a wait past maxDelayMs.
      const delayMs = Math.min(policy.maxDelayMs, backoffDelayMs(attemptNo, policy, clock.random(), { retryAfterMs: failure.retryAfterMs }));
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

/** The project's one deadline helper (lambda/util/deadline.ts), with this tool's own error. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  const deadline = Deadline.after(ms);
  return withDeadline(deadline, () => promise, () => new AttemptTimeoutError(ms)).finally(() => deadline.dispose());
}
