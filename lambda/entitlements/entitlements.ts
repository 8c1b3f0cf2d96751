/**
 * The `Entitlements` edge: what the customer owns and can buy. Handlers never call the
 * Monetization API themselves; they call `loadProducts(input, deps)`, which
 *  - refuses at once in a locale without in-skill purchasing (no call, no directive),
 *  - fetches at most once per request (memoised in the turn's context), and only when a
 *    handler asks, so free features never wait on (or fail with) the Monetization API,
 *  - lays a purchase Alexa has just confirmed over the fetched list, so the request that
 *    continues after ACCEPTED never upsells the same product again if the service lags.
 */
import { getLocale, type HandlerInput } from 'ask-sdk-core';
import { clearTurnSlot, getTurnSlot, setTurnSlot, turnSlot } from '../turn/context';
import { PurchaseNotSupportedInLocaleError } from './errors';
import { isIspLocale } from './locales';
import type { PremiumProduct } from './types';

export interface Entitlements {
  /** Every in-skill product of the skill with this customer's state, all pages read. */
  products(): Promise<readonly PremiumProduct[]>;
}

/** Builds the Entitlements for one request (the real one reads the request's apiEndpoint). */
export type EntitlementsFactory = (input: HandlerInput) => Entitlements;

const PRODUCTS = turnSlot<Promise<readonly PremiumProduct[]>>('premiumProducts');
/** The in-skill product Alexa confirmed a purchase of this turn. */
const JUST_PURCHASED = turnSlot<string>('justPurchased');

export function loadProducts(input: HandlerInput, factory: EntitlementsFactory): Promise<readonly PremiumProduct[]> {
  const locale = getLocale(input.requestEnvelope);
  if (!isIspLocale(locale)) return Promise.reject(new PurchaseNotSupportedInLocaleError(locale || 'unknown'));
  const cached = getTurnSlot(input, PRODUCTS);
  if (cached !== undefined) return cached;
  const purchased = getTurnSlot(input, JUST_PURCHASED);
  const pending = factory(input)
    .products()
    .then((products) => withJustPurchased(products, purchased));
  setTurnSlot(input, PRODUCTS, pending);
  return pending;
}

/** Called on ACCEPTED before the original request is continued in the same turn. */
export function markJustPurchased(input: HandlerInput, productId: string): void {
  setTurnSlot(input, JUST_PURCHASED, productId);
  // A list fetched earlier in this request predates the purchase.
  clearTurnSlot(input, PRODUCTS);
}

/**
 * Subscriptions and entitlements become owned at once. A consumable's count is left as the
 * service reports it: guessing a count would hand out slots nobody paid for.
 */
export function withJustPurchased(products: readonly PremiumProduct[], productId: string | undefined): readonly PremiumProduct[] {
  if (productId === undefined) return products;
  return products.map((p) =>
    p.productId === productId && p.kind !== 'CONSUMABLE' && !p.entitled ? { ...p, entitled: true, activeEntitlementCount: Math.max(1, p.activeEntitlementCount) } : p,
  );
}
