/**
 * Numbers as a market says them: prices in the marketplace currency ("12 dollars 99",
 * "12 Euro 99", "12 euros con 99", "1280円"), ratings ("4 and a half stars", "4,5 Sterne",
 * "星4.5"), counts, quantity ranges and lists (`Intl.ListFormat`). The words are each locale's
 * message data (`i18n/<locale>/numbers.ts`); this module only decides which message and which
 * number. Everything returned is plain text: the translator escapes it as a parameter.
 */
import { isCurrencyCode } from '../util/money';
import { ssml, type PluralKey, type Translator } from '.';
import { roundRating } from '../util/rating';

/** The messages that name a currency's major and minor unit. A currency with no minor unit (JPY) has none. */
const CURRENCY_KEYS: Readonly<Record<string, { major: PluralKey; minor?: PluralKey }>> = {
  USD: { major: 'CURRENCY_USD', minor: 'CURRENCY_USD_MINOR' },
  CAD: { major: 'CURRENCY_CAD', minor: 'CURRENCY_CAD_MINOR' },
  GBP: { major: 'CURRENCY_GBP', minor: 'CURRENCY_GBP_MINOR' },
  EUR: { major: 'CURRENCY_EUR', minor: 'CURRENCY_EUR_MINOR' },
  JPY: { major: 'CURRENCY_JPY' },
};

// Intl objects are made once per locale and option set, on first use: building one costs far
// more than using it (a currency NumberFormat about 18 µs to build here, a format under 1 µs), and a
// cold start builds none it does not need. Screens share this cache (screens/views.ts); the
// keys stay few: the skill's locales, and only currencies Intl accepts (a constructor that
// throws caches nothing).
const formats = new Map<string, Intl.NumberFormat>();
/** The one `Intl.NumberFormat` for `locale` and `options` in this container. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const id = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(id);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, options);
    formats.set(id, format);
  }
  return format;
}

const lists = new Map<string, Intl.ListFormat>();
function listFormat(locale: string): Intl.ListFormat {
  let format = lists.get(locale);
  if (format === undefined) {
    format = new Intl.ListFormat(locale, { type: 'conjunction' });
    lists.set(locale, format);
  }
  return format;
}

/** A count in a sentence, grouped as the locale writes it: "12,345", "12.345", "12 345". */
export function spokenNumber(t: Translator, n: number): string {
  return numberFormat(t.locale).format(n);
}

/** "three", "drei", "tre": small counts read as the locale's words (its SMALL_NUMBERS); larger ones, and a locale without words, as digits. */
export function spokenCount(t: Translator, n: number): string {
  const words = t('SMALL_NUMBERS')
    .split(' ')
    .filter((w) => w !== '');
  return (Number.isInteger(n) && n >= 0 ? words[n] : undefined) ?? spokenNumber(t, n);
}

/** "A, B and C" by `Intl.ListFormat` for the locale its messages name (LIST_LOCALE). */
export function spokenList(t: Translator, items: readonly string[]): string {
  return listFormat(t('LIST_LOCALE')).format(items);
}

const fixed2 = (t: Translator, amount: number): string => numberFormat(t.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(amount);

/**
 * A price as people in the market say it: "12 dollars 99", "99 cents", "5 euros", "1 dollar and
 * 5 cents" (single-digit cents need the unit to be clear), "1949 yen" (no minor unit).
 */
export function spokenPrice(t: Translator, amount: number, currency: string): string {
  // Never "NaN" or "undefined": a price that is not a number is said as unknown.
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) return t('PRICE_UNKNOWN');
  const keys = Object.hasOwn(CURRENCY_KEYS, currency) ? CURRENCY_KEYS[currency] : undefined;
  if (keys === undefined) return isCurrencyCode(currency) ? t('PRICE_OTHER_CURRENCY', { amount: fixed2(t, amount), currency }) : fixed2(t, amount);
  const say = (key: PluralKey, n: number): string => t.plural(key, n, { n: String(n) });
  if (keys.minor === undefined) return say(keys.major, Math.round(amount));
  const totalMinor = Math.round(amount * 100);
  const major = Math.floor(totalMinor / 100);
  const minor = totalMinor % 100;
  if (major === 0) return say(keys.minor, minor);
  const majorText = say(keys.major, major);
  if (minor === 0) return majorText;
  const params = { major: ssml(majorText), minor: String(minor), minorWords: ssml(say(keys.minor, minor)) };
  return t(minor < 10 ? 'PRICE_WITH_SMALL_MINOR' : 'PRICE_WITH_MINOR', params);
}

// One rounding for what is said and what screens show (util/rating.ts).
export { roundRating };

/** "4 and a half stars", "1 star", "half a star", "4,5 Sterne", "星4.5", or the locale's "not yet rated". */
export function spokenRating(t: Translator, rating: number | undefined): string {
  if (rating === undefined) return t('RATING_NONE');
  const rounded = roundRating(rating);
  if (rounded === 0.5) return t('RATING_HALF_STAR');
  // "4.5" would be read "four point five" in English: each locale says a half its own way.
  const stars = Number.isInteger(rounded) ? String(rounded) : t('RATING_AND_A_HALF', { whole: Math.floor(rounded), decimal: numberFormat(t.locale).format(rounded) });
  return t.plural('RATING_STARS', rounded, { stars: ssml(stars) });
}

/** "10-24" is read "ten minus twenty-four": a range is said "10 to 24", "25+" "25 or more". */
export function spokenQuantity(t: Translator, display: string): string {
  const text = String(display).trim();
  const range = /^(\d+)\s*[-–]\s*(\d+)$/.exec(text);
  if (range !== null) return t('QUANTITY_RANGE', { min: range[1] ?? '', max: range[2] ?? '' });
  const orMore = /^(\d+)\s*\+$/.exec(text);
  if (orMore !== null) return t('QUANTITY_OR_MORE', { min: orMore[1] ?? '' });
  return text;
}
