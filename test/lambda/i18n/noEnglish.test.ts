/**
 * No English is spoken in a non-English locale: every message (every plural form) of de-DE,
 * fr-FR, fr-CA, it-IT, es-ES, es-US and ja-JP is scanned for English words, after the
 * placeholders (product titles, prices: catalog data) and the brand and product names are
 * taken out. The list is the English a translation leaves behind when it is not finished:
 * function words, and the skill's own vocabulary.
 */
import { type Catalog, catalogFor, type PluralForms } from '../../../lambda/i18n';
import { enUS } from '../../../lambda/i18n/en-US';

/** Names said as they are in every market. */
const BRANDS = ['Voice Shopper', 'Premium Shopper', 'Amazon Business', 'Amazon Shopping', 'Amazon', 'Alexa', 'Prime'];

const ENGLISH = new Set(
  `the and you your yours with would like what which where when please sorry say tell find search looking
  cart basket price prices offer offers rating ratings star stars result results next previous first second third last
  buy add added adding wish list okay yes watch watching watched deal deals help shopping cheapest cheaper expensive
  only under over between each more there here this that these those isn't can't don't didn't couldn't won't
  i'm you're it's delivery free shipping stock filter filters dollar dollars pound pounds cent cents penny pence euro euros yen
  unknown half and or of for to from by at on in is are was were be been have has had do does did not no
  something else anything nothing right now again later moment try trying sure thanks thank goodbye welcome premium feature features`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/**
 * Words on the list that are also the locale's own: "in" and "was" in German, "no" and "a"
 * in Spanish and Italian, "stock" in French and Spanish ("en stock"), "shopping" in Italian,
 * "okay" as German speakers (and Alexa in Germany) say it, "Moment" and "Filter" in German,
 * "premium" everywhere.
 */
const ALSO_NATIVE: Record<string, readonly string[]> = {
  'de-DE': ['in', 'was', 'okay', 'premium', 'moment', 'filter', 'an', 'so', 'die', 'man', 'will', 'hat', 'best', 'euro', 'cent', 'dollar', 'yen', 'pence', 'penny'],
  'fr-FR': ['stock', 'premium', 'moment', 'on', 'dollar', 'dollars', 'cent', 'cents', 'euro', 'euros', 'yen', 'pence', 'penny', 'est', 'plus', 'a'],
  'fr-CA': ['stock', 'premium', 'moment', 'on', 'dollar', 'dollars', 'cent', 'cents', 'euro', 'euros', 'yen', 'pence', 'penny', 'est', 'plus', 'a'],
  'it-IT': ['shopping', 'premium', 'no', 'a', 'in', 'euro', 'yen', 'pence', 'penny', 'e', 'come', 'è', 'do'],
  'es-ES': ['stock', 'premium', 'no', 'a', 'euro', 'euros', 'yen', 'con', 'era', 'de'],
  'es-US': ['stock', 'premium', 'no', 'a', 'euro', 'euros', 'yen', 'con', 'era', 'de'],
  'ja-JP': [],
};

const forms = (value: string | PluralForms): string[] => (typeof value === 'string' ? [value] : Object.values(value).filter((f): f is string => f !== undefined));

/** Messages that are not said: a BCP 47 tag for Intl.ListFormat. */
const NOT_SPOKEN = new Set<keyof Catalog>(['LIST_LOCALE']);

function englishWordsIn(text: string, locale: string): string[] {
  let spoken = text.replace(/\{\w+\}/g, ' ');
  for (const brand of BRANDS) spoken = spoken.split(brand).join(' ');
  const native = new Set(ALSO_NATIVE[locale] ?? []);
  return (spoken.toLowerCase().match(/[\p{L}']+/gu) ?? []).map((w) => w.replace(/^'+|'+$/g, '')).filter((w) => ENGLISH.has(w) && !native.has(w));
}

describe.each(Object.keys(ALSO_NATIVE))('%s', (locale) => {
  const { catalog } = catalogFor(locale);

  it('speaks no English word but brand and product names', () => {
    const found = (Object.keys(enUS) as (keyof Catalog)[])
      .filter((key) => !NOT_SPOKEN.has(key))
      .flatMap((key) => forms(catalog[key]).flatMap((text) => englishWordsIn(text, locale).map((word) => `${key}: ${word}`)));
    expect(found).toEqual([]);
  });
});

describe('the English detector', () => {
  it('finds English a translation left behind, and leaves brands and placeholders alone', () => {
    expect(englishWordsIn('Willkommen bei Voice Shopper. Which one would you like, {title}?', 'de-DE')).toEqual(['which', 'would', 'you', 'like']);
    expect(englishWordsIn('Für {query} habe ich {count} Ergebnisse gefunden.', 'de-DE')).toEqual([]);
    expect(englishWordsIn("Désolée, I couldn't find it.", 'fr-FR')).toEqual(["couldn't", 'find']);
  });
});
