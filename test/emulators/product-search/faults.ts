/**
 * Fault injection for the Product Search emulator, decided per request by a seeded PRNG so a
 * failing test replays the same faults.
 */
import { mulberry32 } from '../../../lambda/util/prng';

export interface ProductSearchFaults {
  /** Share of requests (0..1) answered with one of `errorStatuses`. */
  errorShare?: number;
  /** @default [429, 500, 503] */
  errorStatuses?: number[];
  /** Share of requests (0..1) answered 200 with a body that is not JSON. */
  malformedShare?: number;
  /** Every answer waits this long. */
  delayMs?: number;
  /** Requests are never answered (the connection stays open until the emulator closes). */
  hang?: boolean;
  /** Forces this status (with the reference's ErrorResponse) on every request. */
  forceStatus?: { status: number; code: string };
  seed?: number;
}

export type FaultDecision = { kind: 'none' } | { kind: 'error'; status: number; code: string } | { kind: 'malformed' } | { kind: 'hang' };

const CODE_FOR_STATUS: Record<number, string> = { 429: 'REQUEST_RATE_LIMIT_EXCEEDED', 500: 'SERVICE_ERROR', 503: 'SERVICE_ERROR' };

export class FaultPlan {
  private random: () => number = mulberry32(1);
  readonly injected: Record<string, number> = {};

  constructor(private faults: ProductSearchFaults = {}) {
    this.configure(faults);
  }

  configure(faults: ProductSearchFaults): void {
    this.faults = faults;
    this.random = mulberry32(faults.seed ?? 1);
  }

  get delayMs(): number {
    return this.faults.delayMs ?? 0;
  }

  decide(): FaultDecision {
    const decision = this.pick();
    const key = decision.kind === 'error' ? String(decision.status) : decision.kind;
    this.injected[key] = (this.injected[key] ?? 0) + 1;
    return decision;
  }

  private pick(): FaultDecision {
    if (this.faults.hang === true) return { kind: 'hang' };
    if (this.faults.forceStatus !== undefined) return { kind: 'error', ...this.faults.forceStatus };
    const roll = this.random();
    const errorShare = this.faults.errorShare ?? 0;
    if (roll < errorShare) {
      const statuses = this.faults.errorStatuses ?? [429, 500, 503];
      const status = statuses[Math.floor(this.random() * statuses.length)] ?? 500;
      return { kind: 'error', status, code: CODE_FOR_STATUS[status] ?? 'SERVICE_ERROR' };
    }
    if (roll < errorShare + (this.faults.malformedShare ?? 0)) return { kind: 'malformed' };
    return { kind: 'none' };
  }
}
