import { getSlotValue, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames, SlotNames } from '../constants';
import { isIntent } from '../util/intentMatch';
import type { Catalog } from '../catalog/Catalog';
import { getShoppingState } from '../session';
import { refineList } from './refine/respond';

type Sort = 'price-asc' | 'rating';

/**
 * "the cheapest one", "what's the best rated one": Alexa fills the custom `position` slot of
 * "the {position} one" (SelectItemIntent, ProductDetailsIntent) with any words, so a sort
 * said that way arrives there. The slot's raw value says which sort.
 */
const PRICE_WORDS = /^(?:cheapest|least expensive|lowest priced|lowest price|most affordable|cheaper)$/;
const RATING_WORDS = /^(?:best rated|highest rated|top rated|best reviewed|most popular|best)$/;

export function sortNamedByPosition(input: HandlerInput): Sort | undefined {
  if (!isIntent(input, IntentNames.SelectItem, IntentNames.ProductDetails)) return undefined;
  const said = (getSlotValue(input.requestEnvelope, SlotNames.Position) ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (PRICE_WORDS.test(said)) return 'price-asc';
  if (RATING_WORDS.test(said)) return 'rating';
  return undefined;
}

/**
 * "the cheapest", "best rated": the API has no sort, so the list is sorted over the pages
 * fetched, and the answer says how many results that was.
 */
export class SortResultsIntentHandler implements RequestHandler {
  constructor(private readonly deps: { catalog: Catalog }) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.SortByPrice, IntentNames.SortByRating) || sortNamedByPosition(input) !== undefined;
  }

  handle(input: HandlerInput): Promise<Response> {
    const sort: Sort = sortNamedByPosition(input) ?? (isIntent(input, IntentNames.SortByRating) ? 'rating' : 'price-asc');
    return refineList(input, this.deps.catalog, getShoppingState(input), { sort });
  }
}
