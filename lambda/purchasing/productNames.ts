/**
 * Message keys for each product's name and "what next" hint, for answers that do not fetch
 * the product list (a Connections.Response names the product from its signed token).
 */
import { type PremiumProductRef, PremiumProducts } from '../constants';
import type { MessageKey } from '../i18n';

const NAME_KEYS: Record<PremiumProductRef, MessageKey> = {
  [PremiumProducts.PremiumShopper]: 'NAME_PREMIUM_SHOPPER',
  [PremiumProducts.OfferInsights]: 'NAME_OFFER_INSIGHTS',
  [PremiumProducts.WatchSlots]: 'NAME_WATCH_SLOTS',
};

const HINT_KEYS: Record<PremiumProductRef, MessageKey> = {
  [PremiumProducts.PremiumShopper]: 'HINT_PREMIUM_SHOPPER',
  [PremiumProducts.OfferInsights]: 'HINT_OFFER_INSIGHTS',
  [PremiumProducts.WatchSlots]: 'HINT_WATCH_SLOTS',
};

export function productNameKey(ref: PremiumProductRef | undefined): MessageKey {
  return ref === undefined ? 'NAME_UNKNOWN_PRODUCT' : NAME_KEYS[ref];
}

export function productHintKey(ref: PremiumProductRef | undefined): MessageKey {
  return ref === undefined ? 'HINT_UNKNOWN_PRODUCT' : HINT_KEYS[ref];
}
