/**
 * `Connections.SendRequest` directives for in-skill purchasing, built by pure functions
 * (Alexa Skills Kit documentation, "Add In-Skill Purchases to a Custom Skill"): `name` Buy | Upsell | Cancel,
 * `payload.InSkillProduct.productId`, Upsell also `payload.upsellMessage` (that exact key),
 * and a `token` that Alexa echoes back in the `Connections.Response`.
 */
import type { interfaces } from 'ask-sdk-model';
import { type PurchaseRequestName, PurchaseRequestNames } from '../constants';

export type SendRequestDirective = interfaces.connections.SendRequestDirective;

function sendRequest(name: PurchaseRequestName, productId: string, token: string, extra: Record<string, string> = {}): SendRequestDirective {
  if (productId.trim() === '') throw new RangeError('an ISP directive needs a productId');
  return {
    type: 'Connections.SendRequest',
    name,
    payload: { InSkillProduct: { productId }, ...extra },
    token,
  };
}

export function buildBuyDirective(productId: string, token: string): SendRequestDirective {
  return sendRequest(PurchaseRequestNames.Buy, productId, token);
}

/** `upsellMessage` is plain text that Alexa speaks before the product's own description. */
export function buildUpsellDirective(productId: string, upsellMessage: string, token: string): SendRequestDirective {
  if (upsellMessage.trim() === '') throw new RangeError('an Upsell needs an upsellMessage');
  return sendRequest(PurchaseRequestNames.Upsell, productId, token, { upsellMessage });
}

export function buildCancelDirective(productId: string, token: string): SendRequestDirective {
  return sendRequest(PurchaseRequestNames.Cancel, productId, token);
}
