import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames } from '../constants';
import { isIntent } from '../core/intentMatch';
import type { SkillDependencies } from '../dependencies';
import { getShoppingState } from '../session';
import { refineList } from './refine/respond';

/**
 * "the cheapest", "best rated": the API has no sort, so the list is sorted over the pages
 * fetched, and the answer says how many results that was.
 */
export class SortResultsIntentHandler implements RequestHandler {
  constructor(private readonly deps: Pick<SkillDependencies, 'catalog'>) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.SortByPrice, IntentNames.SortByRating);
  }

  handle(input: HandlerInput): Promise<Response> {
    const sort = isIntent(input, IntentNames.SortByRating) ? 'rating' : 'price-asc';
    return refineList(input, this.deps.catalog, getShoppingState(input), { sort });
  }
}
