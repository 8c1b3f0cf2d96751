/**
 * Moving through a result list. The session holds the products fetched so far; when the
 * customer pages past them and the catalog reported more, the next batch is fetched.
 */
import { getLocale, type HandlerInput } from 'ask-sdk-core';
import type { Catalog } from '../catalog/Catalog';
import type { ShoppingState } from '../session';
import { FETCH_BATCH, MAX_LISTED } from './answers';
import { toListedProduct } from './listing';
import { requestParams } from './refine/apply';
import { scanMore } from './refine/search';
import { isClientSide } from '../session/refinements';
import { marketplaceFor } from '../catalog/regions';
import { turnDeadline } from '../turn/context';
import { disambiguateTitles } from './titles';

/** Fetches the batch after the listed products, if the catalog has one. Returns whether it added any. */
export async function fetchMore(input: HandlerInput, catalog: Catalog, state: ShoppingState): Promise<boolean> {
  // Price and sort are applied to whole API pages: the next pages are looked at, not the next batch.
  if (state.refinements !== undefined && isClientSide(state.refinements.applied)) {
    const options = { deadline: turnDeadline(input) };
    return ((await scanMore(catalog, marketplaceFor(getLocale(input.requestEnvelope)), state, options))?.added ?? 0) > 0;
  }
  const listed = state.products.length;
  const total = state.totalResults ?? listed;
  if (state.query === undefined || listed >= total || listed >= MAX_LISTED || listed % FETCH_BATCH !== 0) return false;
  const marketplace = marketplaceFor(getLocale(input.requestEnvelope));
  const result = await catalog.searchProducts(
    { ...marketplace, keywords: state.query, ...requestParams(state.refinements?.applied), pageSize: FETCH_BATCH, pageNumber: listed / FETCH_BATCH },
    { deadline: turnDeadline(input) },
  );
  const known = new Set(state.products.map((p) => p.asin));
  const added = disambiguateTitles(result.products, result.products.map(toListedProduct)).filter((p) => !known.has(p.asin));
  state.products.push(...added);
  return added.length > 0;
}
