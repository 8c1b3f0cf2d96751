import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { RoutedHandler } from '../routing/router';
import { understoodThisTurn } from '../understanding/turn';
import { buyPremium } from './BuyPremiumIntentHandler';
import type { PurchasingDeps } from './upsell';
import { WhatCanIBuyIntentHandler } from './WhatCanIBuyIntentHandler';

/**
 * Premium words where a product belongs ("buy premium shopper", "I want an upgrade"): the
 * premium flow, never a product search for "premium shopper".
 */
export class PremiumWordsHandler implements RoutedHandler {
  constructor(private readonly deps: PurchasingDeps) {}

  handle(input: HandlerInput): Promise<Response> | Response {
    const understood = understoodThisTurn(input);
    const product = understood?.kind === 'premium' ? understood.product : 'any';
    if (product === 'any') return new WhatCanIBuyIntentHandler(this.deps).handle(input);
    return buyPremium(input, this.deps, product);
  }
}
