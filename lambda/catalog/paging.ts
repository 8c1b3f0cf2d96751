/**
 * Moving through a result list. The session holds the products fetched so far; when the
 * customer pages past them and the catalog reported more, the next batch is fetched.
 */
import { getLocale, type HandlerInput } from 'ask-sdk-core';
import type { Catalog } from './Catalog';
import type { ShoppingState } from '../session';
import { FETCH_BATCH, MAX_LISTED } from './answers';
import { toListedProduct } from './listing';
import { marketplaceFor } from './regions';
import { disambiguateTitles } from './titles';

/** Fetches the batch after the listed products, if the catalog has one. Returns whether it added any. */
export async function fetchMore(input: HandlerInput, catalog: Catalog, state: ShoppingState): Promise<boolean> {
  const listed = state.products.length;
  const total = state.totalResults ?? listed;
  if (state.query === undefined || listed >= total || listed >= MAX_LISTED || listed % FETCH_BATCH !== 0) return false;
  const marketplace = marketplaceFor(getLocale(input.requestEnvelope));
  const result = await catalog.searchProducts({ ...marketplace, keywords: state.query, pageSize: FETCH_BATCH, pageNumber: listed / FETCH_BATCH });
  const known = new Set(state.products.map((p) => p.asin));
  const added = disambiguateTitles(result.products, result.products.map(toListedProduct)).filter((p) => !known.has(p.asin));
  state.products.push(...added);
  return added.length > 0;
}
