import { phrasesFor } from '../i18n/phrases';
import { getLocale, getSlotValue, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames, SlotNames } from '../constants';
import { askWhatToFind } from '../conversation/elicit';
import { referenceInText } from '../conversation/references';
import { isIntent } from '../util/intentMatch';
import { productDetails } from './ProductDetailsIntentHandler';
import type { Catalog } from '../catalog/Catalog';
import { tr } from '../turn/respond';
import { searchWithSpokenRefinements } from './refine/respond';
import { askWithPage } from './answers';
import { isOrderQuestion, runSearch, usableQuery } from './search';

/** Where a query that is not a product goes: the listed item it names, or the premium flow. */
export interface SearchRedirects {
  /** "find the first one": the details of a listed product, never a search for "the first one". */
  details: RequestHandler;
  /** "I want to return it": the honest answer about orders, not a search for "to return it". */
  orders: RequestHandler;
  /** "I want premium shopper": the premium purchase, not a product search. */
  premium: (input: HandlerInput, query: string) => Promise<Response | undefined>;
}

/**
 * "find batteries", or a bare "coffee" after "What would you like to find?" (the query slot
 * elicited by the dialog model): searches the catalog in the customer's region, keeps the
 * first batch in the session and reads out the count and the top three. No query, or words
 * that name nothing ("something else"), asks what to find and listens for a bare answer.
 */
export class SearchProductsIntentHandler implements RequestHandler {
  constructor(
    private readonly deps: { catalog: Catalog },
    private readonly redirects?: SearchRedirects,
  ) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.SearchProducts);
  }

  async handle(input: HandlerInput): Promise<Response> {
    const t = tr(input);
    const raw = getSlotValue(input.requestEnvelope, SlotNames.Query) ?? undefined;
    const phrases = phrasesFor(getLocale(input.requestEnvelope));
    const query = usableQuery(raw, phrases);
    if (query === '') return askWhatToFind(input, t('SEARCH_ASK_QUERY'), t('SEARCH_ASK_QUERY_REPROMPT'));
    if (this.redirects !== undefined) {
      if (referenceInText(query, phrases) !== undefined) return this.redirects.details.handle(input);
      if (isOrderQuestion(query, phrases)) return this.redirects.orders.handle(input);
      // The premium flow answers only a query that names a premium product (undefined otherwise).
      const premium = await this.redirects.premium(input, query);
      if (premium !== undefined) return premium;
    }
    // Refinements said with the search ("coffee under 20 dollars") take the refined path.
    const refined = await searchWithSpokenRefinements(input, this.deps.catalog, query);
    if (refined !== undefined) return refined;
    const outcome = await runSearch(input, this.deps.catalog, query);
    if ('answer' in outcome) return outcome.answer;
    // One result is not a list to choose from: its details, and what to do with it.
    const [only, ...others] = outcome.state.products;
    if (only !== undefined && others.length === 0 && outcome.state.totalResults === 1) {
      return productDetails(input, this.deps.catalog, { product: only, index: 0 }, t('SEARCH_ONLY_RESULT', { query }));
    }
    return askWithPage(input, t, outcome.lead);
  }
}
