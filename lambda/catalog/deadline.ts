/**
 * A point in time every upstream call of a turn must finish by. Alexa gives a skill about
 * 8 s for a whole response (FIELD-GUIDE.md); the catalog keeps well inside that so the turn
 * can still say something honest when the upstream hangs.
 */

/** Default budget for one catalog call: the whole turn must answer within 6 s. */
export const DEFAULT_CATALOG_BUDGET_MS = 4500;

export class Deadline {
  private constructor(
    readonly at: number,
    private readonly clock: () => number,
  ) {}

  static after(ms: number, clock: () => number = () => performance.now()): Deadline {
    return new Deadline(clock() + ms, clock);
  }

  remainingMs(): number {
    return Math.max(0, this.at - this.clock());
  }

  expired(): boolean {
    return this.remainingMs() <= 0;
  }

  /** The earlier of this deadline and one `ms` from now. */
  capped(ms: number): Deadline {
    const other = this.clock() + ms;
    return other < this.at ? new Deadline(other, this.clock) : this;
  }

  /** An AbortSignal that fires when the deadline passes. */
  signal(): AbortSignal {
    return AbortSignal.timeout(Math.max(1, Math.ceil(this.remainingMs())));
  }
}

/** Sleeps `ms`, or less when the signal aborts first. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, Math.max(0, ms));
    timer.unref?.();
  });
}
