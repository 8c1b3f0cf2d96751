/**
 * "Cancel premium shopper" / "refund offer insights": a `Connections.SendRequest` Cancel.
 * Whether the customer owns it is Alexa's to answer (NOT_ENTITLED in the Connections.Response):
 * the cancel flow also handles refunds of one-time purchases.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames, PremiumProducts, PurchaseRequestNames } from '../constants';
import { saveShoppingContext } from '../conversation/shoppingContext';
import { isIntent } from '../util/intentMatch';
import { log } from '../util/log';
import { buildCancelDirective } from './directives';
import { loadProducts } from '../entitlements/entitlements';
import { PremiumProductNotFoundError } from './errors';
import { issuePurchaseToken } from './purchaseToken';
import { premiumProductFromSlot } from './premiumSlot';
import { findProduct } from '../entitlements/types';
import type { PurchasingDeps } from './upsell';
import { turnCustomer, turnDeadline } from '../turn/context';

export class RefundPremiumIntentHandler implements RequestHandler {
  constructor(private readonly deps: PurchasingDeps) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.RefundPremium);
  }

  async handle(input: HandlerInput): Promise<Response> {
    const found = premiumProductFromSlot(input);
    // "cancel my subscription", "unsubscribe": the subscription is the only thing to cancel.
    const ref = found.ref ?? (found.spoken === undefined ? PremiumProducts.PremiumShopper : undefined);
    if (ref === undefined) throw new PremiumProductNotFoundError(undefined);
    // The product id is assigned by Amazon per skill: only the Monetization API knows it.
    const product = findProduct(await loadProducts(input, this.deps.entitlements), ref);
    if (product === undefined) throw new PremiumProductNotFoundError(ref);
    const context = await saveShoppingContext(input, this.deps.persistence, this.deps.now());
    const token = issuePurchaseToken(
      { request: PurchaseRequestNames.Cancel, referenceName: ref, productId: product.productId, pending: undefined, context },
      this.deps.now(),
      await this.deps.tokenKey(turnDeadline(input).signal),
      turnCustomer(input).userId,
    );
    log.info('isp_cancel', { product: ref });
    return input.responseBuilder.addDirective(buildCancelDirective(product.productId, token)).getResponse();
  }
}
