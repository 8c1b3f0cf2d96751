/**
 * Pure: matches what the customer asked for to the refinements a search response offered,
 * turns the applied ones into request parameters, and applies the client-side ones (price,
 * sort) to listed products.
 */
import { stripLeadingOf, stripTrailingOf } from '../../understanding/text';
import { type LongestFirst, longestFirst } from '../../understanding/compiled';

/** No words around a brand name. */
const NOTHING_AROUND = longestFirst([]);
import type { Phrases } from '../../i18n/phrases';
import { attributeFilter } from './attributes';
import type { SearchProductsRequest } from '../../catalog/Catalog';
import type { ListedProduct } from '../../session';
import type { ProductsResult, SearchProductsResult } from '../../catalog/types';
import {
  type AppliedRefinements,
  MAX_OFFERED_BRANDS,
  MAX_OFFERED_VALUES,
  MAX_VALUE_CHARS,
  type OfferedRefinements,
  type RefinementKind,
  type RefinementState,
  type RequestedRefinements,
} from '../../session/refinements';

export const normalizeName = (s: string): string =>
  s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const compact = (s: string): string => normalizeName(s).replace(/ /g, '');

/** What a response offers, by meaning: the API names options by display name, not by id. */
export function offeredFrom(result: Pick<SearchProductsResult, 'refinements' | 'searchRefinements'> & Partial<Pick<SearchProductsResult, 'products'>>): OfferedRefinements {
  const r = result.refinements;
  const find = (options: { id: string; displayName: string }[] | undefined, test: RegExp) =>
    (Array.isArray(options) ? options : []).find((o) => typeof o?.id === 'string' && test.test(String(o.displayName ?? '')))?.id;
  const first = (options: { id: string }[] | undefined) => (Array.isArray(options) ? options : []).find((o) => typeof o?.id === 'string')?.id;
  const offered: OfferedRefinements = { brands: [], ratings: [] };
  const prime = first(r?.primeEligible);
  const today = find(r?.deliveryDayOptions, /today/i);
  const tomorrow = find(r?.deliveryDayOptions, /tomorrow/i);
  const freeShipping = first(r?.eligibleForFreeShippingOptions);
  const inStock = find(r?.availabilityOptions, /^in stock/i);
  if (prime !== undefined) offered.prime = prime;
  if (today !== undefined) offered.today = today;
  if (tomorrow !== undefined) offered.tomorrow = tomorrow;
  if (freeShipping !== undefined) offered.freeShipping = freeShipping;
  if (inStock !== undefined) offered.inStock = inStock;
  for (const group of Array.isArray(result.searchRefinements) ? result.searchRefinements : []) {
    const values = Array.isArray(group?.refinementValues) ? group.refinementValues : [];
    const label = String(group?.displayValue ?? '');
    for (const v of values) {
      if (typeof v?.searchRefinementValue !== 'string' || typeof v.displayName !== 'string') continue;
      if (/brand/i.test(label) && offered.brands.length < MAX_OFFERED_BRANDS) offered.brands.push({ name: v.displayName, value: v.searchRefinementValue });
      const stars = /review|rating/i.test(label) ? /(\d(?:\.\d)?)/.exec(v.displayName)?.[1] : undefined;
      if (stars !== undefined) offered.ratings.push({ stars: Number(stars), value: v.searchRefinementValue });
    }
  }
  const values = variationValuesOf(Array.isArray(result.products) ? result.products : []);
  if (values.length > 0) offered.values = values;
  return offered;
}

/** The variation values the products come in ("Black", "24 Pack"), each once, at most MAX_OFFERED_VALUES. */
export function variationValuesOf(products: readonly ProductsResult[]): string[] {
  const values = new Set<string>();
  for (const product of products) {
    for (const dimension of product?.productVariations?.dimensions ?? []) {
      for (const value of dimension?.dimensionValues ?? []) {
        const shown = typeof value?.displayString === 'string' ? value.displayString.trim() : '';
        if (shown !== '' && shown.length <= MAX_VALUE_CHARS && !/[<>{}&]/.test(shown) && values.size < MAX_OFFERED_VALUES) values.add(shown);
      }
    }
  }
  return [...values];
}

/**
 * The offered brand a customer named: exact, then ignoring spaces ("amazon basics" /
 * "AmazonBasics"). `around`: the locale's words that may come before or after a brand name
 * ("the", "brand", "ones"; phrase data), left out.
 */
export function findBrand(offered: OfferedRefinements, spoken: string, around: LongestFirst = NOTHING_AROUND): { name: string; value: string } | undefined {
  const said = stripTrailingOf(stripLeadingOf(normalizeName(spoken), around), around);
  if (said === '') return undefined;
  return offered.brands.find((b) => normalizeName(b.name) === said) ?? offered.brands.find((b) => compact(b.name) === said.replace(/ /g, ''));
}

export type Unmet =
  | { kind: 'brand'; spoken: string; brands: string[] }
  | { kind: 'rating'; stars: number; offered: number[] }
  | { kind: 'prime' | 'delivery' | 'freeShipping' | 'inStock' };

export interface Resolved {
  applied: AppliedRefinements;
  /** Words asked for as a brand that no offered brand is: applied as an attribute filter on those words. */
  unmatchedBrand?: { spoken: string; brands: string[] };
  /** Kinds newly set (in the order they were asked). */
  added: RefinementKind[];
  /** What the response did not offer. */
  unmet: Unmet[];
}

/**
 * Adds the requested refinements to those already applied, with ids from the last response.
 * With the locale's `phrases`, words asked for as a brand that no offered brand is ("only
 * wireless ones" caught as a brand) filter by those words instead (one filter path: `attribute`).
 */
export function resolveRequests(
  current: AppliedRefinements,
  requested: RequestedRefinements,
  offered: OfferedRefinements,
  around: LongestFirst = NOTHING_AROUND,
  phrases?: Phrases,
): Resolved {
  const applied: AppliedRefinements = { ...current };
  const added: RefinementKind[] = [];
  const unmet: Unmet[] = [];
  let unmatchedBrand: Resolved['unmatchedBrand'];
  const set = <K extends RefinementKind>(kind: K, value: AppliedRefinements[K] | undefined, unmetKind: Unmet | undefined) => {
    if (value === undefined) {
      if (unmetKind !== undefined) unmet.push(unmetKind);
      return;
    }
    applied[kind] = value;
    added.push(kind);
  };
  if (requested.prime) set('prime', offered.prime, { kind: 'prime' });
  if (requested.delivery !== undefined) {
    const id = requested.delivery === 'today' ? offered.today : offered.tomorrow;
    set('delivery', id === undefined ? undefined : { day: requested.delivery, id }, { kind: 'delivery' });
  }
  if (requested.freeShipping) set('freeShipping', offered.freeShipping, { kind: 'freeShipping' });
  if (requested.inStock) set('inStock', offered.inStock, { kind: 'inStock' });
  if (requested.brand !== undefined) {
    const brand = findBrand(offered, requested.brand, around);
    const words = brand === undefined && phrases !== undefined ? attributeFilter(requested.brand, phrases) : undefined;
    if (words !== undefined) {
      set('attribute', words, undefined);
      unmatchedBrand = { spoken: requested.brand, brands: offered.brands.map((b) => b.name) };
    } else set('brand', brand, { kind: 'brand', spoken: requested.brand, brands: offered.brands.map((b) => b.name) });
  }
  if (requested.attribute !== undefined && phrases !== undefined) set('attribute', attributeFilter(requested.attribute, phrases), undefined);
  if (requested.minRating !== undefined) {
    const wanted = requested.minRating;
    // "4 stars and up" is offered as one value; a customer saying 4.5 gets the closest below.
    const match = offered.ratings.filter((r) => r.stars <= wanted).sort((a, b) => b.stars - a.stars)[0];
    set('rating', match, { kind: 'rating', stars: wanted, offered: offered.ratings.map((r) => r.stars) });
  }
  if (requested.minPrice !== undefined || requested.maxPrice !== undefined) {
    // "under 30" after "over 10" keeps both ends; an end that contradicts the other replaces it.
    let price: { min?: number; max?: number } = { ...current.price };
    if (requested.minPrice !== undefined) price.min = requested.minPrice;
    if (requested.maxPrice !== undefined) price.max = requested.maxPrice;
    if (price.min !== undefined && price.max !== undefined && price.min > price.max) {
      price = requested.maxPrice !== undefined && requested.minPrice === undefined ? { max: requested.maxPrice } : { min: price.min };
    }
    set('price', price, undefined);
  }
  if (requested.sort !== undefined) set('sort', requested.sort, undefined);
  return unmatchedBrand === undefined ? { applied, added, unmet } : { applied, added, unmet, unmatchedBrand };
}

/** The API's parameters for the applied refinements: the ids exactly as offered. */
export function requestParams(applied: AppliedRefinements | undefined): Partial<SearchProductsRequest> {
  if (applied === undefined) return {};
  const params: Partial<SearchProductsRequest> = {};
  if (applied.prime !== undefined) params.primeEligible = applied.prime;
  if (applied.delivery !== undefined) params.deliveryDay = applied.delivery.id;
  if (applied.freeShipping !== undefined) params.eligibleForFreeShipping = applied.freeShipping;
  if (applied.inStock !== undefined) params.availability = applied.inStock;
  const search = [applied.brand?.value, applied.rating?.value].filter((v): v is string => v !== undefined);
  if (search.length > 0) params.searchRefinements = search;
  return params;
}

/** Client-side price filter and sort over products already fetched. Stable: ties keep the API's order. */
export function filterAndSort(products: readonly ListedProduct[], applied: AppliedRefinements): ListedProduct[] {
  const { price, sort } = applied;
  let out = products.filter((p) => {
    if (price === undefined) return true;
    if (p.price === undefined) return false;
    if (price.min !== undefined && p.price.amount < price.min) return false;
    if (price.max !== undefined && p.price.amount > price.max) return false;
    return true;
  });
  if (sort !== undefined) {
    const indexed = out.map((p, i) => ({ p, i }));
    // Products that can't be ordered never head a "cheapest" or "best rated" list: they go last.
    const blocked = (p: ListedProduct): number => (p.unavailableReason === undefined ? 0 : 1);
    const key = (p: ListedProduct): number => {
      if (sort === 'rating') return -(p.rating ?? -1);
      const amount = p.price?.amount;
      if (amount === undefined) return Number.POSITIVE_INFINITY;
      return sort === 'price-asc' ? amount : -amount;
    };
    indexed.sort((a, b) => blocked(a.p) - blocked(b.p) || key(a.p) - key(b.p) || a.i - b.i);
    out = indexed.map((x) => x.p);
  }
  return out;
}

/** Removes one kind (or all). Returns the kinds actually removed. */
export function removeRefinement(state: RefinementState, kind: RefinementKind | 'all'): RefinementKind[] {
  const removed = kind === 'all' ? [...state.order] : state.order.filter((k) => k === kind);
  if (kind === 'all') {
    state.applied = {};
  } else {
    delete state.applied[kind];
  }
  state.order = state.order.filter((k) => !removed.includes(k));
  return removed;
}

/**
 * The kind to blame for an empty list: the newest client-side filter (price, attribute) when
 * the API had results for the other refinements, else the newest API refinement. Undefined when the words alone
 * found nothing.
 */
export function culpritOf(state: RefinementState, apiCount: number): RefinementKind | undefined {
  const clientSide = (k: RefinementKind) => k === 'price' || k === 'attribute';
  if (apiCount > 0) return [...state.order].reverse().find((k) => clientSide(k) && state.applied[k] !== undefined);
  return [...state.order].reverse().find((k) => k !== 'sort' && !clientSide(k) && state.applied[k] !== undefined);
}
