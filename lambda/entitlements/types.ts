/**
 * An in-skill product as the skill sees it: the Monetization API's record with its enums
 * already decided. Unknown values never count in the customer's favour: an
 * unknown enum value reads as NOT_ENTITLED / NOT_PURCHASABLE (Alexa Skills Kit In-Skill
 * Purchasing API reference, Get all in-skill products).
 */
export type ProductKind = 'SUBSCRIPTION' | 'ENTITLEMENT' | 'CONSUMABLE' | 'UNKNOWN';

export interface PremiumProduct {
  productId: string;
  referenceName: string;
  /** Localised name from the Monetization API (Accept-Language). */
  name: string;
  summary: string;
  kind: ProductKind;
  entitled: boolean;
  purchasable: boolean;
  /** Active purchases: 0 or 1 for subscriptions and entitlements, 0..n for consumables. */
  activeEntitlementCount: number;
}

export function findProduct(products: readonly PremiumProduct[], referenceName: string): PremiumProduct | undefined {
  return products.find((p) => p.referenceName === referenceName);
}
