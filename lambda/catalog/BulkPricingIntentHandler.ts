import { getLocale, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames } from '../constants';
import { setAwaitingChoice } from '../conversation/awaiting';
import { isIntent } from '../core/intentMatch';
import type { SkillDependencies } from '../dependencies';
import { ssml } from '../i18n';
import { getShoppingState, setShoppingState } from '../session';
import { ask, tr } from '../util/respond';
import { chosenProduct } from './choice';
import { tiersText } from './details';
import { featuredOfferOf } from './listing';
import { marketplaceFor } from './regions';
import { speakPrice } from './speech';

/** "bulk prices": the featured offer's quantity tiers for the product in focus, on request only. */
export class BulkPricingIntentHandler implements RequestHandler {
  constructor(private readonly deps: Pick<SkillDependencies, 'catalog'>) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.BulkPricing);
  }

  async handle(input: HandlerInput): Promise<Response> {
    const t = tr(input);
    const state = getShoppingState(input);
    const chosen = chosenProduct(input, state, IntentNames.ProductDetails);
    if ('answer' in chosen) return chosen.answer;
    const marketplace = marketplaceFor(getLocale(input.requestEnvelope));
    const product = await this.deps.catalog.getProduct({ ...marketplace, asin: chosen.product.asin });
    state.current = chosen.index;
    setShoppingState(input, state);
    const offer = featuredOfferOf(product);
    const title = chosen.product.title;
    const tiers = tiersText(t, offer);
    let lead: string;
    if (tiers !== '') lead = t('BULK_TIERS', { title, tiers: ssml(tiers) });
    else if (offer === undefined) lead = t('BULK_NONE_NO_PRICE', { title });
    else lead = t('BULK_NONE', { title, price: speakPrice(offer.price.value.amount, offer.price.value.currencyCode) });
    if (chosen.product.unavailableReason !== undefined) return ask(input, `${lead} ${t('DETAILS_NEXT_UNAVAILABLE')}`, t('DETAILS_NEXT_UNAVAILABLE_REPROMPT'));
    setAwaitingChoice(input, IntentNames.AddToCart);
    return ask(input, `${lead} ${t('OFFERS_NEXT')}`, t('OFFERS_NEXT_REPROMPT'));
  }
}
