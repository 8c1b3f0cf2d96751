/**
 * An embedded Entitlements for tests, with no Monetization emulator:
 * a fixed product list, copied so handlers cannot change it between requests.
 */
import type { Entitlements, EntitlementsFactory } from '../../lambda/entitlements/entitlements';
import type { PremiumProduct } from '../../lambda/entitlements/types';

export class StaticEntitlements implements Entitlements {
  constructor(private readonly list: readonly PremiumProduct[]) {}

  products(): Promise<readonly PremiumProduct[]> {
    return Promise.resolve(this.list.map((p) => ({ ...p })));
  }
}

export function staticEntitlements(list: readonly PremiumProduct[]): EntitlementsFactory {
  return () => new StaticEntitlements(list);
}
