/**
 * Fault injection for the SMAPI emulator. Shares are decided per request by a seeded PRNG,
 * so a failing test replays the same faults.
 */
import { mulberry32 } from '../../../lambda/util/prng';

export interface FaultOptions {
  /** Share of /v1 requests answered 429 (0..1). */
  readonly throttleShare?: number;
  /** Share answered 500 or 503 (0..1). */
  readonly serverErrorShare?: number;
  /** Share whose connection is dropped before any processing (0..1). */
  readonly dropShare?: number;
  /**
   * Creates that succeed but whose answer is lost (the connection drops after the product is
   * stored). A number = the next N creates.
   */
  readonly loseCreateAnswers?: number;
  /** Seconds sent as Retry-After on 429; no header when unset. */
  readonly retryAfterSeconds?: number;
  readonly seed?: number;
}

export type FaultDecision = 'none' | 'throttle' | 'server-error-500' | 'server-error-503' | 'drop';

export class FaultInjector {
  private options: FaultOptions = {};
  private random: () => number = mulberry32(1);
  private lostCreatesLeft = 0;
  readonly injected: Record<FaultDecision | 'lost-create', number> = {
    none: 0,
    throttle: 0,
    'server-error-500': 0,
    'server-error-503': 0,
    drop: 0,
    'lost-create': 0,
  };

  configure(options: FaultOptions): void {
    this.options = options;
    this.random = mulberry32(options.seed ?? 1);
    this.lostCreatesLeft = options.loseCreateAnswers ?? 0;
  }

  get retryAfterSeconds(): number | undefined {
    return this.options.retryAfterSeconds;
  }

  decide(): FaultDecision {
    const roll = this.random();
    const throttle = this.options.throttleShare ?? 0;
    const server = this.options.serverErrorShare ?? 0;
    const drop = this.options.dropShare ?? 0;
    let decision: FaultDecision = 'none';
    if (roll < throttle) decision = 'throttle';
    else if (roll < throttle + server) decision = this.random() < 0.5 ? 'server-error-500' : 'server-error-503';
    else if (roll < throttle + server + drop) decision = 'drop';
    this.injected[decision] += 1;
    return decision;
  }

  /** True when this create's answer must be lost (after the product is stored). */
  takeLostCreate(): boolean {
    if (this.lostCreatesLeft <= 0) return false;
    this.lostCreatesLeft -= 1;
    this.injected['lost-create'] += 1;
    return true;
  }
}
