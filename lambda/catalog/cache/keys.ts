/**
 * Cache keys: one per answer the API would give, so two requests share an entry exactly when
 * the API would answer them alike. A search page is keyed by region, locale, the normalized
 * query, every filter and refinement (sorted: their order changes nothing) and the page;
 * products and offers by region, locale, ASIN and what else the call sends. The request's
 * canonical JSON is hashed, which bounds the key's length whatever the customer said.
 */
import { createHash } from 'node:crypto';
import { CATALOG_KEY_PREFIX } from '../../persistence/table';
import type { GetProductRequest, SearchOffersRequest, SearchProductsRequest } from '../Catalog';

export const CacheKinds = { Search: 'search', Product: 'product', Offers: 'offers' } as const;
export type CacheKind = (typeof CacheKinds)[keyof typeof CacheKinds];

/** JSON with sorted keys and no undefined members: equal requests give equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function key(kind: CacheKind, region: string, locale: string, rest: unknown): string {
  const digest = createHash('sha256').update(canonical(rest)).digest('base64url').slice(0, 32);
  return `${CATALOG_KEY_PREFIX}${kind}#${region}#${locale}#${digest}`;
}

/** "AA  Batteries" and "aa batteries" are one search. */
export function normalizeQuery(query: string | undefined): string | undefined {
  return query?.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function searchKey(request: SearchProductsRequest): string {
  const { productRegion, locale, keywords, searchRefinements, ...rest } = request;
  return key(CacheKinds.Search, productRegion, locale, {
    ...rest,
    keywords: normalizeQuery(keywords),
    searchRefinements: searchRefinements === undefined ? undefined : [...searchRefinements].sort(),
    pageNumber: request.pageNumber ?? 0,
  });
}

export function productKey(request: GetProductRequest): string {
  return key(CacheKinds.Product, request.productRegion, request.locale, { asin: request.asin, quantity: request.quantity ?? 1 });
}

export function offersKey(request: SearchOffersRequest): string {
  const { productRegion, locale, filterIds, ...rest } = request;
  return key(CacheKinds.Offers, productRegion, locale, {
    ...rest,
    filterIds: filterIds === undefined ? undefined : [...filterIds].sort(),
    pageNumber: request.pageNumber ?? 0,
    quantity: request.quantity ?? 1,
  });
}
