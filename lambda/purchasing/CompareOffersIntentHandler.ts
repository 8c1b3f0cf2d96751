import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { type ChosenProduct, chosenProduct } from '../browsing/choice';
import { compareOffers } from '../browsing/offers';
import { IntentNames } from '../constants';
import type { SkillDependencies } from '../dependencies';
import { getShoppingState } from '../session';
import { isIntent } from '../util/intentMatch';
import { PremiumFeatures } from './features';
import { requirePremium } from './requirePremium';

type CompareOffersDeps = Pick<SkillDependencies, 'catalog' | 'now' | 'tokenKey' | 'entitlements' | 'persistence'>;

/** Compare offers on a chosen product, for a customer entitled to it; the upsell otherwise. */
export async function compareOffersIfEntitled(input: HandlerInput, deps: CompareOffersDeps, chosen: ChosenProduct): Promise<Response> {
  const gate = await requirePremium(input, deps, PremiumFeatures.CompareOffers, chosen.product);
  if (!gate.granted) return gate.response;
  return compareOffers(input, deps.catalog, chosen);
}

/** "compare offers for the first one": merchants, conditions, prices, delivery and quantity tiers. */
export class CompareOffersIntentHandler implements RequestHandler {
  constructor(private readonly deps: CompareOffersDeps) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.CompareOffers);
  }

  async handle(input: HandlerInput): Promise<Response> {
    // Which product first: "which one?" is free and needs no entitlement lookup.
    const chosen = chosenProduct(input, getShoppingState(input), IntentNames.CompareOffers);
    if ('answer' in chosen) return chosen.answer;
    return compareOffersIfEntitled(input, this.deps, chosen);
  }
}
