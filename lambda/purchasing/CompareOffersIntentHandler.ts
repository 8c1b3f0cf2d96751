import { getLocale, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames } from '../constants';
import { isIntent } from '../util/intentMatch';
import type { SkillDependencies } from '../dependencies';
import { PremiumFeatures } from './features';
import { requirePremium } from './requirePremium';
import { getShoppingState, setShoppingState } from '../session';
import { ask, tr } from '../i18n/respond';
import type { Catalog } from '../catalog/Catalog';
import { chosenProduct } from '../browsing/choice';
import { hasTiers, MAX_SPOKEN_OFFERS, offersSpeech } from '../browsing/details';
import { setOffersRead } from '../browsing/offersRead';
import { setAwaitingChoice } from '../conversation/awaiting';
import { marketplaceFor } from '../catalog/regions';
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
  const chosen = chosenProduct(input, state, IntentNames.CompareOffers);
  if ('answer' in chosen) return chosen.answer;
  const marketplace = marketplaceFor(getLocale(input.requestEnvelope));
  const result = await catalog.searchOffers({ ...marketplace, asin: chosen.product.asin, pageSize: OFFERS_PAGE_SIZE }, { deadline: turnDeadline(input) });
  state.current = chosen.index;
  setShoppingState(input, state);
  const offers = result.offers ?? [];
  setOffersRead(input, { asin: chosen.product.asin, next: Math.min(MAX_SPOKEN_OFFERS, offers.length) });
  const more = offers.length > MAX_SPOKEN_OFFERS || (result.offerCount ?? 0) > MAX_SPOKEN_OFFERS;
  const bulk = offers.some(hasTiers) ? ` ${t('OFFERS_HAS_BULK')}` : '';
  if (offers.length === 0) return ask(input, offersSpeech(t, chosen.product.title, result), t('ASK_SOMETHING_ELSE_REPROMPT'));
  // The product in focus can be added with "yes" (awaiting.ts).
  setAwaitingChoice(input, IntentNames.AddToCart);
  const next = more ? t('OFFERS_NEXT_MORE') : t('OFFERS_NEXT');
  return ask(input, `${offersSpeech(t, chosen.product.title, result)}${bulk} ${next}`, t('OFFERS_NEXT_REPROMPT'));
}

/** "compare offers for the first one": merchants, conditions, prices, delivery and quantity tiers. */
export class CompareOffersIntentHandler implements RequestHandler {
  constructor(private readonly deps: Pick<SkillDependencies, 'catalog' | 'now' | 'tokenKey' | 'entitlements' | 'persistence'>) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.CompareOffers);
  }

  async handle(input: HandlerInput): Promise<Response> {
    // Which product first: "which one?" is free and needs no entitlement lookup.
    const chosen = chosenProduct(input, getShoppingState(input), IntentNames.CompareOffers);
    if ('answer' in chosen) return chosen.answer;
    const gate = await requirePremium(input, this.deps, PremiumFeatures.CompareOffers, chosen.product);
    if (!gate.granted) return gate.response;
    return compareOffers(input, this.deps.catalog);
  }
}
