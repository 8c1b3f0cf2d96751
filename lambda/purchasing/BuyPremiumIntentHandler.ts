/**
 * "Buy premium shopper": a `Connections.SendRequest` Buy for the product the slot names,
 * its id looked up by reference name. Already owned (and not a consumable): say so, no
 * directive, so Alexa never runs a purchase flow that can only answer ALREADY_PURCHASED.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames, type PremiumProductRef, PremiumProducts, PurchaseRequestNames } from '../constants';
import { saveShoppingContext } from '../conversation/shoppingContext';
import { isIntent } from '../util/intentMatch';
import { log } from '../util/log';
import { ask, tr } from '../turn/respond';
import { buildBuyDirective } from './directives';
import { loadProducts } from '../entitlements/entitlements';
import { PremiumProductNotFoundError } from './errors';
import { productHintKey } from './productNames';
import { issuePurchaseToken } from './purchaseToken';
import { premiumProductFromSlot } from './premiumSlot';
import { findProduct } from '../entitlements/types';
import type { PurchasingDeps } from './upsell';
import { turnCustomer, turnDeadline } from '../turn/context';

export class BuyPremiumIntentHandler implements RequestHandler {
  constructor(private readonly deps: PurchasingDeps) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.BuyPremium);
  }

  async handle(input: HandlerInput): Promise<Response> {
    const { ref, spoken } = premiumProductFromSlot(input);
    // "upgrade", "subscribe": no product named, and the subscription is the one to offer.
    if (ref === undefined && spoken === undefined) return buyPremium(input, this.deps, PremiumProducts.PremiumShopper);
    return buyPremium(input, this.deps, ref);
  }
}

/** A Buy for `ref`; also where "buy premium shopper" said to a product intent ends up. */
export async function buyPremium(input: HandlerInput, deps: PurchasingDeps, ref: PremiumProductRef | undefined): Promise<Response> {
  if (ref === undefined) throw new PremiumProductNotFoundError(undefined);
  const product = findProduct(await loadProducts(input, deps.entitlements), ref);
  if (product === undefined) throw new PremiumProductNotFoundError(ref);
  if (product.entitled && product.kind !== 'CONSUMABLE') {
    const t = tr(input);
    return ask(input, t('ALREADY_OWNED', { name: product.name, hint: t(productHintKey(ref)) }), t('WHAT_NEXT'));
  }
  const context = await saveShoppingContext(input, deps.persistence, deps.now());
  const token = issuePurchaseToken(
    { request: PurchaseRequestNames.Buy, referenceName: ref, productId: product.productId, pending: undefined, context },
    deps.now(),
    await deps.tokenKey(turnDeadline(input).signal),
    turnCustomer(input).userId,
  );
  log.info('isp_buy', { product: ref });
  return input.responseBuilder.addDirective(buildBuyDirective(product.productId, token)).getResponse();
}
