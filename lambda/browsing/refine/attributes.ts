/**
 * Pure: attribute filters ("only the black ones", "just the 24 pack", "only wireless ones").
 * What the customer said becomes an `AttributeFilter`: the words, or for a pack size every way
 * the locale writes one (its `refine.packForms`: "24 pack", "pack of 24", "24 count"). A
 * product passes when its title, features or variation values hold them. The Product Search
 * API has no such refinement, so the skill applies it to the pages it fetched, as it does price.
 */
import type { Phrases } from '../../i18n/phrases';
import type { ProductsResult } from '../../catalog/types';
import type { AttributeFilter } from '../../session/refinements';
import { parseNumber } from '../../understanding/numbers';
import { normalizeText, stripLeadingOf, stripTrailingOf } from '../../understanding/text';
import { matcherFor } from '../../understanding/compiled';
import { hasUnspacedWords, spaceWords } from '../../util/words';
import { plainWords } from '../../util/text';

/**
 * Words of a different inflection still match: "schwarzen" holds "schwarz", "nera" "nero",
 * "negras" "negro": at most two letters of ending, of which the shorter word changes at most
 * one ("while" is not "white"), on words of at least this many letters.
 */
const MIN_INFLECTED_LENGTH = 3;
const MAX_ENDING = 2;
/** A pack size is a number of at most this many words ("twenty four pack"). */
const MAX_NUMBER_WORDS = 4;

/** The one form both sides are compared in: plain words, accents off, Japanese split into words. */
export function matchForm(text: string): string {
  return spaceWords(
    plainWords(text)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC'),
  );
}

/** The number of a pack size said ("24 pack", "pack of twenty four"), with the locale's forms. */
function packOf(words: string[], phrases: Phrases): number | undefined {
  for (const form of phrases.refine.packForms) {
    const parts = form.split(' ');
    const at = parts.findIndex((p) => p.includes('{n}'));
    const slot = parts[at];
    if (slot === undefined) continue;
    const before = parts.slice(0, at);
    const after = parts.slice(at + 1);
    if (!before.every((w, i) => words[i] === w)) continue;
    const rest = words.slice(before.length);
    if (slot !== '{n}') {
      // A count written into a word ("24er"): digits only.
      const [prefix = '', suffix = ''] = slot.split('{n}');
      const word = rest[0] ?? '';
      const digits = word.startsWith(prefix) && word.endsWith(suffix) ? word.slice(prefix.length, word.length - suffix.length) : '';
      if (/^\d+$/.test(digits) && rest.length === 1 + after.length && after.every((w, i) => rest[1 + i] === w)) return Number(digits);
      continue;
    }
    for (let length = Math.min(MAX_NUMBER_WORDS, rest.length - after.length); length >= 1; length--) {
      if (rest.length !== length + after.length || !after.every((w, i) => rest[length + i] === w)) continue;
      const n = parseNumber(rest.slice(0, length).join(' '), phrases);
      if (n !== undefined && Number.isInteger(n) && n > 0) return n;
    }
  }
  return undefined;
}

/**
 * The filter for words a customer said after a filter word ("black", "the 24 pack ones",
 * "that are rechargeable"), or undefined when no words are left.
 */
export function attributeFilter(said: string, phrases: Phrases): AttributeFilter | undefined {
  // Hyphens join a count to its pack ("24er-Pack", "2-pack"): words apart, as the forms write them.
  const spoken = normalizeText(said, phrases).replace(/-/g, ' ');
  const { filterLeading, filterTrailing } = matcherFor(phrases);
  const words = stripTrailingOf(stripLeadingOf(spoken, filterLeading), filterTrailing);
  if (words === '') return undefined;
  const pack = packOf(words.split(' '), phrases);
  if (pack !== undefined) {
    const anyOf = [...new Set(phrases.refine.packForms.map((form) => matchForm(form.replace('{n}', String(pack)))))];
    return { said: words, anyOf, pack };
  }
  return { said: words, anyOf: [matchForm(words)] };
}

/** A word said and a word of the listing: the same, or the same word with another ending. */
function sameWord(said: string, listed: string): boolean {
  if (said === listed) return true;
  const shorter = Math.min(said.length, listed.length);
  if (shorter < MIN_INFLECTED_LENGTH || Math.abs(said.length - listed.length) > MAX_ENDING) return false;
  let common = 0;
  while (common < shorter && said[common] === listed[common]) common++;
  return common >= MIN_INFLECTED_LENGTH && common >= Math.max(said.length, listed.length) - MAX_ENDING && shorter - common <= 1;
}

/** Does the text (in `matchForm`) hold the sequence? A pack size whole; other words each, in any order. */
function holds(text: string, sequence: string, whole: boolean): boolean {
  if (whole) return ` ${text} `.includes(` ${sequence} `);
  const words = text.split(' ');
  const joined = text.replace(/ /g, '');
  // Japanese is written without spaces: a word is held when the listing contains it.
  return sequence.split(' ').every((w) => (hasUnspacedWords(w) ? joined.includes(w) : words.some((listed) => sameWord(w, listed))));
}

/** The listing's texts a filter reads: title, features, and every variation value the product comes in. */
function textsOf(product: ProductsResult): string[] {
  const values = (product.productVariations?.dimensions ?? []).flatMap((d) => (d.dimensionValues ?? []).map((v) => String(v.displayString ?? '')));
  const features = Array.isArray(product.features) ? product.features.map(String) : [];
  return [String(product.title ?? ''), ...features, ...values].filter((t) => t !== '').map(matchForm);
}

/** Does the product pass the filter? */
export function hasAttribute(product: ProductsResult, filter: AttributeFilter): boolean {
  const texts = textsOf(product);
  return filter.anyOf.some((sequence) => texts.some((text) => holds(text, sequence, filter.pack !== undefined)));
}
