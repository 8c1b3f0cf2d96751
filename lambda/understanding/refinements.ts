/**
 * Pure: finds refinements inside what the customer said ("AA batteries with Prime
 * delivery", "coffee under 20 dollars", "the cheapest printer paper") and returns the words
 * left to search for. Only phrases that cannot name a product are taken; everything else
 * stays in the keywords. Every word comes from the locale's phrase data (`refine`, `sorts`,
 * `dangling`, `currency`, `amounts`, number words): the code matches word patterns, in any
 * language.
 */
import type { Phrases, RefinePhrases } from '../i18n/phrases';
import type { RequestedRefinements } from '../session/refinements';
import { parseNumber } from './numbers';
import { type CompiledPattern, matcherFor, type Part } from './compiled';
import { normalizeText, stripLeadingOf, stripTrailingOf } from './text';

/** A spoken number is at most this many words ("one hundred and twenty five"). */
const MAX_NUMBER_WORDS = 6;

interface Found {
  end: number;
  numbers: number[];
}

/** A currency word or sign at `at` ("dollars", "$", "quid"): how many words it takes. */
function currencyAt(words: readonly string[], at: number, phrases: Phrases): number {
  return phrases.currency.some((c) => words[at] === c) ? 1 : 0;
}

/** An amount said as words at `at` ("a tenner", "fifteen bucks" is a number and a currency). */
function amountAt(words: readonly string[], at: number, phrases: Phrases): { value: number; length: number } | undefined {
  for (const skip of [0, 1]) {
    if (skip === 1 && !phrases.articles.includes(words[at] ?? '')) continue;
    for (const [said, value] of Object.entries(phrases.amounts)) {
      const parts = said.split(' ');
      if (parts.every((p, k) => words[at + skip + k] === p)) return { value, length: skip + parts.length };
    }
  }
  return undefined;
}

/** The pattern's parts matched from word `at` on, trying every length a number may take. */
function matchFrom(words: readonly string[], at: number, parts: readonly Part[], phrases: Phrases, numbers: number[]): Found | undefined {
  const [part, ...rest] = parts;
  if (part === undefined) return { end: at, numbers };
  if ('word' in part) return words[at] === part.word ? matchFrom(words, at + 1, rest, phrases, numbers) : undefined;
  const before = currencyAt(words, at, phrases);
  const amount = amountAt(words, at + before, phrases);
  if (amount !== undefined) {
    const found = matchFrom(words, at + before + amount.length, rest, phrases, [...numbers, amount.value]);
    if (found !== undefined) return found;
  }
  for (let length = Math.min(MAX_NUMBER_WORDS, words.length - at - before); length >= 1; length--) {
    const slice = words.slice(at + before, at + before + length);
    // "twenty and up": the number is "twenty", the "and" belongs to what follows.
    if (phrases.numbers.joiners.includes(slice.at(-1) ?? '')) continue;
    const value = parseNumber(slice.join(' '), phrases);
    if (value === undefined || !Number.isFinite(value)) continue;
    const after = currencyAt(words, at + before + length, phrases);
    if (part.number === 'currency' && before + after === 0) continue;
    const found = matchFrom(words, at + before + length + after, rest, phrases, [...numbers, value]);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The first place one of `patterns` matches, and there the longest match. */
function findPattern(words: readonly string[], compiled: readonly CompiledPattern[], phrases: Phrases): (Found & { start: number }) | undefined {
  for (let start = 0; start < words.length; start++) {
    // At the first word where any pattern matches, the match that takes the most words.
    let best: (Found & { start: number }) | undefined;
    for (const { pattern, parts } of compiled) {
      const found = matchFrom(words, start, parts, phrases, []);
      if (found === undefined || found.end === start) continue;
      if (phrases.refine.wordsAtEndOnly.includes(pattern) && found.end !== words.length) continue;
      if (best === undefined || found.end > best.end) best = { start, ...found };
    }
    if (best !== undefined) return best;
  }
  return undefined;
}

/** What each kind of refinement does with the numbers its pattern matched; false: not this kind after all. */
type Apply = (numbers: number[], into: RequestedRefinements, words: readonly string[]) => boolean;

const APPLY: ReadonlyArray<readonly [keyof RefinePhrases, Apply]> = [
  // "between 10 and 30" before "under 30"; a rating before a price ("4 stars and up").
  [
    'between',
    ([a, b], into) => {
      if (a === undefined || b === undefined) return false;
      into.minPrice = Math.min(a, b);
      into.maxPrice = Math.max(a, b);
      return true;
    },
  ],
  [
    'minRating',
    ([stars], into) => {
      if (stars === undefined || stars < 1 || stars > 5) return false;
      into.minRating = stars;
      return true;
    },
  ],
  [
    'maxPrice',
    ([n], into) => {
      if (n === undefined || n < 0) return false;
      into.maxPrice = n;
      return true;
    },
  ],
  [
    'minPrice',
    ([n], into) => {
      if (n === undefined || n < 0) return false;
      into.minPrice = n;
      return true;
    },
  ],
  [
    'freeShipping',
    (_n, into) => {
      into.freeShipping = true;
      return true;
    },
  ],
  [
    'today',
    (_n, into) => {
      into.delivery = 'today';
      return true;
    },
  ],
  [
    'tomorrow',
    (_n, into) => {
      into.delivery = 'tomorrow';
      return true;
    },
  ],
  [
    'prime',
    (_n, into) => {
      into.prime = true;
      return true;
    },
  ],
  [
    'inStock',
    (_n, into) => {
      into.inStock = true;
      return true;
    },
  ],
];

export interface SplitQuery {
  keywords: string;
  requested: RequestedRefinements;
}

/** Splits spoken words into search keywords and refinements, with the locale's phrase data. */
export function splitQuery(spoken: string, phrases: Phrases): SplitQuery {
  let words = normalizeText(spoken, phrases)
    .split(' ')
    .filter((w) => w !== '');
  const requested: RequestedRefinements = {};
  const take = (start: number, end: number) => {
    words = [...words.slice(0, start), ...words.slice(end)];
  };
  const matcher = matcherFor(phrases);
  for (const [kind, apply] of APPLY) {
    const patterns = matcher.refinePatterns[kind];
    if (patterns === undefined) continue;
    // A rating needs its marker ("4 stars", "rated 4"): "batteries 20 and up" is no rating.
    if (kind === 'minRating' && !words.some((w) => phrases.refine.ratingMarkers.includes(w))) continue;
    const found = findPattern(words, patterns, phrases);
    if (found === undefined || !apply(found.numbers, requested, words)) continue;
    let end = found.end;
    if (kind === 'minRating') {
      const rest = words.slice(end).join(' ');
      const trailer = matcher.ratingTrailers.find((t) => rest === t || rest.startsWith(`${t} `));
      if (trailer !== undefined) end += trailer.split(' ').length;
    }
    take(found.start, end);
  }
  // A sort said with the product ("the cheapest printer paper"): the longest way of saying it.
  for (const { sort, way } of matcher.sortsByLength) {
    const found = findPattern(words, [way], phrases);
    if (found === undefined) continue;
    requested.sort = sort;
    take(found.start, found.end);
    break;
  }
  // Connecting words left at either end: "batteries that are with" → "batteries".
  let keywords = words.join(' ');
  for (let before = ''; before !== keywords; ) {
    before = keywords;
    keywords = stripTrailingOf(stripLeadingOf(keywords, matcher.danglingLeading), matcher.danglingTrailing);
  }
  return { keywords, requested };
}
