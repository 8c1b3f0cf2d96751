import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { RoutedHandler } from '../routing/router';
import { PremiumProducts } from '../constants';
import { understoodThisTurn } from '../understanding/turn';
import { buyPremium } from './BuyPremiumIntentHandler';
import type { PurchasingDeps } from './upsell';
import { WhatCanIBuyIntentHandler } from './WhatCanIBuyIntentHandler';

/**
 * Premium words where a product belongs ("buy premium shopper", "I need the upgrade"): the
 * premium flow, never a product search for "premium shopper". Asked for without a product
 * named ("the upgrade", "a membership"), the subscription is the one offered, as
 * BuyPremiumIntent does for "upgrade"; anything else names what can be bought.
 */
export class PremiumWordsHandler implements RoutedHandler {
  constructor(private readonly deps: PurchasingDeps) {}

  handle(input: HandlerInput): Promise<Response> | Response {
    const understood = understoodThisTurn(input);
    if (understood?.kind !== 'premium') return new WhatCanIBuyIntentHandler(this.deps).handle(input);
    return buyPremium(input, this.deps, understood.product === 'any' ? PremiumProducts.PremiumShopper : understood.product);
  }
}
