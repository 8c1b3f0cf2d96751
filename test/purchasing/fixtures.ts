/**
 * Ready-made entitlements for tests that are not about purchasing (catalog conversations,
 * the simulator): a customer who owns every premium product, or none.
 */
import { PremiumProducts } from '../../lambda/constants';
import type { EntitlementsFactory } from '../../lambda/entitlements/entitlements';
import { staticEntitlements } from '../support/staticEntitlements';
import type { PremiumProduct } from '../../lambda/entitlements/types';

const CATALOG: readonly Omit<PremiumProduct, 'entitled' | 'activeEntitlementCount'>[] = [
  { productId: 'amzn1.adg.product.premium-shopper', referenceName: PremiumProducts.PremiumShopper, name: 'Premium Shopper', summary: '', kind: 'SUBSCRIPTION', purchasable: true },
  { productId: 'amzn1.adg.product.offer-insights', referenceName: PremiumProducts.OfferInsights, name: 'Offer Insights', summary: '', kind: 'ENTITLEMENT', purchasable: true },
  { productId: 'amzn1.adg.product.watch-slots', referenceName: PremiumProducts.WatchSlots, name: 'Price Watch Slots', summary: '', kind: 'CONSUMABLE', purchasable: true },
];

export function entitledToEverything(consumableUnits = 1): EntitlementsFactory {
  return staticEntitlements(CATALOG.map((p) => ({ ...p, entitled: true, activeEntitlementCount: p.kind === 'CONSUMABLE' ? consumableUnits : 1 })));
}

export function entitledToNothing(): EntitlementsFactory {
  return staticEntitlements(CATALOG.map((p) => ({ ...p, entitled: false, activeEntitlementCount: 0 })));
}
