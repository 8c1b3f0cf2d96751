import { getIntentName, getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames, RequestTypes, SlotNames } from '../constants';
import type { Catalog } from '../catalog/Catalog';
import { getShoppingState } from '../session';
import type { SortOrder } from '../session/refinements';
import { resolvedId } from '../util/slots';
import { refineList } from './refine/respond';

/** SortType value ids (interaction model) as the list's sort orders. */
const SORTS: Record<string, SortOrder> = { PRICE_ASC: 'price-asc', PRICE_DESC: 'price-desc', RATING: 'rating' };

/** The sort intents said with their words ("the dearest"), by the order they name. */
const SORT_INTENTS: Partial<Record<string, SortOrder>> = {
  [IntentNames.SortByPrice]: 'price-asc',
  [IntentNames.SortByPriceDescending]: 'price-desc',
  [IntentNames.SortByRating]: 'rating',
};

/** The sort the request names; price, lowest first, when the slot did not resolve. */
export function requestedSort(input: HandlerInput): SortOrder {
  const byIntent = getRequestType(input.requestEnvelope) === RequestTypes.Intent ? SORT_INTENTS[getIntentName(input.requestEnvelope)] : undefined;
  if (byIntent !== undefined) return byIntent;
  const id = resolvedId(input, SlotNames.Sort);
  return (id !== undefined && Object.hasOwn(SORTS, id) ? SORTS[id] : undefined) ?? 'price-asc';
}

/**
 * "the cheapest", "sort them by rating", "the dearest": the API has no sort, so the list is
 * sorted over the pages fetched, and the answer says how many results that was.
 */
export class SortResultsIntentHandler implements RequestHandler {
  constructor(private readonly deps: { catalog: Catalog }) {}

  canHandle(): boolean {
    // The routing table decides (lambda/routing/table.ts).
    return true;
  }

  handle(input: HandlerInput): Promise<Response> {
    return refineList(input, this.deps.catalog, getShoppingState(input), { sort: requestedSort(input) });
  }
}
