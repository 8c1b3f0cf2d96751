/**
 * The premium gate every premium handler calls first. Entitled: the handler goes on with the
 * product list (no second lookup). Not entitled: the answer is an Upsell that remembers the
 * request, or, when nothing can be bought, an honest refusal. A Monetization failure raises
 * EntitlementLookupError and a locale without ISP raises PurchaseNotSupportedInLocaleError;
 * SkillErrorHandler speaks both, and no ISP directive is ever sent for them.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { ListedProduct } from '../session';
import { ask, tr } from '../turn/respond';
import { loadProducts } from '../entitlements/entitlements';
import { isUnlocked, type PremiumFeature, productToOffer } from './features';
import type { PendingPremiumRequest } from './pending';
import type { PremiumProduct } from '../entitlements/types';
import { type PurchasingDeps, upsellResponse } from './upsell';

export type GateResult = { granted: true; products: readonly PremiumProduct[] } | { granted: false; response: Response };

/**
 * @param product the product the request is about, kept so an accepted upsell continues
 * with it even if the purchase flow comes back in a new session.
 */
export async function requirePremium(input: HandlerInput, deps: PurchasingDeps, feature: PremiumFeature, product?: ListedProduct): Promise<GateResult> {
  const products = await loadProducts(input, deps.entitlements);
  if (isUnlocked(feature, products)) return { granted: true, products };
  const offer = productToOffer(feature.offer, products);
  if (offer === undefined) {
    const t = tr(input);
    return { granted: false, response: ask(input, t('PREMIUM_NOT_PURCHASABLE', { feature: t(feature.nameKey) }), t('PREMIUM_FREE_REPROMPT')) };
  }
  const pending: PendingPremiumRequest = product === undefined ? { intent: feature.intent } : { intent: feature.intent, product };
  return { granted: false, response: await upsellResponse(input, deps, offer, feature.upsellMessageKey, pending) };
}
