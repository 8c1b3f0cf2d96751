/**
 * Answers with a `Connections.SendRequest` Upsell: Alexa speaks the one-sentence
 * `upsellMessage`, then the product's own description, and asks. The response carries only
 * the directive (no speech, no reprompt, `shouldEndSession` left unset): the purchase flow
 * takes over the conversation and answers with a `Connections.Response`.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { PurchaseRequestNames } from '../constants';
import { saveShoppingContext } from '../conversation/shoppingContext';
import type { SkillDependencies } from '../dependencies';
import type { MessageKey } from '../i18n';
import { log } from '../util/log';
import { tr } from '../turn/respond';
import { ssmlToText } from '../util/ssml';
import { buildUpsellDirective } from './directives';
import { PremiumProductNotFoundError } from './errors';
import { premiumProductRef } from './features';
import type { PendingPremiumRequest } from './pending';
import { issuePurchaseToken } from './purchaseToken';
import type { PremiumProduct } from '../entitlements/types';
import { turnCustomer, turnDeadline } from '../turn/context';

export type PurchasingDeps = Pick<SkillDependencies, 'now' | 'tokenKey' | 'entitlements' | 'persistence'>;

export async function upsellResponse(
  input: HandlerInput,
  deps: PurchasingDeps,
  product: PremiumProduct,
  messageKey: MessageKey,
  pending: PendingPremiumRequest,
): Promise<Response> {
  const ref = premiumProductRef(product.referenceName);
  if (ref === undefined) throw new PremiumProductNotFoundError(product.referenceName);
  // upsellMessage is plain text, not SSML: the translator's escaping is undone here.
  const message = ssmlToText(tr(input)(messageKey, { name: product.name }));
  const context = await saveShoppingContext(input, deps.persistence, deps.now());
  const token = issuePurchaseToken(
    { request: PurchaseRequestNames.Upsell, referenceName: ref, productId: product.productId, pending, context },
    deps.now(),
    await deps.tokenKey(turnDeadline(input).signal),
    turnCustomer(input).userId,
  );
  log.info('isp_upsell', { product: ref, continues: pending.intent });
  return input.responseBuilder.addDirective(buildUpsellDirective(product.productId, message, token)).getResponse();
}
