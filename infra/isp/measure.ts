import { applySync } from './commands';
import type { SmapiCredentials, SmapiEndpoints } from './credentials';
import type { SmapiRetryPolicy } from './retry';
import { SmapiIspApi } from './smapi';
import type { ProductFile } from './types';

/** SMAPI calls one apply cost, per operation. */
export interface CallReport {
  readonly total: number;
  readonly writes: number;
  readonly byOperation: Record<string, number>;
  readonly elapsedMs: number;
}

/**
 * Applies `products` twice against an endpoint (an emulator in the benchmark) and reports
 * what each run cost: the first from whatever the account holds, the second the steady
 * state, which must make no write.
 */
export async function measureApplyCalls(options: {
  readonly endpoints: SmapiEndpoints;
  readonly credentials: SmapiCredentials;
  readonly vendorId: string;
  readonly skillId: string;
  readonly products: readonly ProductFile[];
  readonly retry?: Partial<SmapiRetryPolicy>;
}): Promise<{ first: CallReport; second: CallReport }> {
  const once = async (): Promise<CallReport> => {
    const api = new SmapiIspApi({ credentials: options.credentials, endpoints: options.endpoints, ...(options.retry === undefined ? {} : { retry: options.retry }) });
    const started = Date.now();
    await applySync(api, options.products, { vendorId: options.vendorId, skillId: options.skillId, stage: 'development' }, { prune: false });
    return { total: api.counter.total(), writes: api.counter.writes(), byOperation: api.counter.byOperation(), elapsedMs: Date.now() - started };
  };
  const first = await once();
  const second = await once();
  return { first, second };
}
