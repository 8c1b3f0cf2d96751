/**
 * Pure builders for what the customer hears about products: prices as a person says them,
 * ratings rounded to a half star, titles short enough to listen to. Catalog text is
 * untrusted: these return plain text, and the translator escapes it as a parameter.
 */
import { roundRating } from '../util/rating';
import { isCurrencyCode } from '../util/money';
import { stripMarkup } from '../util/ssml';

interface CurrencyWords {
  one: string;
  many: string;
  minorOne?: string;
  minorMany?: string;
}

// How each currency the regions price in is said in English. JPY has no minor unit.
const CURRENCY_WORDS: Record<string, CurrencyWords> = {
  USD: { one: 'dollar', many: 'dollars', minorOne: 'cent', minorMany: 'cents' },
  CAD: { one: 'dollar', many: 'dollars', minorOne: 'cent', minorMany: 'cents' },
  GBP: { one: 'pound', many: 'pounds', minorOne: 'penny', minorMany: 'pence' },
  EUR: { one: 'euro', many: 'euros', minorOne: 'cent', minorMany: 'cents' },
  JPY: { one: 'yen', many: 'yen' },
};

/** The words for a currency; own properties only, so "toString" or "__proto__" has none. */
function currencyWords(currency: string): CurrencyWords | undefined {
  return Object.hasOwn(CURRENCY_WORDS, currency) ? CURRENCY_WORDS[currency] : undefined;
}

/** "12 dollars 99", "4 pounds 50", "99 cents", "5 dollars", "1 dollar and 5 cents". */
export function speakPrice(amount: number, currency: string): string {
  // Never "NaN" or "undefined": a price that is not a number is said as unknown.
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) return 'an unknown price';
  const words = currencyWords(currency);
  if (words === undefined) return isCurrencyCode(currency) ? `${amount.toFixed(2)} ${currency}` : amount.toFixed(2);
  const totalMinor = Math.round(amount * 100);
  if (words.minorMany === undefined) {
    const whole = Math.round(amount);
    return `${whole} ${whole === 1 ? words.one : words.many}`;
  }
  const major = Math.floor(totalMinor / 100);
  const minor = totalMinor % 100;
  const minorWord = minor === 1 ? (words.minorOne ?? words.minorMany) : words.minorMany;
  if (major === 0) return `${minor} ${minorWord}`;
  const majorText = `${major} ${major === 1 ? words.one : words.many}`;
  if (minor === 0) return majorText;
  // "12 dollars 99" is how prices are said; single-digit cents need the unit to be clear.
  return minor < 10 ? `${majorText} and ${minor} ${minorWord}` : `${majorText} ${minor}`;
}

// Screens show the rating rounded as it is said (util/rating.ts).
export { roundRating };

/** "4 and a half", "4": how a rounded rating is said ("4.5" would be read "four point five"). */
export function ratingText(rating: number): string {
  const rounded = roundRating(rating);
  if (Number.isInteger(rounded)) return String(rounded);
  const whole = Math.floor(rounded);
  return whole === 0 ? 'half a' : `${whole} and a half`;
}

const MAX_TITLE_WORDS = 9;
/** Nine words of a sane title fit easily; nine 1,000-character "words" must not. */
export const MAX_SHORT_TITLE_CHARS = 150;

/**
 * A title short enough to say: up to the first comma, dash or bracket (where Amazon titles
 * start listing sizes and counts), at most nine words, markup removed.
 */
export function shortTitle(title: string): string {
  const plain = stripMarkup(title);
  const cut = plain.split(/\s*(?:,|\s-\s|\s–\s|\(|\[|\||;)\s*/)[0] ?? plain;
  const words = (cut.length >= 3 ? cut : plain).split(' ').filter((w) => w.length > 0);
  const short = words.slice(0, MAX_TITLE_WORDS).join(' ');
  if (short.length <= MAX_SHORT_TITLE_CHARS) return short;
  const bounded = short.slice(0, MAX_SHORT_TITLE_CHARS);
  return /[\uD800-\uDBFF]$/.test(bounded) ? bounded.slice(0, -1) : bounded;
}

// Made once, on first use (not at cold start): building an Intl.NumberFormat costs much
// more than using one.
let countFormat: Intl.NumberFormat | undefined;

/** A number as said in a sentence: 12,345 → "12,345" is read fine by Alexa; keep digits. */
export function countText(n: number): string {
  countFormat ??= new Intl.NumberFormat('en-US');
  return countFormat.format(n);
}

const SMALL_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "three", "the next three": small counts read as words; larger ones stay digits. */
export function countWord(n: number): string {
  return SMALL_NUMBERS[n] ?? countText(n);
}
