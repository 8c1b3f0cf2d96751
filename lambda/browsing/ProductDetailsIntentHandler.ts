import { getLocale, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames } from '../constants';
import { isIntent } from '../util/intentMatch';
import type { Catalog } from '../catalog/Catalog';
import { getShoppingState, setShoppingState } from '../session';
import { ask, tr } from '../turn/respond';
import { type ChosenProduct, chosenProduct } from './choice';
import { productDetailsSpeech } from './details';
import { featuredOfferOf, toListedProduct } from './listing';
import { ANSWER_WORD_BUDGET, wordCount } from './answers';
import { show } from '../screens/shown';
import { marketplaceFor } from '../catalog/regions';
import { turnDeadline } from '../turn/context';
import { pairAfterMove } from '../conversation/relative';

/**
 * "tell me more about the second one": fetches the product fresh (prices and buying
 * guidance change), reads its details and makes it the current product.
 */
export class ProductDetailsIntentHandler implements RequestHandler {
  constructor(private readonly deps: { catalog: Catalog }) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.ProductDetails);
  }

  async handle(input: HandlerInput): Promise<Response> {
    const chosen = chosenProduct(input, getShoppingState(input), IntentNames.ProductDetails);
    if ('answer' in chosen) return chosen.answer;
    return productDetails(input, this.deps.catalog, chosen);
  }
}

/**
 * The details of a chosen product, fetched fresh; it becomes the product in focus.
 * @param lead said first ("Okay, the AAA one."); the list's title is kept unless it is empty.
 */
export async function productDetails(input: HandlerInput, catalog: Catalog, chosen: ChosenProduct, lead?: string): Promise<Response> {
  const t = tr(input);
  const marketplace = marketplaceFor(getLocale(input.requestEnvelope));
  const product = await catalog.getProduct({ ...marketplace, asin: chosen.product.asin }, { deadline: turnDeadline(input) });
  // What the customer now hears is what a Shopping Action will be refused or allowed on.
  // The title keeps the words that told it apart in the list ("…, 500 Sheets").
  const fresh = toListedProduct(product);
  const listed = { ...fresh, title: chosen.product.title === '' ? fresh.title : chosen.product.title };
  const details = productDetailsSpeech(t, product);
  // The lead is left out before the answer would pass the house limit of 75 words.
  const before = lead === undefined || wordCount(`${lead} ${details} ${t('DETAILS_NEXT')}`) > ANSWER_WORD_BUDGET ? '' : `${lead} `;
  const state = getShoppingState(input);
  const pair = pairAfterMove(state, chosen.index);
  const replaced = state.products[chosen.index]?.asin;
  state.products[chosen.index] = listed;
  state.current = chosen.index;
  // A variation takes its product's place in the pair too.
  const follow = (asin: string) => (asin === replaced ? listed.asin : asin);
  if (pair !== undefined && follow(pair[0]) !== follow(pair[1])) state.pair = [follow(pair[0]), follow(pair[1])];
  setShoppingState(input, state);
  show(input, { kind: 'detail', product, offer: featuredOfferOf(product), listed });
  // A product that can't be ordered gets no action menu: the question is about another one.
  if (listed.unavailableReason !== undefined) {
    return ask(input, `${before}${details} ${t('DETAILS_NEXT_UNAVAILABLE')}`, t('DETAILS_NEXT_UNAVAILABLE_REPROMPT'));
  }
  return ask(input, `${before}${details} ${t('DETAILS_NEXT')}`, t('DETAILS_NEXT_REPROMPT'));
}
