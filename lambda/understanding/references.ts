/**
 * Which listed product words name, read with the locale's phrase data: "the second one",
 * "2nd", "number two", "item 3", "the last one", a bare "two" or "3", "it". Pure.
 */
import type { Phrases } from '../i18n/phrases';
import { matcherFor } from './compiled';
import { coveredByOf, stripLeadingOf, stripTrailingOf } from './text';
import { numberAt, parseNumber, parseOrdinal } from './numbers';

export type ItemReference = { kind: 'ordinal'; n: number } | { kind: 'last' } | { kind: 'middle' } | { kind: 'it' };

/** Biggest list position a bare number may name: "50" is not an item of a page of three. */
const MAX_ITEM = 60;

function position(word: string, phrases: Phrases): ItemReference | undefined {
  const n = parseOrdinal(word, phrases);
  if (n !== undefined) return { kind: 'ordinal', n };
  if (phrases.positions.last.includes(word)) return { kind: 'last' };
  if (phrases.positions.middle.includes(word)) return { kind: 'middle' };
  return undefined;
}

/** The whole of `text` names an item ("the second one", "two", "number 3", "that one"). */
export function wholeReference(text: string, phrases: Phrases): ItemReference | undefined {
  const matcher = matcherFor(phrases);
  const bare = stripTrailingOf(stripLeadingOf(text, matcher.articles), matcher.itemNouns);
  if (bare === '') return undefined;
  if (coveredByOf(text, matcher.pronouns)) return { kind: 'it' };
  // A number and its ordinal suffix as separate words, as Japanese is split ("3 番目", "二 番目").
  const spelled = stripTrailingOf(bare, matcher.ordinalSuffixes);
  const n = parseNumber(stripLeadingOf(spelled, matcher.numberMarkers), phrases);
  if (n !== undefined && Number.isInteger(n) && n >= 1 && n <= MAX_ITEM) return { kind: 'ordinal', n };
  const words = bare.split(' ');
  if (words.length === 1) return position(words[0] ?? '', phrases);
  // "very last": a position said in two words.
  if (phrases.positions.last.includes(bare)) return { kind: 'last' };
  return undefined;
}

/** An item named anywhere inside longer words ("to add the second one to my cart"). */
export function referenceWithin(text: string, phrases: Phrases): ItemReference | undefined {
  const words = text.split(' ');
  for (const [i, word] of words.entries()) {
    const found = position(word, phrases);
    // A position word counts after an article or a joining word ("the second", "about the second",
    // Italian "sul secondo", Spanish "del segundo": prepositions fused with the article; where the
    // locale names its definite articles, only those: German "ein zweites" is no position) or
    // before an item noun ("second one").
    const before = words[i - 1] ?? '';
    const introduced = (phrases.definiteArticles ?? phrases.articles).includes(before) || phrases.connectors.includes(before);
    if (found !== undefined && (introduced || phrases.itemNouns.includes(words[i + 1] ?? '') || words.length === 1)) return found;
    if (phrases.ordinalSuffixes.includes(words[i + 1] ?? '')) {
      const n = parseNumber(word, phrases);
      if (n !== undefined && Number.isInteger(n) && n >= 1 && n <= MAX_ITEM) return { kind: 'ordinal', n };
    }
    if (phrases.numberMarkers.includes(word) && i + 1 < words.length) {
      const n = numberAt(words, i + 1, phrases);
      if (n !== undefined && Number.isInteger(n.value) && n.value >= 1 && n.value <= MAX_ITEM) return { kind: 'ordinal', n: n.value };
    }
  }
  return undefined;
}
