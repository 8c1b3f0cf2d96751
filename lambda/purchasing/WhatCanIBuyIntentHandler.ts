/**
 * "What can I buy?": the products the customer can still buy, by name, and one offered.
 * "What do I get with premium?": that product's own summary, and the stage's question (a list
 * the customer is in stays).
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames } from '../constants';
import { isIntent } from '../util/intentMatch';
import { ask, tr } from '../turn/respond';
import { spokenList } from '../i18n/spoken';
import { loadProducts } from '../entitlements/entitlements';
import { findProduct, type PremiumProduct } from '../entitlements/types';
import { answerWithStageQuestion } from '../conversation/stageQuestion';
import { premiumAskedAbout, premiumInfoSpeech } from './premiumInfo';
import type { PurchasingDeps } from './upsell';

/** Subscriptions first: the one that unlocks the most is the one worth offering. */
const KIND_ORDER: Record<PremiumProduct['kind'], number> = { SUBSCRIPTION: 0, ENTITLEMENT: 1, CONSUMABLE: 2, UNKNOWN: 3 };

/** Purchasable and not owned; a consumable can be bought again while owned. */
export function buyableProducts(products: readonly PremiumProduct[]): PremiumProduct[] {
  return products.filter((p) => p.purchasable && p.kind !== 'UNKNOWN' && (p.kind === 'CONSUMABLE' || !p.entitled)).sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

export class WhatCanIBuyIntentHandler implements RequestHandler {
  constructor(private readonly deps: PurchasingDeps) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.WhatCanIBuy);
  }

  async handle(input: HandlerInput): Promise<Response> {
    const t = tr(input);
    const products = await loadProducts(input, this.deps.entitlements);
    const asked = premiumAskedAbout(input);
    const product = asked === undefined ? undefined : findProduct(products, asked);
    const about = product === undefined || asked === undefined ? undefined : premiumInfoSpeech(t, product, asked);
    if (about !== undefined) return answerWithStageQuestion(input, about);
    const buyable = buyableProducts(products);
    const [first] = buyable;
    if (first === undefined) return ask(input, t('NOTHING_TO_BUY'), t('PREMIUM_FREE_REPROMPT'));
    // Names come from the Monetization API (localised, raw text): the translator escapes the list.
    const list = spokenList(
      t,
      buyable.map((p) => p.name),
    );
    return ask(input, t('WHAT_CAN_I_BUY', { list, summary: first.summary, first: first.name }), t('WHAT_CAN_I_BUY_REPROMPT', { first: first.name }));
  }
}
