/**
 * A client-side token bucket: the same shape as the usage plan Amazon Business applies to each
 * operation ("Rate limits in Amazon Business APIs": a rate in requests a second that refills a
 * bucket of `burst` requests). A caller takes a token before it calls; when none is left it
 * waits for the next one, but only while the deadline leaves room for the call itself, so a
 * container spends its time waiting for a token instead of spending the plan on 429s.
 *
 * Waiting callers reserve their token (the level may go below zero): the first to ask is the
 * first served, and a burst of callers is spread one interval apart. A caller whose deadline
 * cuts the wait short gives its token back.
 */
import { type Deadline, sleep } from './deadline';

export interface UsagePlan {
  /** Tokens added each second (x-amzn-RateLimit-Limit). */
  readonly ratePerSecond: number;
  /** Tokens the bucket holds at most: the calls that may go at once after a quiet spell. */
  readonly burst: number;
}

export class TokenBucket {
  private tokens: number;
  private updatedAt: number;
  private rate: number;
  private readonly burst: number;

  constructor(
    plan: UsagePlan,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.rate = plan.ratePerSecond;
    this.burst = Math.max(1, plan.burst);
    this.tokens = this.burst;
    this.updatedAt = now();
  }

  /** The rate in force (requests a second). */
  get ratePerSecond(): number {
    return this.rate;
  }

  /** Adopts the rate the API announced; the level so far is kept. */
  setRate(ratePerSecond: number): void {
    if (!Number.isFinite(ratePerSecond) || ratePerSecond <= 0 || ratePerSecond === this.rate) return;
    this.refill();
    this.rate = ratePerSecond;
  }

  /**
   * Milliseconds until a token would be this caller's, if it asked now (0: one is there).
   */
  waitMs(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) / this.rate) * 1000);
  }

  /**
   * Takes a token, waiting for it when the deadline leaves `reserveMs` after the wait. Resolves
   * true with the token taken, false without it (the wait would not fit, or the deadline
   * passed while waiting): the caller must not call.
   */
  async take(deadline: Deadline, reserveMs = 0): Promise<boolean> {
    const wait = this.waitMs();
    if (wait > 0 && wait + reserveMs > deadline.remainingMs()) return false;
    this.tokens -= 1;
    if (wait === 0) return true;
    await sleep(wait, deadline.signal);
    if (deadline.expired()) {
      this.tokens += 1;
      return false;
    }
    return true;
  }

  private refill(): void {
    const now = this.now();
    const elapsed = Math.max(0, now - this.updatedAt);
    this.updatedAt = now;
    this.tokens = Math.min(this.burst, this.tokens + (elapsed / 1000) * this.rate);
  }
}

/** One bucket per operation, as the plans are per operation; all start from `plan`. */
export class RateLimiter {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly plan: UsagePlan,
    private readonly now: () => number = () => Date.now(),
  ) {}

  bucket(operation: string): TokenBucket {
    let bucket = this.buckets.get(operation);
    if (bucket === undefined) {
      bucket = new TokenBucket(this.plan, this.now);
      this.buckets.set(operation, bucket);
    }
    return bucket;
  }
}
