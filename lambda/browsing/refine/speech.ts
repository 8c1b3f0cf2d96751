/** Pure speech builders for refined lists: the refinements spoken back once, counts said honestly. */
import { ssml, type Translator } from '../../i18n';
import { currentPage, type ShoppingState } from '../../session';
import { pageItems } from '../answers';
import { spokenCount, spokenList, spokenPrice } from '../../i18n/spoken';
import type { AppliedRefinements, RefinementKind, RefinementState, SortOrder } from '../../session/refinements';

const SORT_KEYS = { 'price-asc': 'REFINE_SORT_PRICE_ASC', 'price-desc': 'REFINE_SORT_PRICE_DESC', rating: 'REFINE_SORT_RATING' } as const;
const SORTED_KEYS = { 'price-asc': 'SORTED_PRICE_ASC', 'price-desc': 'SORTED_PRICE_DESC', rating: 'SORTED_RATING' } as const;

/** One applied refinement as said ("under 20 dollars"), as escaped SSML. */
export function refinementPhrase(t: Translator, applied: AppliedRefinements, kind: RefinementKind, currency: string): string {
  switch (kind) {
    case 'prime':
      return t('REFINE_PRIME');
    case 'delivery':
      return t(applied.delivery?.day === 'today' ? 'REFINE_TODAY' : 'REFINE_TOMORROW');
    case 'freeShipping':
      return t('REFINE_FREE_SHIPPING');
    case 'inStock':
      return t('REFINE_IN_STOCK');
    case 'brand':
      return t('REFINE_BRAND', { brand: applied.brand?.name ?? '' });
    case 'rating':
      return t.plural('REFINE_RATING', applied.rating?.stars ?? 0, { stars: applied.rating?.stars ?? 0 });
    case 'price': {
      const { min, max } = applied.price ?? {};
      if (min !== undefined && max !== undefined) return t('REFINE_BETWEEN', { min: String(min), max: spokenPrice(t, max, currency) });
      if (max !== undefined) return t('REFINE_UNDER', { price: spokenPrice(t, max, currency) });
      return t('REFINE_OVER', { price: spokenPrice(t, min ?? 0, currency) });
    }
    case 'sort':
      return t(SORT_KEYS[applied.sort ?? 'price-asc']);
  }
}

const KIND_KEYS = {
  prime: 'KIND_PRIME',
  delivery: 'KIND_DELIVERY',
  freeShipping: 'KIND_FREE_SHIPPING',
  inStock: 'KIND_IN_STOCK',
  brand: 'KIND_BRAND',
  rating: 'KIND_RATING',
  price: 'KIND_PRICE',
  sort: 'KIND_SORT',
} as const;

export function kindName(t: Translator, kind: RefinementKind): string {
  return t(KIND_KEYS[kind]);
}

/** Filters named one by one; beyond this, the newest and how many more (a list with all eight stays under 75 words). */
export const MAX_FILTERS_NAMED = 3;
const FILTERS_NAMED_WHEN_MANY = 1;

/**
 * The refinements as one phrase, as a person would say them: the sort first ("cheapest first"),
 * then the filters in the order they were added, joined as the locale joins a list
 * ("Cheapest first, Prime only and under 20 dollars"). Many filters: the newest and "N more
 * filters". `withSort: false` for what a list was filtered by (a sort empties nothing).
 */
export function summaryOf(t: Translator, refinements: RefinementState, currency: string, withSort = true): string {
  const { order, applied } = refinements;
  const filters = order.filter((kind) => kind !== 'sort');
  const named = filters.length > MAX_FILTERS_NAMED ? filters.slice(-FILTERS_NAMED_WHEN_MANY) : filters;
  const more = filters.length - named.length;
  const parts = [
    ...(withSort && applied.sort !== undefined && order.includes('sort') ? [refinementPhrase(t, applied, 'sort', currency)] : []),
    ...named.map((kind) => refinementPhrase(t, applied, kind, currency)),
    ...(more > 0 ? [t.plural('REFINE_SUMMARY_MORE', more, { count: more })] : []),
  ];
  return spokenList(t, parts);
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The lead of a refined list: the refinements once, the count (honest about what was looked at), the page. */
export function refinedListSpeech(t: Translator, state: ShoppingState, currency: string): string {
  const refinements = state.refinements;
  const query = state.query ?? '';
  const items = ssml(pageItems(t, state));
  // "Here are the first three", as a plain search says it.
  const onPage = currentPage(state).length;
  const shown = spokenCount(t, onPage);
  const count = state.products.length;
  // Every result on the first page: "3 results: 1, …", never "here are the first three" of three.
  const all = (n: number): boolean => n > 1 && n <= onPage && state.pageStart === 0;
  if (refinements === undefined) return all(count) ? t('SEARCH_RESULTS_ALL', { count, query, items }) : t.plural('SEARCH_RESULTS', count, { count, query, shown, items });
  const filters = refinements.order.filter((k) => k !== 'sort');
  const summary = ssml(capitalize(summaryOf(t, refinements, currency)));
  const total = refinements.matching ?? count;
  const scanned = refinements.scanned;
  const partial = scanned !== undefined && scanned < total;
  const sort: SortOrder | undefined = refinements.applied.sort;
  if (filters.length === 0 && sort !== undefined) {
    const params = { total, scanned: scanned ?? total, query, shown, items, sorted: t(SORTED_KEYS[sort]) };
    return partial ? t('SORTED_PARTIAL', params) : t('SORTED_ALL', params);
  }
  if (partial) {
    const matches = t.plural('MATCH_COUNT', count, { count });
    return t('REFINED_PARTIAL', { summary, scanned: scanned ?? 0, total, query, matches, shown, items });
  }
  // API refinements: the API's own count of what matches them.
  const exact = scanned === undefined ? (state.totalResults ?? count) : count;
  if (all(exact)) return t('REFINED_RESULTS_ALL', { summary, count: exact, query, items });
  return t.plural('REFINED_RESULTS', exact, { summary, count: exact, query, shown, items });
}

/** An emptied list: which refinement did it, and the offer to drop it. */
export function emptiedSpeech(t: Translator, state: ShoppingState, culprit: RefinementKind, currency: string): { speech: string; reprompt: string } {
  const refinements = state.refinements;
  const applied = refinements?.applied ?? {};
  const summary = ssml(refinements === undefined ? '' : summaryOf(t, refinements, currency, false));
  const culpritText = ssml(refinementPhrase(t, applied, culprit, currency));
  const query = state.query ?? '';
  const total = refinements?.matching ?? 0;
  const scanned = refinements?.scanned;
  // With no filter but a sort, the sort is the one culprit.
  const filters = Math.max(refinements?.order.filter((k) => k !== 'sort').length ?? 0, 1);
  const params = { scanned: scanned ?? 0, total, query, summary, culprit: culpritText };
  const speech = t.plural(scanned !== undefined && scanned < total ? 'REFINE_EMPTY_PARTIAL' : 'REFINE_EMPTY', filters, params);
  return { speech, reprompt: t('REFINE_EMPTY_REPROMPT', { culprit: culpritText }) };
}
