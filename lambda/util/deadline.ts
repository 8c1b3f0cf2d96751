/**
 * One budget per turn. Alexa gives a skill about 8 s for a whole response, and the Lambda
 * timeout is 7 s; every upstream call of a turn (DynamoDB, the Monetization API, the Product
 * Search API and its LWA token exchange, Secrets Manager) shares ONE deadline, created when
 * the request arrives, instead of each taking its own timeout. The deadline is an
 * AbortSignal: when it passes, every call still running is aborted (its socket closed), and
 * the turn answers with what it has.
 *
 * Sub-budgets (a launch answers within 3 s; entitlements get at most 2.5 s of the turn) are
 * `capped()` children: they end at the earlier of their own limit and the turn's, and abort
 * when the turn does.
 */
export type Clock = () => number;

/** The whole turn, from the request's arrival: well inside Alexa's 8 s and Lambda's 7 s. */
export const TURN_BUDGET_MS = 6000;
/** Kept back from the turn for building, logging and sending the response. */
export const RESPONSE_MARGIN_MS = 500;
/** A launch must be quick whatever DynamoDB or the catalog do: it answers within this. */
export const LAUNCH_BUDGET_MS = 3000;

export interface TurnBudgets {
  /** The turn's budget from arrival, the response margin already taken off. */
  turnMs: number;
  /** A launch's budget from arrival, the response margin already taken off. */
  launchMs: number;
}

export const DEFAULT_TURN_BUDGETS: TurnBudgets = {
  turnMs: TURN_BUDGET_MS - RESPONSE_MARGIN_MS,
  launchMs: LAUNCH_BUDGET_MS - RESPONSE_MARGIN_MS,
};

/** The reason a deadline's signal carries; callers map it to their own typed error. */
export class DeadlineExceededError extends Error {
  readonly code = 'deadline_exceeded';
  constructor(message = 'the turn deadline passed') {
    super(message);
    this.name = 'DeadlineExceededError';
  }
}

/**
 * The budgets a turn really has: the configured ones, cut to what Lambda still gives the
 * invocation less RESPONSE_MARGIN_MS when the runtime says (`context.getRemainingTimeInMillis()`,
 * AWS Lambda Developer Guide, "Lambda context object in Node.js"). A function deployed with a
 * shorter timeout, or an invocation that started late, still answers before Lambda ends it.
 */
export function budgetsWithin(configured: TurnBudgets, lambdaRemainingMs: number | undefined): TurnBudgets {
  if (lambdaRemainingMs === undefined || !Number.isFinite(lambdaRemainingMs)) return configured;
  const turnMs = Math.max(0, Math.min(configured.turnMs, lambdaRemainingMs - RESPONSE_MARGIN_MS));
  return { turnMs, launchMs: Math.min(configured.launchMs, turnMs) };
}

/**
 * Monotonic milliseconds. Not `performance.now()`: Node's global `performance` is loaded on its
 * first use (perf_hooks and its timing modules, about 1 ms of CPU on a new container's first
 * turn on Node 24, bench/RESULTS.md), and a deadline needs only a monotonic clock.
 */
const defaultClock: Clock = () => Number(process.hrtime.bigint()) / 1e6;

export class Deadline {
  /** Aborts when the deadline passes (or its parent's does). */
  readonly signal: AbortSignal;
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private unlink: (() => void) | undefined;

  private constructor(
    /** When it passes, on `clock`'s scale. */
    readonly at: number,
    private readonly clock: Clock,
    parent?: Deadline,
  ) {
    this.signal = this.controller.signal;
    if (parent !== undefined) {
      if (parent.signal.aborted) {
        this.abort();
        return;
      }
      const onParent = () => this.abort();
      parent.signal.addEventListener('abort', onParent, { once: true });
      this.unlink = () => parent.signal.removeEventListener('abort', onParent);
    }
    this.arm();
  }

  /**
   * Aborts once `clock` says the deadline passed. The timer only says when to look: a clock that
   * has not reached the deadline when it fires (one a test or the corpus moves itself) arms it
   * again for what is left, so the deadline passes on its clock, never on elapsed time alone.
   */
  private arm(): void {
    const ms = this.at - this.clock();
    if (ms <= 0) {
      this.abort();
      return;
    }
    this.timer = setTimeout(() => this.arm(), Math.ceil(ms));
    // A deadline must never keep a process (a test, the simulator) alive on its own.
    this.timer.unref?.();
  }

  static after(ms: number, clock: Clock = defaultClock): Deadline {
    return new Deadline(clock() + Math.max(0, ms), clock);
  }

  /** Milliseconds left; 0 once passed or aborted. */
  remainingMs(): number {
    if (this.signal.aborted) return 0;
    return Math.max(0, this.at - this.clock());
  }

  expired(): boolean {
    return this.remainingMs() <= 0;
  }

  /** How far past the deadline the clock is now (0 before it): what a turn overran by. */
  overrunMs(): number {
    return Math.max(0, this.clock() - this.at);
  }

  /** A child ending at the earlier of this deadline and `ms` from now; aborted with it. */
  capped(ms: number): Deadline {
    return new Deadline(Math.min(this.at, this.clock() + Math.max(0, ms)), this.clock, this);
  }

  /** A child ending `ms` before this deadline (a launch's shorter budget within the turn's). */
  shortened(ms: number): Deadline {
    return new Deadline(this.at - Math.max(0, ms), this.clock, this);
  }

  /** Stops the timer and detaches from the parent: for a sub-budget that finished early. */
  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.unlink?.();
    this.unlink = undefined;
  }

  private abort(): void {
    this.dispose();
    if (!this.controller.signal.aborted) this.controller.abort(new DeadlineExceededError());
  }
}

/**
 * Runs `work` with the deadline's signal and settles no later than the deadline, even when
 * the work ignores the signal: the signal is what closes sockets, the race is what keeps the
 * promise honest. `onExpired` makes the caller's typed error.
 */
export function withDeadline<T>(deadline: Deadline, work: (signal: AbortSignal) => Promise<T>, onExpired: () => Error): Promise<T> {
  if (deadline.signal.aborted) return Promise.reject(onExpired());
  let started: Promise<T>;
  try {
    started = work(deadline.signal);
  } catch (err) {
    return Promise.reject(err);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(onExpired());
    deadline.signal.addEventListener('abort', onAbort, { once: true });
    started.then(
      (value) => {
        deadline.signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        deadline.signal.removeEventListener('abort', onAbort);
        reject(deadline.signal.aborted ? onExpired() : err);
      },
    );
  });
}

/**
 * Whether `work` settles (fulfilled or rejected) within `ms`. Never rejects; the timer is
 * cleared as soon as the answer is known.
 */
export async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([
      work.then(
        () => true,
        () => true,
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Sleeps `ms`, or less when the signal aborts first. The timer keeps the event loop alive, as
 * any awaited wait must: a backoff between retries may be the only thing pending (idle
 * keep-alive sockets do not count), and the Lambda Node.js runtime ends an invocation whose
 * event loop drains without waiting for the handler's promise. The wait is short and the
 * signal cuts it, so it never holds a test or the simulator for long.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted === true) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, Math.max(0, ms));
    signal?.addEventListener('abort', done, { once: true });
  });
}
