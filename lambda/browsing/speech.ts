/**
 * Titles short enough to listen to. Catalog text is untrusted: this returns plain text, and
 * the translator escapes it as a parameter. Prices, ratings and counts are said per locale by
 * lambda/i18n/spoken.ts.
 */
import { stripMarkup } from '../util/ssml';

const MAX_TITLE_WORDS = 9;
/** Nine words of a sane title fit easily; nine 1,000-character "words" must not. */
export const MAX_SHORT_TITLE_CHARS = 150;
/** Where Amazon titles start listing sizes and counts. */
const TITLE_SEPARATOR = /\s*(?:,|\s-\s|\s–\s|\(|\[|\||;)\s*/;

/**
 * A title short enough to say: up to the first comma, dash or bracket (where Amazon titles
 * start listing sizes and counts), at most nine words, markup removed.
 */
export function shortTitle(title: string): string {
  const plain = stripMarkup(title);
  // What comes before the first separator (`split(…)[0]` without building every part).
  const cut = plain.slice(0, TITLE_SEPARATOR.exec(plain)?.index ?? plain.length);
  const words = (cut.length >= 3 ? cut : plain).split(' ').filter((w) => w.length > 0);
  const short = words.slice(0, MAX_TITLE_WORDS).join(' ');
  if (short.length <= MAX_SHORT_TITLE_CHARS) return short;
  const bounded = short.slice(0, MAX_SHORT_TITLE_CHARS);
  return /[\uD800-\uDBFF]$/.test(bounded) ? bounded.slice(0, -1) : bounded;
}
