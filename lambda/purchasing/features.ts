/**
 * Which product unlocks which premium feature, and which product to offer when the customer
 * has none of them. The single table handlers and the gate read; the ISP files'
 * descriptions promise exactly this (skill-package/isps/*).
 */
import { type IntentName, IntentNames, type PremiumProductRef, PremiumProducts } from '../constants';
import type { MessageKey } from '../i18n';
import type { PremiumProduct } from '../entitlements/types';

export interface PremiumFeature {
  /** For logs and metrics. */
  readonly name: string;
  /** The intent that asks for the feature: continued after an accepted upsell. */
  readonly intent: IntentName;
  /** Owning any one of these unlocks the feature. */
  readonly unlockedBy: readonly PremiumProductRef[];
  /** What to offer, in order of preference: the first one the customer can buy. */
  readonly offer: readonly PremiumProductRef[];
  /** How the feature is named in a sentence ("Comparing offers is a premium feature"). */
  readonly nameKey: MessageKey;
  /** One sentence that says what the feature does: the Upsell's `upsellMessage`. */
  readonly upsellMessageKey: MessageKey;
}

export const PremiumFeatures = {
  CompareOffers: {
    name: 'compare-offers',
    intent: IntentNames.CompareOffers,
    unlockedBy: [PremiumProducts.PremiumShopper, PremiumProducts.OfferInsights],
    // The one-time purchase first: it is the smaller step for a customer who asked for one thing.
    offer: [PremiumProducts.OfferInsights, PremiumProducts.PremiumShopper],
    nameKey: 'FEATURE_COMPARE_OFFERS',
    upsellMessageKey: 'UPSELL_COMPARE_OFFERS',
  },
  PriceWatch: {
    name: 'price-watch',
    intent: IntentNames.WatchPrice,
    unlockedBy: [PremiumProducts.PremiumShopper],
    offer: [PremiumProducts.PremiumShopper],
    nameKey: 'FEATURE_PRICE_WATCH',
    upsellMessageKey: 'UPSELL_PRICE_WATCH',
  },
} as const satisfies Record<string, PremiumFeature>;

export function isUnlocked(feature: PremiumFeature, products: readonly PremiumProduct[]): boolean {
  return products.some((p) => p.entitled && (feature.unlockedBy as readonly string[]).includes(p.referenceName));
}

/** The product to upsell: purchasable and not already owned (consumables can always be bought again). */
export function productToOffer(refs: readonly string[], products: readonly PremiumProduct[]): PremiumProduct | undefined {
  for (const ref of refs) {
    const product = products.find((p) => p.referenceName === ref);
    if (product?.purchasable && (product.kind === 'CONSUMABLE' || !product.entitled)) return product;
  }
  return undefined;
}

/** Maps a PremiumProductType slot id (the reference name) to a known product reference. */
export function premiumProductRef(value: string | undefined): PremiumProductRef | undefined {
  const refs: readonly string[] = Object.values(PremiumProducts);
  return value !== undefined && refs.includes(value) ? (value as PremiumProductRef) : undefined;
}
