import { getLocale, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames } from '../constants';
import { isIntent } from '../core/intentMatch';
import type { SkillDependencies } from '../dependencies';
import { PremiumFeatures } from '../purchasing/features';
import { requirePremium } from '../purchasing/requirePremium';
import { getShoppingState, setShoppingState } from '../session';
import { ask, tr } from '../util/respond';
import type { Catalog } from './Catalog';
import { chosenProduct } from './choice';
import { offersSpeech } from './details';
import { marketplaceFor } from './regions';
import { turnDeadline } from '../util/deadline';

/** Offers read out per answer; the API's page is larger, the ear's is not. */
const OFFERS_PAGE_SIZE = 10;

/**
 * The answer to "compare offers", without any gate: the in-skill purchasing entitlement
 * check wraps this function, so it must stay free of anything but the catalog and the session.
 */
export async function compareOffers(input: HandlerInput, catalog: Catalog): Promise<Response> {
  const t = tr(input);
  const state = getShoppingState(input);
  const chosen = chosenProduct(input, state);
  if ('answer' in chosen) return chosen.answer;
  const marketplace = marketplaceFor(getLocale(input.requestEnvelope));
  const result = await catalog.searchOffers({ ...marketplace, asin: chosen.product.asin, pageSize: OFFERS_PAGE_SIZE }, { deadline: turnDeadline(input) });
  state.current = chosen.index;
  setShoppingState(input, state);
  return ask(input, `${offersSpeech(t, chosen.product.title, result)} ${t('DETAILS_NEXT')}`, t('DETAILS_NEXT_REPROMPT'));
}

/** "compare offers for the first one": merchants, conditions, prices, delivery and quantity tiers. */
export class CompareOffersIntentHandler implements RequestHandler {
  constructor(private readonly deps: Pick<SkillDependencies, 'catalog' | 'now' | 'tokenKey' | 'entitlements'>) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.CompareOffers);
  }

  async handle(input: HandlerInput): Promise<Response> {
    // Which product first: "which one?" is free and needs no entitlement lookup.
    const chosen = chosenProduct(input, getShoppingState(input));
    if ('answer' in chosen) return chosen.answer;
    const gate = await requirePremium(input, this.deps, PremiumFeatures.CompareOffers, chosen.product);
    if (!gate.granted) return gate.response;
    return compareOffers(input, this.deps.catalog);
  }
}
