import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { SlotNames } from '../constants';
import type { Catalog } from '../catalog/Catalog';
import { getShoppingState } from '../session';
import type { SortOrder } from '../session/refinements';
import { resolvedId } from '../util/slots';
import { refineList } from './refine/respond';

/** SortType value ids (interaction model) as the list's sort orders. */
const SORTS: Record<string, SortOrder> = { PRICE_ASC: 'price-asc', PRICE_DESC: 'price-desc', RATING: 'rating' };

/** The sort the request names; price, lowest first, when the slot did not resolve. */
export function requestedSort(input: HandlerInput): SortOrder {
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
