/**
 * Fetching a refined list. API refinements go in the request, with the ids the last response
 * offered. Price, attribute filters and sort are applied here to whole API pages (24 results) at a time, at most
 * two pages a turn so a turn stays quick; the state records how many results were looked at,
 * so the answer can say so and "next" can look at the following pages.
 */
import { type CallOptions, type Catalog, CatalogLimits, type Marketplace } from '../../catalog/Catalog';
import { DEFAULT_PAGE_SIZE, type ListedProduct, type ShoppingState } from '../../session';
import { FETCH_BATCH, MAX_LISTED } from '../answers';
import { toListedProduct } from '../listing';
import type { SearchProductsResult } from '../../catalog/types';
import { MAX_OFFERED_BRANDS, MAX_OFFERED_VALUES } from '../../session/refinements';
import { culpritOf, filterAndSort, offeredFrom, requestParams } from './apply';
import { hasAttribute } from './attributes';
import { isClientSide, type OfferedRefinements, type RefinementKind, type RefinementState } from '../../session/refinements';

/** API results looked at per page of a client-side refinement: the API's maximum page. */
export const SCAN_PAGE_SIZE = CatalogLimits.maxPageSize;
/** Pages looked at in one turn at most: two calls keep a turn well inside Alexa's 8 s. */
export const MAX_SCAN_PAGES_PER_TURN = 2;
/** A further page is read only with this much of the turn's catalog budget left; the answer says what was looked at. */
export const MIN_MS_FOR_ANOTHER_PAGE = 1500;

/** Ids from the newest response win; brands named before stay known (a brand filter narrows the brand list). */
export function mergeOffered(previous: OfferedRefinements, fresh: OfferedRefinements): OfferedRefinements {
  const merged: OfferedRefinements = { ...previous, ...stripUndefined(fresh), brands: [], ratings: fresh.ratings.length > 0 ? fresh.ratings : previous.ratings };
  // The values of the products the list now holds: the newest page's first.
  const values = [...new Set([...(fresh.values ?? []), ...(previous.values ?? [])])].slice(0, MAX_OFFERED_VALUES);
  if (values.length > 0) merged.values = values;
  else delete merged.values;
  const seen = new Set<string>();
  for (const brand of [...fresh.brands, ...previous.brands]) {
    if (seen.has(brand.name) || merged.brands.length >= MAX_OFFERED_BRANDS) continue;
    seen.add(brand.name);
    merged.brands.push(brand);
  }
  return merged;
}

function stripUndefined(offered: OfferedRefinements): Partial<OfferedRefinements> {
  const out: Partial<OfferedRefinements> = {};
  for (const key of ['prime', 'today', 'tomorrow', 'freeShipping', 'inStock'] as const) {
    const value = offered[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

export function emptyRefinements(offered: OfferedRefinements = { brands: [], ratings: [] }): RefinementState {
  return { applied: {}, order: [], offered };
}

/** Records what a response offered and how many results match. */
function record(refinements: RefinementState, result: SearchProductsResult): void {
  refinements.offered = mergeOffered(refinements.offered, offeredFrom(result));
  refinements.matching = result.matchingProductCount;
}

export type RefinedList = { kind: 'listed'; state: ShoppingState } | { kind: 'empty'; state: ShoppingState; culprit: RefinementKind | undefined };

/**
 * Looks at API pages from `fromPage` on and returns the products that pass the client-side
 * refinements, sorted within what was looked at.
 */
async function scan(
  catalog: Catalog,
  marketplace: Marketplace,
  query: string,
  refinements: RefinementState,
  fromPage: number,
  options: CallOptions = {},
): Promise<ListedProduct[]> {
  const raw: ListedProduct[] = [];
  let pages = Number.POSITIVE_INFINITY;
  for (let page = fromPage, read = 0; read < MAX_SCAN_PAGES_PER_TURN && page < Math.min(pages, CatalogLimits.maxPages); page++, read++) {
    if (read > 0 && options.deadline !== undefined && options.deadline.remainingMs() < MIN_MS_FOR_ANOTHER_PAGE) break;
    const request = { ...marketplace, keywords: query, ...requestParams(refinements.applied), pageSize: SCAN_PAGE_SIZE, pageNumber: page };
    const result = await catalog.searchProducts(request, options);
    record(refinements, result);
    pages = result.numberOfPages;
    const attribute = refinements.applied.attribute;
    raw.push(...(attribute === undefined ? result.products : result.products.filter((p) => hasAttribute(p, attribute))).map(toListedProduct));
    refinements.scanned = Math.min(result.matchingProductCount, page * SCAN_PAGE_SIZE + result.products.length);
    // Enough to read a page out: the rest waits for "next".
    if (filterAndSort(raw, refinements.applied).length >= DEFAULT_PAGE_SIZE) break;
  }
  return filterAndSort(raw, refinements.applied);
}

/** The first page of a refined list for `query`. */
export async function listRefined(catalog: Catalog, marketplace: Marketplace, query: string, refinements: RefinementState, options: CallOptions = {}): Promise<RefinedList> {
  let products: ListedProduct[];
  if (isClientSide(refinements.applied)) {
    delete refinements.scanned;
    products = (await scan(catalog, marketplace, query, refinements, 0, options)).slice(0, MAX_LISTED);
  } else {
    const result = await catalog.searchProducts({ ...marketplace, keywords: query, ...requestParams(refinements.applied), pageSize: FETCH_BATCH }, options);
    record(refinements, result);
    delete refinements.scanned;
    products = result.products.map(toListedProduct);
  }
  const apiCount = refinements.matching ?? 0;
  const totalResults = isClientSide(refinements.applied) ? products.length : Math.max(apiCount, products.length);
  const state: ShoppingState = { query, products, pageStart: 0, pageSize: DEFAULT_PAGE_SIZE, totalResults, refinements };
  if (products.length === 0) {
    // Stacking more on a list that was already empty: the refinement that emptied it is still the one to drop.
    const earlier = refinements.emptiedBy;
    const culprit = earlier !== undefined && refinements.applied[earlier] !== undefined ? earlier : culpritOf(refinements, apiCount);
    if (culprit === undefined) delete refinements.emptiedBy;
    else refinements.emptiedBy = culprit;
    return { kind: 'empty', state, culprit };
  }
  delete refinements.emptiedBy;
  return { kind: 'listed', state };
}

/**
 * "next" past the products fetched so far on a client-side refined list: looks at the next
 * API pages. Returns the range of results newly looked at, or undefined when there are none.
 */
export async function scanMore(
  catalog: Catalog,
  marketplace: Marketplace,
  state: ShoppingState,
  options: CallOptions = {},
): Promise<{ from: number; to: number; added: number } | undefined> {
  const refinements = state.refinements;
  if (refinements === undefined || state.query === undefined || !isClientSide(refinements.applied)) return undefined;
  const scanned = refinements.scanned ?? 0;
  const total = Math.min(refinements.matching ?? 0, CatalogLimits.maxPages * SCAN_PAGE_SIZE);
  if (scanned >= total || state.products.length >= MAX_LISTED || scanned % SCAN_PAGE_SIZE !== 0) return undefined;
  const known = new Set(state.products.map((p) => p.asin));
  const found = (await scan(catalog, marketplace, state.query, refinements, scanned / SCAN_PAGE_SIZE, options)).filter((p) => !known.has(p.asin));
  const added = found.slice(0, MAX_LISTED - state.products.length);
  state.products.push(...added);
  state.totalResults = state.products.length;
  return { from: scanned + 1, to: refinements.scanned ?? scanned, added: added.length };
}
