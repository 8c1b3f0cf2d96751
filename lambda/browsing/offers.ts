/**
 * The answer to "compare offers" for a product already chosen, without any gate: the
 * in-skill purchasing entitlement check (purchasing/CompareOffersIntentHandler.ts) wraps it,
 * and an accepted upsell continues with it, so it needs only the catalog and the session.
 */
import { getLocale, type HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Catalog } from '../catalog/Catalog';
import { marketplaceFor } from '../catalog/regions';
import { IntentNames } from '../constants';
import { setAwaitingChoice } from '../conversation/awaiting';
import { ask, tr } from '../turn/respond';
import { getShoppingState, setShoppingState } from '../session';
import { turnDeadline } from '../turn/context';
import type { ChosenProduct } from './choice';
import { hasTiers, MAX_SPOKEN_OFFERS, offersSpeech } from './details';
import { setOffersRead } from './offersRead';
import { show } from '../screens/shown';

/** Offers read out per answer; the API's page is larger, the ear's is not. */
const OFFERS_PAGE_SIZE = 10;

export async function compareOffers(input: HandlerInput, catalog: Catalog, chosen: ChosenProduct): Promise<Response> {
  const t = tr(input);
  const marketplace = marketplaceFor(getLocale(input.requestEnvelope));
  const result = await catalog.searchOffers({ ...marketplace, asin: chosen.product.asin, pageSize: OFFERS_PAGE_SIZE }, { deadline: turnDeadline(input) });
  const state = getShoppingState(input);
  state.current = chosen.index;
  setShoppingState(input, state);
  const offers = result.offers ?? [];
  setOffersRead(input, { asin: chosen.product.asin, next: Math.min(MAX_SPOKEN_OFFERS, offers.length) });
  const more = offers.length > MAX_SPOKEN_OFFERS || (result.offerCount ?? 0) > MAX_SPOKEN_OFFERS;
  const bulk = offers.some(hasTiers) ? ` ${t('OFFERS_HAS_BULK')}` : '';
  if (offers.length === 0) return ask(input, offersSpeech(t, chosen.product.title, result), t('ASK_SOMETHING_ELSE_REPROMPT'));
  // The product in focus can be added with "yes" (awaiting.ts).
  setAwaitingChoice(input, IntentNames.AddToCart);
  show(input, { kind: 'offers', listed: chosen.product, offers });
  const next = more ? t('OFFERS_NEXT_MORE') : t('OFFERS_NEXT');
  return ask(input, `${offersSpeech(t, chosen.product.title, result)}${bulk} ${next}`, t('OFFERS_NEXT_REPROMPT'));
}
