import { getLocale, getSlotValue, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames, SlotNames } from '../constants';
import { isIntent } from '../core/intentMatch';
import type { SkillDependencies } from '../dependencies';
import { ssml } from '../i18n';
import { DEFAULT_PAGE_SIZE, MAX_QUERY_LENGTH, setShoppingState, type ShoppingState } from '../session';
import { log } from '../util/log';
import { ask, tr } from '../util/respond';
import { askWithPage, FETCH_BATCH, pageItems } from './answers';
import { toListedProduct } from './listing';
import { withProgressiveResponse } from './progressive';
import { offeredFrom } from './refine/apply';
import { searchWithSpokenRefinements } from './refine/respond';
import { emptyRefinements } from './refine/search';
import { marketplaceFor } from './regions';
import { turnDeadline } from '../util/deadline';

/**
 * "find batteries": searches the catalog in the customer's region, keeps the first batch in
 * the session and reads out the count and the top three.
 */
export class SearchProductsIntentHandler implements RequestHandler {
  constructor(private readonly deps: Pick<SkillDependencies, 'catalog'>) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.SearchProducts);
  }

  async handle(input: HandlerInput): Promise<Response> {
    const t = tr(input);
    // Spoken back ("I found 28 results for …"): bounded so the answer stays within Alexa's speech limit.
    const query = (getSlotValue(input.requestEnvelope, SlotNames.Query) ?? '').trim().slice(0, MAX_QUERY_LENGTH);
    if (query === '') return ask(input, t('SEARCH_ASK_QUERY'), t('SEARCH_ASK_QUERY_REPROMPT'));

    // Refinements said with the search ("coffee under 20 dollars") take the refined path.
    const refined = await searchWithSpokenRefinements(input, this.deps.catalog, query);
    if (refined !== undefined) return refined;

    const marketplace = marketplaceFor(getLocale(input.requestEnvelope));
    const started = performance.now();
    const result = await withProgressiveResponse(
      input,
      this.deps.catalog.searchProducts({ ...marketplace, keywords: query, pageSize: FETCH_BATCH }, { deadline: turnDeadline(input) }),
      t('SEARCH_PROGRESS', { query }),
    );
    const products = result.products.map(toListedProduct);
    const total = Math.max(result.matchingProductCount, products.length);
    log.info('catalog_search', { region: marketplace.productRegion, results: total, ms: Math.round(performance.now() - started) });

    // The refinements this response offers are what "only Prime" or "only Duracell" will send back.
    const refinements = emptyRefinements(offeredFrom(result));
    const state: ShoppingState = { query, products, pageStart: 0, pageSize: DEFAULT_PAGE_SIZE, totalResults: total, refinements };
    setShoppingState(input, state);
    if (products.length === 0) return ask(input, t('SEARCH_NO_RESULTS', { query }), t('SEARCH_ASK_QUERY'));

    const items = ssml(pageItems(t, state));
    const shown = Math.min(state.pageSize, products.length);
    if (total === 1) return askWithPage(input, t, t('SEARCH_ONE_RESULT', { query, items }));
    return askWithPage(input, t, t('SEARCH_RESULTS', { count: total, query, shown, items }));
  }
}
