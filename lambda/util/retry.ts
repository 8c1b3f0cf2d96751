/**
 * The project's one retry policy, for every client that retries: the Product Search API and
 * its LWA token exchange (lambda/catalog/), the AWS JSON client (DynamoDB, Secrets Manager),
 * the customer state's version-conflict loop and the deploy-time SMAPI client (infra/isp/).
 *
 * - **Attempts**: `policy.maxAttempts` in all, the first included.
 * - **Backoff**: exponential with full jitter (a random wait between 0 and the capped
 *   exponential, as in the AWS Architecture Blog's "Exponential Backoff and Jitter"), never
 *   shorter than what the server announced (Retry-After, x-amzn-RateLimit-Limit): waiting less
 *   than the server asked only earns another refusal. Retries are numbered from 1 (the first
 *   retry follows attempt 1).
 * - **What retries** (`isTransient`): HTTP 429 and the throttling error codes; 500, 502, 503
 *   and 504, which the Product Search API, SMAPI and AWS references document as transient (or a
 *   gateway returns for the same passing causes); a connection that failed or was reset; an
 *   attempt that ran out of its own time; an answer the caller marks `retryable` (a 2xx whose
 *   body is not what the operation returns). Never 501 (the server will not ever do it), never
 *   another 4xx (the request itself is wrong, or the credentials are), never an abort.
 * - **The turn's signal**: no attempt starts once it has aborted, a wait is cut short by it, and
 *   a retry is not made at all when its wait (plus `policy.minAttemptMs`) would not end before
 *   the time left (`remainingMs`): the last failure is thrown at once instead of sleeping into
 *   the deadline. On abort the call rejects with the signal's reason.
 */
import { Deadline, sleep, withDeadline } from './deadline';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** Ceiling of the first retry's wait; each retry doubles it. */
  readonly baseDelayMs: number;
  /** The ceiling never grows past this (a server's announced floor may). */
  readonly maxDelayMs: number;
  /** No retry starts with less than this left after its wait: it could not finish. @default 0 */
  readonly minAttemptMs?: number;
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
export function backoffDelayMs(retry: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>, random: number, floor: BackoffFloor = {}): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  const jittered = Math.floor(random * ceiling);
  const rate = floor.rateLimitPerSecond;
  const spacing = rate !== undefined && rate > 0 ? 1000 / rate : 0;
  return Math.max(jittered, spacing, floor.retryAfterMs ?? 0);
}

/** HTTP statuses worth another attempt. 501 Not Implemented is a 5xx that never changes. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/**
 * Error codes that mean "slow down", whatever the status: DynamoDB answers throttling with a
 * 400 (DynamoDB API reference, "Common errors"; AWS SDK's throttling error codes).
 */
export const THROTTLING_CODES: ReadonlySet<string> = new Set([
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
]);

/** Node.js network error codes of a connection that failed, was reset or hung up. */
export const NETWORK_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** One attempt ran out of its own time (not the turn's): retried like a dropped connection. */
export class AttemptTimeoutError extends Error {
  override readonly name = 'AttemptTimeoutError';
  readonly retryable = true;
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
  }
}

function field(error: object, name: string): unknown {
  return (error as Record<string, unknown>)[name];
}

/**
 * Whether another attempt may succeed where this one failed: the rule of the module comment,
 * read from the error's fields (`status` or `statusCode`; `code` or `type`; `retryable`), so
 * every client's errors are judged alike without this module knowing their classes.
 */
export function isTransient(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = field(error, 'code');
  const type = field(error, 'type');
  if ((typeof code === 'string' && THROTTLING_CODES.has(code)) || (typeof type === 'string' && THROTTLING_CODES.has(type))) return true;
  const status = field(error, 'status') ?? field(error, 'statusCode');
  if (typeof status === 'number') return RETRYABLE_STATUSES.has(status);
  if (typeof code === 'string' && NETWORK_ERROR_CODES.has(code)) return true;
  return field(error, 'retryable') === true;
}

/** The server's pacing carried by an error (`retryAfterMs`, `rateLimitPerSecond` fields). */
export function backoffFloorOf(error: unknown): BackoffFloor {
  if (typeof error !== 'object' || error === null) return {};
  const retryAfterMs = field(error, 'retryAfterMs');
  const rateLimitPerSecond = field(error, 'rateLimitPerSecond');
  return {
    ...(typeof retryAfterMs === 'number' ? { retryAfterMs } : {}),
    ...(typeof rateLimitPerSecond === 'number' ? { rateLimitPerSecond } : {}),
  };
}

export interface RetryVerdict {
  readonly retryable: boolean;
  readonly floor?: BackoffFloor;
}

/** The default judgement: `isTransient`, with the floor the error carries. */
export function transientVerdict(error: unknown): RetryVerdict {
  return { retryable: isTransient(error), floor: backoffFloorOf(error) };
}

export interface FailedAttempt {
  /** The attempt that failed, from 1. */
  readonly attempt: number;
  readonly error: unknown;
  /** The wait before the next attempt; undefined when there will be none. */
  readonly retryInMs: number | undefined;
}

export interface RetryOptions<T> {
  readonly policy: RetryPolicy;
  /** The turn's deadline (or the run's): see the module comment. */
  readonly signal?: AbortSignal | undefined;
  /** Time left before `signal` aborts, when known (a Deadline's `remainingMs`). */
  readonly remainingMs?: (() => number) | undefined;
  /** Each attempt is abandoned after this long with an AttemptTimeoutError, even if it ignores its signal. */
  readonly attemptTimeoutMs?: number | undefined;
  /** Which failures retry. @default transientVerdict; a caller narrows it, never widens it past the rule above */
  readonly classify?: (error: unknown) => RetryVerdict;
  /** A number in [0, 1). @default Math.random */
  readonly random?: () => number;
  /** Every retryable failure, before the wait (logging). */
  readonly onFailure?: (failure: FailedAttempt) => void;
  /**
   * Runs after a wait, before the next attempt; a defined result ends the call with it. For an
   * operation whose answer was lost after it worked (a create found by listing).
   */
  readonly recover?: () => Promise<T | undefined>;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  // An aborted signal always has a reason: abort() without one gives a DOMException AbortError.
  if (signal?.aborted === true) throw signal.reason;
}

async function runAttempt<T>(attempt: (signal: AbortSignal | undefined, number: number) => Promise<T>, number: number, options: RetryOptions<T>): Promise<T> {
  const timeoutMs = options.attemptTimeoutMs;
  if (timeoutMs === undefined) return attempt(options.signal, number);
  const own = Deadline.after(timeoutMs);
  const signal = options.signal === undefined ? own.signal : AbortSignal.any([options.signal, own.signal]);
  try {
    return await withDeadline(
      own,
      () => attempt(signal, number),
      () => new AttemptTimeoutError(timeoutMs),
    );
  } finally {
    own.dispose();
  }
}

/**
 * Runs `attempt` until it succeeds, fails for good (thrown as is), or the policy or the signal
 * ends it (the last failure, or the signal's reason, is thrown). `attempt` gets the signal to
 * pass to its request (the turn's, or the attempt's own when `attemptTimeoutMs` is set) and
 * its number, from 1.
 */
export async function retry<T>(attempt: (signal: AbortSignal | undefined, number: number) => Promise<T>, options: RetryOptions<T>): Promise<T> {
  const { policy, signal } = options;
  const classify = options.classify ?? transientVerdict;
  const random = options.random ?? Math.random;
  for (let number = 1; ; number += 1) {
    throwIfAborted(signal);
    let verdict: RetryVerdict;
    let failure: unknown;
    try {
      return await runAttempt(attempt, number, options);
    } catch (error) {
      throwIfAborted(signal);
      verdict = classify(error);
      failure = error;
    }
    if (!verdict.retryable) throw failure;
    const delay = backoffDelayMs(number, policy, random(), verdict.floor);
    const fits = options.remainingMs === undefined || options.remainingMs() > delay + (policy.minAttemptMs ?? 0);
    const again = number < policy.maxAttempts && fits;
    options.onFailure?.({ attempt: number, error: failure, retryInMs: again ? delay : undefined });
    if (!again) throw failure;
    if (delay > 0) await sleep(delay, signal);
    throwIfAborted(signal);
    if (options.recover !== undefined) {
      const recovered = await options.recover();
      if (recovered !== undefined) return recovered;
    }
  }
}

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
