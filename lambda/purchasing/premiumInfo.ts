/**
 * "What do I get with premium", "what does premium include": the in-skill product's own
 * summary, as the Monetization API returns it in the request's locale. The price is never
 * quoted here: Alexa states it in the purchase flow ("how much is premium" starts a Buy).
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { PremiumProductRef } from '../constants';
import type { Translator } from '../i18n';
import type { PremiumProduct } from '../entitlements/types';
import { understoodThisTurn } from '../understanding/turn';
import { productHintKey } from './productNames';
import { premiumProductFromSlot } from './premiumSlot';

/** The premium product the customer asked about: understood words first, else the intent's slot. */
export function premiumAskedAbout(input: HandlerInput): PremiumProductRef | undefined {
  const understood = understoodThisTurn(input);
  if (understood?.kind === 'premium-info') return understood.product === 'any' ? undefined : understood.product;
  return premiumProductFromSlot(input).ref;
}

/** What the product gives, from its summary; owned, what to say to use it. Undefined without a summary. */
export function premiumInfoSpeech(t: Translator, product: PremiumProduct, ref: PremiumProductRef): string | undefined {
  const summary = product.summary.trim();
  if (summary === '') return undefined;
  // A consumable can be bought again while owned: the price is still worth hearing.
  if (product.entitled && product.kind !== 'CONSUMABLE') return t('PREMIUM_INFO_OWNED', { name: product.name, summary, hint: t(productHintKey(ref)) });
  return t('PREMIUM_INFO', { name: product.name, summary });
}
