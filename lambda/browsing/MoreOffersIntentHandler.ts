import { getLocale, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames } from '../constants';
import { setAwaitingChoice } from '../conversation/awaiting';
import { isIntent } from '../util/intentMatch';
import type { Catalog } from '../catalog/Catalog';
import { ssml } from '../i18n';
import { getShoppingState } from '../session';
import { ask, tr } from '../turn/respond';
import { MAX_SPOKEN_OFFERS, offerLines } from './details';
import { getOffersRead, setOffersRead } from './offersRead';
import { marketplaceFor } from '../catalog/regions';

/**
 * "more offers": the next two offers of the comparison just heard. Only after a comparison
 * (which passed the premium gate): without one, the customer is told to compare first.
 */
export class MoreOffersIntentHandler implements RequestHandler {
  constructor(private readonly deps: { catalog: Catalog }) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.MoreOffers);
  }

  async handle(input: HandlerInput): Promise<Response> {
    const t = tr(input);
    const read = getOffersRead(input);
    const state = getShoppingState(input);
    // Only the product still in focus: after "next" the comparison heard is not about this list.
    const product = state.current === undefined ? undefined : state.products[state.current];
    if (read === undefined || product === undefined || product.asin !== read.asin) return ask(input, t('OFFERS_NOT_COMPARED'), t('WHAT_NEXT'));
    const marketplace = marketplaceFor(getLocale(input.requestEnvelope));
    const result = await this.deps.catalog.searchOffers({ ...marketplace, asin: read.asin, pageSize: 10 });
    const offers = (result.offers ?? []).slice(read.next, read.next + MAX_SPOKEN_OFFERS);
    setAwaitingChoice(input, IntentNames.AddToCart);
    if (offers.length === 0) return ask(input, t('OFFERS_NO_MORE', { title: product.title }), t('OFFERS_NEXT_REPROMPT'));
    const next = read.next + offers.length;
    setOffersRead(input, { asin: read.asin, next });
    const more = next < (result.offers ?? []).length;
    const lines = ssml(offerLines(t, offers, read.next + 1));
    return ask(input, `${lines.ssml} ${more ? t('OFFERS_NEXT_MORE') : t('OFFERS_NEXT')}`, t('OFFERS_NEXT_REPROMPT'));
  }
}
