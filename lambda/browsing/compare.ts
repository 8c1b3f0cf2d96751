/**
 * Two listed products side by side, one short sentence per thing a shopper weighs: price,
 * rating and how many rated it, delivery, pack size. Free product information, unlike the
 * premium offer comparison. Pure: the products in, the speech out. The sentences that matter
 * least are left out first when the answer would pass the word budget.
 */
import { ssml, type Translator } from '../i18n';
import type { ProductsResult } from '../catalog/types';
import { ANSWER_WORD_BUDGET, wordCount } from './answers';
import { ratingsCount } from './details';
import { featuredOfferOf } from './listing';
import { deliverySentence, packSizeOf } from './questions';
import { shortTitle } from './speech';
import { spokenPrice, spokenRating } from '../i18n/spoken';

export type CompareAspect = 'price' | 'rating';

/** At most this many words for a comparison, its question included (house limit for an answer). */
export const COMPARE_WORD_BUDGET = ANSWER_WORD_BUDGET;

export interface Compared {
  product: ProductsResult;
  /** Its number on the page, as the customer heard it. */
  n: number;
  /** The title as the list said it, when it was listed. */
  title?: string;
}

/** "first", "third", or "number 12" beyond the locale's ordinal words. */
export function ordinalName(t: Translator, n: number): string {
  const words = t('COMPARE_ORDINALS').split(',');
  return words[n - 1]?.trim() || t('COMPARE_NUMBER', { n });
}

const priceOf = (p: ProductsResult) => featuredOfferOf(p)?.price?.value;

function verdict(t: Translator, aspect: CompareAspect | undefined, a: Compared, b: Compared, names: [string, string]): string | undefined {
  if (aspect === 'price') {
    const [pa, pb] = [priceOf(a.product)?.amount, priceOf(b.product)?.amount];
    if (pa === undefined || pb === undefined) return undefined;
    if (pa === pb) return t('COMPARE_SAME_PRICE');
    return t('COMPARE_CHEAPER', { which: pa < pb ? names[0] : names[1] });
  }
  if (aspect === 'rating') {
    const [ra, rb] = [a.product.customerReviewsSummary?.starRating, b.product.customerReviewsSummary?.starRating];
    if (ra === undefined || rb === undefined) return undefined;
    if (ra === rb) return t('COMPARE_SAME_RATING');
    return t('COMPARE_BETTER_RATED', { which: ra > rb ? names[0] : names[1] });
  }
  return undefined;
}

function price(t: Translator, p: ProductsResult): string {
  const value = priceOf(p);
  return value === undefined ? t('COMPARE_NO_PRICE') : spokenPrice(t, value.amount, value.currencyCode);
}

function ratings(t: Translator, p: ProductsResult): string {
  const summary = p.customerReviewsSummary;
  const n = summary?.numberOfRatings;
  if (n === undefined || n === 0) return t('COMPARE_NO_RATINGS');
  return t('COMPARE_RATING_ONE', { rating: ssml(spokenRating(t, summary?.starRating)), count: ssml(ratingsCount(t, n)) });
}

function delivery(t: Translator, p: ProductsResult): string {
  const offer = featuredOfferOf(p);
  const text = offer === undefined ? '' : deliverySentence(offer).replace(/[.!?]$/, '');
  return text === '' ? t('COMPARE_NO_DELIVERY') : text;
}

function packSentence(t: Translator, [na, nb]: [string, string], [pa, pb]: [string | undefined, string | undefined]): string | undefined {
  if (pa !== undefined && pb !== undefined) return t('COMPARE_PACK', { a: na, b: nb, packA: pa, packB: pb });
  if (pa !== undefined) return t('COMPARE_PACK_ONE', { a: na, b: nb, pack: pa });
  if (pb !== undefined) return t('COMPARE_PACK_ONE', { a: nb, b: na, pack: pb });
  return undefined;
}

/** The comparison and its question, within COMPARE_WORD_BUDGET words. */
export function compareSpeech(t: Translator, a: Compared, b: Compared, aspect?: CompareAspect): string {
  const names: [string, string] = [ordinalName(t, a.n), ordinalName(t, b.n)];
  const [na, nb] = names;
  const titleOf = (c: Compared) => c.title ?? shortTitle(String(c.product.title ?? c.product.asin));
  const packs: [string | undefined, string | undefined] = [packSizeOf(t, a.product), packSizeOf(t, b.product)];
  const deliveries = [delivery(t, a.product), delivery(t, b.product)];
  const required = [verdict(t, aspect, a, b, names), t('COMPARE_PRICE', { a: na, b: nb, priceA: price(t, a.product), priceB: price(t, b.product) })];
  // Optional sentences, the most useful first.
  const optional = [
    t('COMPARE_RATING', { a: na, b: nb, ratingA: ssml(ratings(t, a.product)), ratingB: ssml(ratings(t, b.product)) }),
    deliveries[0] === deliveries[1]
      ? t('COMPARE_DELIVERY_SAME', { delivery: deliveries[0] })
      : t('COMPARE_DELIVERY', { a: na, b: nb, deliveryA: deliveries[0], deliveryB: deliveries[1] }),
    packSentence(t, names, packs),
    t('COMPARE_TITLES', { a: na, b: nb, titleA: titleOf(a), titleB: titleOf(b) }),
  ];
  const question = t('COMPARE_ASK');
  const kept = required.filter((s): s is string => s !== undefined);
  const chosen: Array<string | undefined> = [...optional];
  for (const [i, sentence] of optional.entries()) {
    if (sentence === undefined) continue;
    const trial = [...kept, ...chosen.slice(0, i + 1).filter((s): s is string => s !== undefined), question].join(' ');
    if (wordCount(trial) > COMPARE_WORD_BUDGET) chosen[i] = undefined;
  }
  // The titles say which is which, so they lead when they fit.
  const [rating, deliveryText, pack, titles] = chosen;
  return [titles, ...kept, rating, deliveryText, pack, question].filter((s): s is string => s !== undefined && s !== '').join(' ');
}
