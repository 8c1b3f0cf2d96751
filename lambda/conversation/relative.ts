/**
 * Products named by how they relate to others: "no, the other one", "the one before that",
 * "the next one", "the cheaper one", "a more expensive one", "the better rated one",
 * "something similar". Pure: the shopping state in, the listed product meant (or why there
 * is none) out. The words for each relation are the locale's (its model's samples of one
 * intent per relation); this module only knows the relations.
 *
 * What each relation is measured against:
 * - the *pair*: the two products last compared or last heard one after the other
 *   (`ShoppingState.pair`, kept as ASINs so a re-sorted list cannot make it point elsewhere);
 * - the *focus*: the product in focus (`ShoppingState.current`);
 * - the *list*: every product listed so far for this search (the pages fetched, not only read).
 */
import { type RelativeIntentName, RelativeIntents } from '../constants';
import { currentPage, type ListedProduct, type ShoppingState } from '../session';

export type Relation = (typeof RelativeIntents)[RelativeIntentName];

const RELATIONS: readonly string[] = Object.values(RelativeIntents);

/** A relation id: a ListPositionType value id, or what a relative-reference intent names. */
export function isRelation(value: unknown): value is Relation {
  return typeof value === 'string' && RELATIONS.includes(value);
}

export type RelativePick =
  | { kind: 'chosen'; index: number; product: ListedProduct }
  /** Nothing listed: search first. */
  | { kind: 'empty' }
  /** No product in focus and no pair to measure against: "which one?". */
  | { kind: 'no-focus'; count: number }
  /** The focus is already the end of that relation ("the cheapest of the 24 listed"). */
  | { kind: 'none'; relation: Relation; focus: ListedProduct; listed: number };

/** The listed product with this ASIN, and where it is. */
function byAsin(state: ShoppingState, asin: string): { index: number; product: ListedProduct } | undefined {
  const index = state.products.findIndex((p) => p.asin === asin);
  const product = state.products[index];
  return product === undefined ? undefined : { index, product };
}

function focusOf(state: ShoppingState): { index: number; product: ListedProduct } | undefined {
  const index = state.current;
  const product = index === undefined ? undefined : state.products[index];
  return index === undefined || product === undefined ? undefined : { index, product };
}

/** The two products the customer is choosing between: the pair, else a page of exactly two. */
function pairOf(state: ShoppingState): Array<{ index: number; product: ListedProduct }> | undefined {
  const pair = (state.pair ?? []).flatMap((asin) => byAsin(state, asin) ?? []);
  if (pair.length === 2) return pair;
  const page = currentPage(state);
  if (page.length === 2) return page.map((product, i) => ({ index: state.pageStart + i, product }));
  return undefined;
}

const price = (p: ListedProduct) => p.price?.amount;

/** Whether `b` stands in `relation` to `a` (cheaper, dearer, better rated); unknown values never do. */
function beats(relation: 'cheaper' | 'dearer' | 'better-rated', a: ListedProduct, b: ListedProduct): boolean {
  if (relation === 'better-rated') return a.rating !== undefined && b.rating !== undefined && b.rating > a.rating;
  const [pa, pb] = [price(a), price(b)];
  if (pa === undefined || pb === undefined) return false;
  return relation === 'cheaper' ? pb < pa : pb > pa;
}

/** How far apart two products are in price (relative) and rating (on the five-star scale). */
function distance(a: ListedProduct, b: ListedProduct): number | undefined {
  const [pa, pb] = [price(a), price(b)];
  const priceGap = pa !== undefined && pb !== undefined && pa > 0 ? Math.abs(pb - pa) / pa : undefined;
  const ratingGap = a.rating !== undefined && b.rating !== undefined ? Math.abs(b.rating - a.rating) / 5 : undefined;
  if (priceGap === undefined && ratingGap === undefined) return undefined;
  return (priceGap ?? 0.5) + (ratingGap ?? 0.5);
}

/** The nearest step in that direction: the cheaper one is the next cheaper, not the cheapest of all. */
function gap(relation: 'cheaper' | 'dearer' | 'better-rated', a: ListedProduct, b: ListedProduct): number {
  if (relation === 'better-rated') return (b.rating ?? 0) - (a.rating ?? 0);
  return Math.abs((price(b) ?? 0) - (price(a) ?? 0));
}

function nearest<T>(items: readonly T[], score: (item: T) => number | undefined): T | undefined {
  let best: { item: T; score: number } | undefined;
  for (const item of items) {
    const s = score(item);
    if (s !== undefined && (best === undefined || s < best.score)) best = { item, score: s };
  }
  return best?.item;
}

export function relativeProduct(state: ShoppingState, relation: Relation): RelativePick {
  if (state.products.length === 0) return { kind: 'empty' };
  const focus = focusOf(state);
  const pair = pairOf(state);
  const chosen = (found: { index: number; product: ListedProduct }): RelativePick => ({ kind: 'chosen', ...found });
  const none = (f: { product: ListedProduct }): RelativePick => ({ kind: 'none', relation, focus: f.product, listed: state.products.length });
  const noFocus: RelativePick = { kind: 'no-focus', count: currentPage(state).length };

  if (relation === 'other') {
    if (pair === undefined) return noFocus;
    const others = pair.filter((p) => p.index !== focus?.index);
    const [other] = others;
    return others.length === 1 && other !== undefined ? chosen(other) : noFocus;
  }
  if (relation === 'previous' || relation === 'next') {
    if (focus === undefined) return noFocus;
    const index = focus.index + (relation === 'next' ? 1 : -1);
    const product = state.products[index];
    return product === undefined ? none(focus) : chosen({ index, product });
  }
  if (relation === 'similar') {
    if (focus === undefined) return noFocus;
    const candidates = state.products.flatMap((product, index) => (index === focus.index || product.unavailableReason !== undefined ? [] : [{ index, product }]));
    const found = nearest(candidates, (c) => distance(focus.product, c.product));
    return found === undefined ? none(focus) : chosen(found);
  }
  // Cheaper, dearer, better rated: the other of the pair when it is; else the nearest step over the list.
  if (focus === undefined) {
    if (pair === undefined) return noFocus;
    const [a, b] = pair;
    if (a === undefined || b === undefined) return noFocus;
    if (beats(relation, a.product, b.product)) return chosen(b);
    if (beats(relation, b.product, a.product)) return chosen(a);
    return noFocus;
  }
  const partner = pair?.find((p) => p.index !== focus.index && pair.some((q) => q.index === focus.index));
  if (partner !== undefined && beats(relation, focus.product, partner.product)) return chosen(partner);
  const candidates = state.products.flatMap((product, index) => (beats(relation, focus.product, product) ? [{ index, product }] : []));
  const found = nearest(candidates, (c) => gap(relation, focus.product, c.product));
  return found === undefined ? none(focus) : chosen(found);
}

/** The pair after the focus moves from one product to another: the two just heard. */
export function pairAfterMove(state: ShoppingState, to: number): [string, string] | undefined {
  // The same place again (a variation of it, the same one re-read) keeps the pair.
  const from = state.current === undefined || state.current === to ? undefined : state.products[state.current];
  const next = state.products[to];
  if (from === undefined || next === undefined || from.asin === next.asin) return state.pair;
  return [from.asin, next.asin];
}
