/**
 * What an ISP sync costs in SMAPI calls, for test/isp/resilience.test.ts and `npm run bench`
 * (bench/run.ts); not part of the sync itself.
 */
import { applySync } from '../../infra/isp/commands';
import type { SmapiCredentials, SmapiEndpoints } from '../../infra/isp/credentials';
import type { SmapiRetryPolicy } from '../../infra/isp/retry';
import { SmapiIspApi } from '../../infra/isp/smapi';
import type { ProductFile } from '../../infra/isp/types';

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
