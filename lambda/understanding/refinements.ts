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
  numbers: readonly number[];
}

/** What a match starts with: never changed (a number found makes a new list), so one serves every pattern tried. */
const NO_NUMBERS: readonly number[] = [];

/** A currency word or sign at `at` ("dollars", "$", "quid"): how many words it takes. */
function currencyAt(words: readonly string[], at: number, phrases: Phrases): number {
  return phrases.currency.includes(words[at] ?? '') ? 1 : 0;
}

/** Each locale's amounts split into their words once, in the data's order (they were split for every word tried). */
const amountWords = new WeakMap<Phrases['amounts'], ReadonlyArray<readonly [readonly string[], number]>>();

function amountsOf(phrases: Phrases): ReadonlyArray<readonly [readonly string[], number]> {
  let split = amountWords.get(phrases.amounts);
  if (split === undefined) {
    split = Object.entries(phrases.amounts).map(([said, value]) => [said.split(' '), value] as const);
    amountWords.set(phrases.amounts, split);
  }
  return split;
}

/** Are `parts` the words of `words` from `at` on? */
function wordsFrom(words: readonly string[], at: number, parts: readonly string[]): boolean {
  for (let k = 0; k < parts.length; k++) if (words[at + k] !== parts[k]) return false;
  return true;
}

/** An amount said as words at `at` ("a tenner", "fifteen bucks" is a number and a currency). */
function amountAt(words: readonly string[], at: number, phrases: Phrases): { value: number; length: number } | undefined {
  const amounts = amountsOf(phrases);
  for (let skip = 0; skip <= 1; skip++) {
    if (skip === 1 && !phrases.articles.includes(words[at] ?? '')) continue;
    for (const [parts, value] of amounts) {
      if (wordsFrom(words, at + skip, parts)) return { value, length: skip + parts.length };
    }
  }
  return undefined;
}

/**
 * The numbers read in one list of words, by where they start and how many words they take:
 * every pattern with a number tries the same words at the same place, and each reading of
 * them was a string and a parse. Keyed by the list itself, which splitQuery replaces whenever
 * it takes words out, so a reading never outlives the words it was made from.
 */
const numbersRead = new WeakMap<readonly string[], Map<number, number | undefined>>();

/** `parseNumber` of `length` words of `words` from `from` on, read once per list. */
function numberOf(words: readonly string[], from: number, length: number, phrases: Phrases): number | undefined {
  let read = numbersRead.get(words);
  if (read === undefined) {
    read = new Map();
    numbersRead.set(words, read);
  }
  const key = from * (MAX_NUMBER_WORDS + 1) + length;
  if (read.has(key)) return read.get(key);
  const value = parseNumber(words.slice(from, from + length).join(' '), phrases);
  read.set(key, value);
  return value;
}

/**
 * The pattern's parts from `next` on matched from word `at` on, trying every length a number
 * may take. The parts are read by index (no array of the rest per step): it runs for every
 * pattern at every word of every turn.
 */
function matchFrom(words: readonly string[], at: number, parts: readonly Part[], phrases: Phrases, numbers: readonly number[], next = 0): Found | undefined {
  const part = parts[next];
  if (part === undefined) return { end: at, numbers };
  const rest = next + 1;
  if ('word' in part) return words[at] === part.word ? matchFrom(words, at + 1, parts, phrases, numbers, rest) : undefined;
  const before = currencyAt(words, at, phrases);
  const amount = amountAt(words, at + before, phrases);
  if (amount !== undefined) {
    const found = matchFrom(words, at + before + amount.length, parts, phrases, [...numbers, amount.value], rest);
    if (found !== undefined) return found;
  }
  for (let length = Math.min(MAX_NUMBER_WORDS, words.length - at - before); length >= 1; length--) {
    // "twenty and up": the number is "twenty", the "and" belongs to what follows. Checked
    // before the words are copied out, so a joiner costs no string.
    if (phrases.numbers.joiners.includes(words[at + before + length - 1] ?? '')) continue;
    const value = numberOf(words, at + before, length, phrases);
    if (value === undefined || !Number.isFinite(value)) continue;
    const after = currencyAt(words, at + before + length, phrases);
    if (part.number === 'currency' && before + after === 0) continue;
    const found = matchFrom(words, at + before + length + after, parts, phrases, [...numbers, value], rest);
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
      const found = matchFrom(words, start, parts, phrases, NO_NUMBERS);
      if (found === undefined || found.end === start) continue;
      if (phrases.refine.wordsAtEndOnly.includes(pattern) && found.end !== words.length) continue;
      if (best === undefined || found.end > best.end) best = { start, ...found };
    }
    if (best !== undefined) return best;
  }
  return undefined;
}

/** A pattern as a list of one, made once per pattern rather than per turn. */
const singles = new WeakMap<CompiledPattern, readonly CompiledPattern[]>();

function alone(pattern: CompiledPattern): readonly CompiledPattern[] {
  let list = singles.get(pattern);
  if (list === undefined) {
    list = [pattern];
    singles.set(pattern, list);
  }
  return list;
}

/** What each kind of refinement does with the numbers its pattern matched; false: not this kind after all. */
type Apply = (numbers: readonly number[], into: RequestedRefinements, words: readonly string[]) => boolean;

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
    const found = findPattern(words, alone(way), phrases);
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
