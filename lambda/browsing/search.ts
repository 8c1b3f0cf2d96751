/**
 * A search and the first page of its results, shared by "find coffee" and by product
 * actions by name ("add coffee to my cart"), which search first and then ask which one.
 */
import { getLocale, type HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { ssml, type SsmlFragment, type Translator } from '../i18n';
import { DEFAULT_PAGE_SIZE, MAX_QUERY_LENGTH, setShoppingState, type ShoppingState } from '../session';
import { log } from '../util/log';
import { plainWords } from '../util/text';
import type { Phrases } from '../i18n/phrases';
import { stripLeadingOf } from '../understanding/text';
import { matcherFor } from '../understanding/compiled';
import { askWhatToFind } from '../conversation/elicit';
import { tr } from '../turn/respond';
import { FETCH_BATCH, pageItems } from './answers';
import type { Catalog } from '../catalog/Catalog';
import { toListedProduct } from './listing';
import { withProgressiveResponse } from './progressive';
import { marketplaceFor } from '../catalog/regions';
import { spokenCount } from '../i18n/spoken';
import { disambiguateTitles } from './titles';
import { offeredFrom } from './refine/apply';
import { emptyRefinements } from './refine/search';
import { turnDeadline } from '../turn/context';
import { noteTurn } from '../observe/turnRecord';

/** The query as spoken back, or '' when the words name nothing to search for ("something else": the locale's `noQuery`). */
export function usableQuery(raw: string | undefined, phrases: Phrases): string {
  const query = (raw ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  const said = plainWords(query);
  const bare = stripLeadingOf(said, matcherFor(phrases).articles);
  return said === '' || phrases.noQuery.includes(said) || phrases.noQuery.includes(bare) ? '' : query;
}

/**
 * "I want to return it", "I need to cancel my order": an order question that a search
 * carrier ("I want {query}") took. The search would be for "to return it". The locale's
 * `orderQuestion` says how such words start, or what they are as a whole.
 */
export function isOrderQuestion(query: string, phrases: Phrases): boolean {
  const said = plainWords(query);
  return phrases.orderQuestion.whole.includes(said) || phrases.orderQuestion.starts.some((w) => said === w || said.startsWith(`${w} `));
}

export type SearchOutcome = { state: ShoppingState; lead: string } | { answer: Response };

/** Searches, keeps the first batch in the session, and words the first page ("I found 28 results…"). */
export async function runSearch(input: HandlerInput, catalog: Catalog, query: string): Promise<SearchOutcome> {
  const t = tr(input);
  noteTurn(input, { searched: query });
  const marketplace = marketplaceFor(getLocale(input.requestEnvelope));
  const started = performance.now();
  const result = await withProgressiveResponse(
    input,
    catalog.searchProducts({ ...marketplace, keywords: query, pageSize: FETCH_BATCH }, { deadline: turnDeadline(input) }),
    t('SEARCH_PROGRESS', { query }),
  );
  const products = disambiguateTitles(result.products, result.products.map(toListedProduct));
  const total = Math.max(result.matchingProductCount, products.length);
  log.info('catalog_search', { region: marketplace.productRegion, results: total, ms: Math.round(performance.now() - started) });

  // The refinements this response offers are what "only Prime" or "only Duracell" will send back.
  const refinements = emptyRefinements(offeredFrom(result));
  const state: ShoppingState = { query, products, pageStart: 0, pageSize: DEFAULT_PAGE_SIZE, totalResults: total, refinements };
  setShoppingState(input, state);
  if (products.length === 0) return { answer: askWhatToFind(input, t('SEARCH_NO_RESULTS', { query }), t('SEARCH_ASK_QUERY')) };
  const items = ssml(pageItems(t, state));
  return { state, lead: resultsLead(t, total, Math.min(state.pageSize, products.length), query, items) };
}

/**
 * "I found 23 results for coffee. Here are the first three: …", or, when the page holds every
 * result, "I found 3 results for coffee: …" (three of three are not "the first three").
 */
export function resultsLead(t: Translator, total: number, shown: number, query: string, items: SsmlFragment): string {
  if (total > 1 && total <= shown) return t('SEARCH_RESULTS_ALL', { count: total, query, items });
  return t.plural('SEARCH_RESULTS', total, { count: total, query, shown: spokenCount(t, shown), items });
}
