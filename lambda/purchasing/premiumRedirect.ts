/**
 * "buy premium shopper", "I want premium", "get an upgrade" said with a product carrier:
 * the premium flow, never a product search for the words "premium shopper".
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { log } from '../util/log';
import { buyPremium } from './BuyPremiumIntentHandler';
import { phrasesFor } from '../i18n/phrases';
import { premiumNamed } from '../understanding/understand';
import { normalizeText } from '../understanding/text';
import type { PurchasingDeps } from './upsell';
import { WhatCanIBuyIntentHandler } from './WhatCanIBuyIntentHandler';

/** The premium answer for a query that names a premium product, or undefined when it names none. */
export async function premiumRedirect(input: HandlerInput, deps: PurchasingDeps, query: string): Promise<Response | undefined> {
  const phrases = phrasesFor(input.requestEnvelope.request.locale);
  const named = premiumNamed(normalizeText(query, phrases), phrases);
  if (named === undefined) return undefined;
  log.info('premium_words_in_product_query', { product: named });
  if (named === 'any') return new WhatCanIBuyIntentHandler(deps).handle(input);
  return buyPremium(input, deps, named);
}
