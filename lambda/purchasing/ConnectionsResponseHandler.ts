/**
 * The answer to Buy, Upsell and Cancel. Every answer keeps the conversation going with a
 * reprompt. After an accepted (or already owned) upsell the original request is continued
 * in this same turn: the feature the customer asked for (compare offers, watch price) is
 * called with the product it was about, so the customer does not have to ask twice.
 */
import { getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { interfaces, Response } from 'ask-sdk-model';
import { compareOffers } from '../browsing/offers';
import { IntentNames, type PremiumProductRef, PurchaseRequestNames, RequestTypes } from '../constants';
import type { SkillDependencies } from '../dependencies';
import type { MessageKey } from '../i18n';
import { chooseProduct, getShoppingState, type ListedProduct, setShoppingState } from '../session';
import { log } from '../util/log';
import { restoreShoppingContext } from '../conversation/shoppingContext';
import { markStage } from '../conversation/stage';
import { ask, tr } from '../turn/respond';
import { markJustPurchased } from '../entitlements/entitlements';
import { PremiumFeatures } from './features';
import type { PendingPremiumRequest } from './pending';
import { productHintKey, productNameKey } from './productNames';
import { decidePurchase, type PurchaseDecision, readPurchaseResponse } from './purchaseResponse';
import { PURCHASE_TOKEN_MAX_AGE_SECONDS, readPurchaseToken } from './purchaseToken';
import { useToken } from '../persistence/usedTokens';
import type { PurchasingDeps } from './upsell';
import { watchPrice } from './WatchPriceIntentHandler';
import { turnCustomer, turnDeadline } from '../turn/context';

const SPEECH: Record<Exclude<PurchaseDecision, 'continue'>, MessageKey> = {
  unreachable: 'PURCHASE_UNREACHABLE',
  accepted: 'PURCHASE_ACCEPTED',
  'already-owned': 'ALREADY_OWNED',
  declined: 'PURCHASE_DECLINED',
  'upsell-declined': 'UPSELL_DECLINED',
  error: 'PURCHASE_ERROR',
  'cancel-accepted': 'CANCEL_ACCEPTED',
  'cancel-declined': 'CANCEL_DECLINED',
  'cancel-not-entitled': 'CANCEL_NOT_ENTITLED',
  'cancel-error': 'CANCEL_ERROR',
};

export class ConnectionsResponseHandler implements RequestHandler {
  constructor(private readonly deps: PurchasingDeps & Pick<SkillDependencies, 'catalog'>) {}

  canHandle(input: HandlerInput): boolean {
    if (getRequestType(input.requestEnvelope) !== RequestTypes.ConnectionsResponse) return false;
    const name = (input.requestEnvelope.request as interfaces.connections.ConnectionsResponse).name;
    // Other connections (none today) are not purchases; a missing name is checked by token.
    return name === undefined || (Object.values(PurchaseRequestNames) as string[]).includes(name);
  }

  async handle(input: HandlerInput): Promise<Response> {
    const parts = readPurchaseResponse(input.requestEnvelope.request as interfaces.connections.ConnectionsResponse);
    const now = this.deps.now();
    const read = readPurchaseToken(parts.token, await this.deps.tokenKey(turnDeadline(input).signal), now, turnCustomer(input).userId);
    // Single-use: a token already acted on is refused like one that does not verify, so a
    // replayed response continues nothing.
    const replayed =
      read.ok && parts.token !== undefined && (await useToken(input, this.deps.persistence, parts.token, now + PURCHASE_TOKEN_MAX_AGE_SECONDS * 1000, now)) === 'replayed';
    const verified = replayed ? ({ ok: false, reason: 'replayed' } as const) : read;
    if (!verified.ok) log.warn('purchase_token_rejected', { reason: verified.reason });
    // A response about another product than the signed token names is not this token's: it
    // names nothing and continues nothing. Without a productId it is only spoken about;
    // continuing a request (acting on a purchase) needs the product confirmed.
    const mismatch = verified.ok && parts.productId !== undefined && parts.productId !== verified.record.productId;
    if (mismatch) log.warn('purchase_product_mismatch', { product: verified.record.referenceName });
    const record = verified.ok && !mismatch ? verified.record : undefined;
    const confirmed = record !== undefined && parts.productId === record.productId;
    const name = parts.name ?? record?.request;
    // Only an Upsell continues a request, and only from the signed token: session attributes
    // are not signed, so a forged session copy continues nothing.
    const pending = name === PurchaseRequestNames.Upsell ? record?.pending : undefined;
    // A response may come without a session: it is still answered, it just restores and
    // continues nothing.
    const inSession = input.requestEnvelope.session !== undefined && input.requestEnvelope.session !== null;

    // The purchase flow may come back in a new session with no list: the saved shopping
    // context comes back (search, page, and the product in focus, so "add it to my cart"
    // still works). An upsell's product is made current from the token, whatever the answer:
    // a paid continuation acts on it even when the saved context cannot be read.
    await restoreShoppingContext(input, this.deps.persistence, record?.context, this.deps.now());
    markStage(input, 'purchase');
    if (pending?.product !== undefined && inSession) restoreCurrentProduct(input, pending.product);

    const decision = decidePurchase(name, parts.statusCode, parts.purchaseResult, pending !== undefined);
    log.info('isp_result', { request: name, statusCode: parts.statusCode, result: parts.purchaseResult, decision, product: record?.referenceName });

    if (decision === 'continue' && pending !== undefined && confirmed && inSession) {
      const continued = await this.continueWith(input, pending, parts.productId);
      if (continued !== undefined) return continued;
    }
    return this.speak(input, decision === 'continue' ? 'accepted' : decision, record?.referenceName, pending);
  }

  private speak(input: HandlerInput, decision: Exclude<PurchaseDecision, 'continue'>, ref: PremiumProductRef | undefined, pending: PendingPremiumRequest | undefined): Response {
    const t = tr(input);
    const feature = Object.values(PremiumFeatures).find((f) => f.intent === pending?.intent);
    const params = {
      name: t(productNameKey(ref)),
      hint: t(productHintKey(ref)),
      feature: t(feature?.nameKey ?? 'FEATURE_COMPARE_OFFERS'),
    };
    return ask(input, t(SPEECH[decision], params), t('WHAT_NEXT'));
  }

  private async continueWith(input: HandlerInput, pending: PendingPremiumRequest, productId: string | undefined): Promise<Response | undefined> {
    if (productId !== undefined) markJustPurchased(input, productId);
    // The product the request was about was made current above (restoreCurrentProduct).
    const chosen = chooseProduct(getShoppingState(input), undefined);
    if (chosen.kind !== 'chosen') {
      log.warn('isp_continuation_missing', { intent: pending.intent });
      return undefined;
    }
    log.info('isp_continue', { intent: pending.intent });
    switch (pending.intent) {
      // Just bought: the offers are read without asking for the entitlement again.
      case IntentNames.CompareOffers:
        return compareOffers(input, this.deps.catalog, chosen);
      // Watch slots just bought: the capacity is read again, the purchase counted in.
      case IntentNames.WatchPrice:
        return watchPrice(input, this.deps, chosen);
      default:
        log.warn('isp_continuation_missing', { intent: pending.intent });
        return undefined;
    }
  }
}

/** Makes `product` the current one, adding it to the listed products when it is not there. */
function restoreCurrentProduct(input: HandlerInput, product: ListedProduct): void {
  const state = getShoppingState(input);
  let index = state.products.findIndex((p) => p.asin === product.asin);
  if (index < 0) {
    state.products.push(product);
    index = state.products.length - 1;
  }
  state.current = index;
  setShoppingState(input, state);
}
