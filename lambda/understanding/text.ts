/**
 * Text as the understanding step compares it: lower case, punctuation gone, currency signs
 * apart from their number, written contractions in full (the locale's list), Japanese split into
 * its words (`spaceWords`; the Japanese phrase data is split the same way when it loads). Pure.
 */
import type { Phrases } from '../i18n/phrases';
import { joinWords, spaceWords } from '../util/words';
import { type LongestFirst, longestFirst } from './compiled';

export function normalizeText(text: string, phrases: Phrases): string {
  return normalizeKeepingCase(text, phrases).toLowerCase();
}

// Made once, on first use: esbuild writes this literal (a Unicode property escape) as
// `new RegExp(…)`, which inside the function built a RegExp on every call, many times a turn;
// made when the bundle loads, it would read ICU's tables during a launch that compares no words.
let currencySign: RegExp | undefined;

/**
 * `normalizeText` with the customer's letters as Alexa sent them: word for word the same
 * words, so a part found in the normalized text can be read back as it was said.
 */
function normalizeKeepingCase(text: string, phrases: Phrases): string {
  currencySign ??= /(\p{Sc})/gu;
  const spaced = text
    .replace(/[’‘`]/g, "'")
    // Currency signs and the number they mark are two words: "$10" → "$ 10".
    .replace(currencySign, ' $1 ')
    // Sentence punctuation goes; a decimal point between digits stays ("4.5 stars").
    .replace(/[,!?;:"()[\]{}、。？！「」・]|\.(?!\d)|(?<!\d)\./g, ' ');
  const words = spaced.split(/\s+/).filter((w) => w !== '' && w !== "'");
  return spaceWords(
    words
      .map((w) => phrases.contractions[w.toLowerCase()] ?? w.replace(/^'+|'+$/g, ''))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
    phrases.numbers.written,
  );
}

/**
 * `part` (normalized words found in `spoken`) with the letters the customer's words had:
 * the search and the answer keep "Coffee" or "HP" as Alexa sent them; cache keys normalise
 * on their own. The last place the part occurs wins (carriers and fillers come first).
 * Japanese is written together again without the spaces its comparison put in ("単三 電池" →
 * "単三電池").
 */
export function asSaid(part: string, spoken: string, phrases: Phrases): string {
  const cased = normalizeKeepingCase(spoken, phrases).split(' ');
  const lower = cased.map((w) => w.toLowerCase());
  const words = part.split(' ');
  for (let i = lower.length - words.length; i >= 0; i--) {
    if (words.every((w, j) => lower[i + j] === w)) return joinWords(cased.slice(i, i + words.length).join(' '));
  }
  return joinWords(part);
}

const SPACE = 32;

/**
 * Does `phrase` start at `at` in `text` as whole words: a space or the text's edge on either
 * side? Reads the characters in place: the matchers below run it for every phrase of a list
 * on every turn, and a string built per phrase tried was a third of a warm search turn's
 * allocation (README, Performance).
 */
function wordsAt(text: string, phrase: string, at: number): boolean {
  const end = at + phrase.length;
  return (at === 0 || text.charCodeAt(at - 1) === SPACE) && (end === text.length || text.charCodeAt(end) === SPACE) && text.startsWith(phrase, at);
}

/** Neither empty nor with a space at either end: what `wordsAt` may look for without padding the text. */
const plainPhrase = (phrase: string): boolean => phrase !== '' && phrase.charCodeAt(0) !== SPACE && phrase.charCodeAt(phrase.length - 1) !== SPACE;

/** `phrase` as whole words inside `text` (both normalized). */
export function containsPhrase(text: string, phrase: string): boolean {
  // The padded comparison, ` ${text} ` holding ` ${phrase} `, without building either string;
  // a phrase with a space at an end (never in the data) is compared padded, as it always was.
  if (!plainPhrase(phrase)) return ` ${text} `.includes(` ${phrase} `);
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (wordsAt(text, phrase, at)) return true;
  }
  return false;
}

/** Is `rest` the phrase `p` or does it start with `p` and a space? Compared in place, no string built per phrase. */
const leads = (rest: string, p: string): boolean => p !== '' && rest.startsWith(p) && (rest.length === p.length || rest.charCodeAt(p.length) === SPACE);

/** Is `rest` the phrase `p` or does it end with a space and `p`? */
const ends = (rest: string, p: string): boolean => p !== '' && rest.endsWith(p) && (rest.length === p.length || rest.charCodeAt(rest.length - p.length - 1) === SPACE);

/** The first (so the longest) of `phrases` that `test` accepts for `rest`: a loop, no closure per call. */
function firstOf(rest: string, phrases: readonly string[], test: (rest: string, p: string) => boolean): string | undefined {
  for (let i = 0; i < phrases.length; i++) {
    const p = phrases[i] as string;
    if (test(rest, p)) return p;
  }
  return undefined;
}

/**
 * A list's phrases by their first word (`leads`) or last word (`ends`), each group in the list's
 * order. A phrase can lead `rest` only if `rest` starts with the phrase's first word as a whole
 * word (the phrase is a prefix of `rest` ending at a space or at its end, and the phrase's
 * first word holds no space), so only that group is read, not the whole list: the locale's
 * lists (fillers, carriers, lead-ins) are read this way many times a turn. Made on a list's
 * second use, so a list made for one call (`stripLeading`) is not indexed.
 */
type WordIndex = Map<string, string[]>;

const leadIndexes = new WeakMap<readonly string[], WordIndex | 'seen'>();
const endIndexes = new WeakMap<readonly string[], WordIndex | 'seen'>();

const firstWord = (text: string): string => {
  const space = text.indexOf(' ');
  return space < 0 ? text : text.slice(0, space);
};
const lastWord = (text: string): string => text.slice(text.lastIndexOf(' ') + 1);

function indexed(phrases: readonly string[], indexes: WeakMap<readonly string[], WordIndex | 'seen'>, word: (text: string) => string): WordIndex | undefined {
  const known = indexes.get(phrases);
  if (known === undefined) {
    indexes.set(phrases, 'seen');
    return undefined;
  }
  if (known !== 'seen') return known;
  const index: WordIndex = new Map();
  for (const p of phrases) {
    const key = word(p);
    const group = index.get(key);
    if (group === undefined) index.set(key, [p]);
    else group.push(p);
  }
  indexes.set(phrases, index);
  return index;
}

/** `firstOf(rest, phrases, leads)`, reading only the phrases whose first word is `rest`'s. */
function leadingOf(rest: string, phrases: LongestFirst): string | undefined {
  const index = indexed(phrases, leadIndexes, firstWord);
  if (index === undefined) return firstOf(rest, phrases, leads);
  const group = index.get(firstWord(rest));
  return group === undefined ? undefined : firstOf(rest, group, leads);
}

/** `firstOf(rest, phrases, ends)`, reading only the phrases whose last word is `rest`'s. */
function endingOf(rest: string, phrases: LongestFirst): string | undefined {
  const index = indexed(phrases, endIndexes, lastWord);
  if (index === undefined) return firstOf(rest, phrases, ends);
  const group = index.get(lastWord(rest));
  return group === undefined ? undefined : firstOf(rest, group, ends);
}

/** Removes the longest of `phrases` from the start of `text`, repeatedly; returns what is left. */
export function stripLeading(text: string, phrases: readonly string[]): string {
  return stripLeadingOf(text, longestFirst(phrases));
}

/** `stripLeading` with the list already longest first (the locale's matcher, compiled.ts): no sort per turn. */
export function stripLeadingOf(text: string, phrases: LongestFirst): string {
  let rest = text;
  for (let changed = true; changed && rest !== ''; ) {
    changed = false;
    const found = leadingOf(rest, phrases);
    if (found !== undefined) {
      rest = rest.slice(found.length).trim();
      changed = true;
    }
  }
  return rest;
}

/** Removes the longest of `phrases` from the start of `text` once; `text` itself when none starts it. */
export function stripLeadingOnce(text: string, phrases: LongestFirst): string {
  const found = leadingOf(text, phrases);
  return found === undefined ? text : text.slice(found.length).trim();
}

/** Removes the longest of `phrases` from the end of `text`, repeatedly. */
export function stripTrailing(text: string, phrases: readonly string[]): string {
  return stripTrailingOf(text, longestFirst(phrases));
}

/** `stripTrailing` with the list already longest first. */
export function stripTrailingOf(text: string, phrases: LongestFirst): string {
  let rest = text;
  for (let changed = true; changed && rest !== ''; ) {
    changed = false;
    const found = endingOf(rest, phrases);
    if (found !== undefined) {
      rest = rest.slice(0, rest.length - found.length).trim();
      changed = true;
    }
  }
  return rest;
}

/** Does `text` consist only of `phrases`, one after another? */
export function coveredBy(text: string, phrases: readonly string[]): boolean {
  return coveredByOf(text, longestFirst(phrases));
}

/** `coveredBy` with the list already longest first. */
export function coveredByOf(text: string, phrases: LongestFirst): boolean {
  return text !== '' && stripLeadingOf(text, phrases) === '';
}
