/**
 * Every locale's messages against the en-US master: the keys are the same (tsc checks the
 * type; this checks what a locale really exports), plural forms cover the categories the
 * language has, no placeholder appears that the code never fills, and a message that asks a
 * question in en-US asks one in every language.
 */
import { catalogFor, type Catalog, MESSAGE_LOCALES, type PluralForms, pluralForm, translator } from '../../../lambda/i18n';
import { enUS } from '../../../lambda/i18n/en-US';

const LOCALES = MESSAGE_LOCALES.filter((l) => l !== 'en-US');
const KEYS = Object.keys(enUS) as (keyof Catalog)[];

const forms = (value: string | PluralForms): string[] => (typeof value === 'string' ? [value] : Object.values(value).filter((f): f is string => f !== undefined));
const placeholders = (texts: string[]): Set<string> => new Set(texts.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '')));
const asksQuestion = (text: string): boolean => /[?？]$/.test(text.trim());

/** Parameters the code fills that en-US's wording happens not to use. */
const UNUSED_IN_ENGLISH: Partial<Record<keyof Catalog, string[]>> = {
  // lambda/i18n/spoken.ts: "4 and a half" in English, "4,5" ({decimal}) elsewhere.
  RATING_AND_A_HALF: ['decimal'],
  // "12 dollars 99" uses the bare cents; Japanese says the unit ("12ドル99セント").
  PRICE_WITH_MINOR: ['minorWords'],
  PRICE_WITH_SMALL_MINOR: ['minor'],
};

/** Counts the skill says: one up to a thousand (a list, a count of ratings, offers, watches). */
const COUNTS = Array.from({ length: 1000 }, (_, i) => i + 1);

it('registers the ten locales Alexa shops in', () => {
  expect([...MESSAGE_LOCALES].sort()).toEqual(['de-DE', 'en-CA', 'en-GB', 'en-US', 'es-ES', 'es-US', 'fr-CA', 'fr-FR', 'it-IT', 'ja-JP']);
});

describe.each(LOCALES)('%s messages', (locale) => {
  const { locale: chosen, catalog } = catalogFor(locale);

  it('are their own, not a fallback', () => {
    expect(chosen).toBe(locale);
  });

  it('have every en-US key, each with the same shape (string or plural forms)', () => {
    expect(Object.keys(catalog).sort()).toEqual([...KEYS].sort());
    for (const key of KEYS) expect([key, typeof catalog[key]]).toEqual([key, typeof enUS[key]]);
  });

  it('use only the placeholders en-US fills', () => {
    for (const key of KEYS) {
      const allowed = placeholders(forms(enUS[key]));
      allowed.add('cartName');
      for (const extra of UNUSED_IN_ENGLISH[key] ?? []) allowed.add(extra);
      const used = [...placeholders(forms(catalog[key]))].filter((p) => !allowed.has(p));
      expect([key, used]).toEqual([key, []]);
    }
  });

  it('ask a question wherever en-US does', () => {
    for (const key of KEYS) {
      const english = forms(enUS[key]);
      if (!english.every(asksQuestion)) continue;
      expect([key, forms(catalog[key]).filter((f) => !asksQuestion(f))]).toEqual([key, []]);
    }
  });

  it('have a plural form for every count the language says differently', () => {
    const rules = new Intl.PluralRules(locale);
    for (const key of KEYS) {
      const value = catalog[key];
      if (typeof value === 'string') continue;
      const missing = COUNTS.filter((n) => value[`=${n}`] === undefined && value[rules.select(n)] === undefined && rules.select(n) !== 'other');
      expect([key, missing.slice(0, 3)]).toEqual([key, []]);
    }
  });
});

describe('plural forms', () => {
  const forms = { '=1': 'exactly one', one: 'one of them', many: 'many of them', other: 'the rest' };

  it('take an exact count first, then the Intl.PluralRules category, then other', () => {
    expect(pluralForm(forms, 1, 'fr-FR')).toBe('exactly one');
    expect(pluralForm(forms, 0, 'fr-FR')).toBe('one of them');
    expect(pluralForm(forms, 1_000_000, 'fr-FR')).toBe('many of them');
    expect(pluralForm(forms, 2, 'fr-FR')).toBe('the rest');
    expect(pluralForm({ other: 'the rest' }, 1, 'ja-JP')).toBe('the rest');
  });

  it('are chosen by the translator for its locale', () => {
    expect(translator('de-DE').plural('RATING_STARS', 1, { stars: 1 })).toBe('1 Stern');
    expect(translator('de-DE').plural('RATING_STARS', 4, { stars: 4 })).toBe('4 Sterne');
    expect(translator('fr-FR').plural('RATING_STARS', 1.5, { stars: '1,5' })).toBe('1,5 étoile');
    expect(translator('ja-JP').plural('RATING_STARS', 1, { stars: 1 })).toBe('星1');
  });
});

describe('locale choice', () => {
  it.each([
    ['es-MX', 'es-US'],
    ['en-AU', 'en-GB'],
    ['pt-BR', 'en-US'],
    ['toString', 'en-US'],
  ])('%s speaks %s', (asked, spoken) => {
    expect(translator(asked).locale).toBe(spoken);
  });

  it("fills the market's cart name", () => {
    expect(translator('de-DE')('ONE_CART')).toBe('Soll ich es in deinen Einkaufswagen legen?');
    expect(translator('es-ES')('ONE_CART')).toBe('¿Lo añado a tu cesta?');
    expect(translator('es-US')('ONE_CART')).toBe('¿Lo agrego a tu carrito?');
    expect(translator('fr-CA')('ONE_CART')).toBe("Voulez-vous que je l'ajoute à votre panier ?");
    expect(translator('it-IT')('ONE_CART')).toBe('Lo aggiungo al tuo carrello?');
    expect(translator('ja-JP')('ONE_CART')).toBe('カートに入れますか？');
    expect(translator('en-CA')('ONE_CART')).toBe('Should I add it to your cart?');
  });
});

describe('loading', () => {
  const loadedLocales = (): string[] =>
    Object.keys(require.cache)
      .map((file) => /[\\/]i18n[\\/]([a-z]{2}-[A-Z]{2})[\\/]index\.ts$/.exec(file)?.[1])
      .filter((l): l is string => l !== undefined);

  it('loads no language but en-US until a request in it arrives', () => {
    jest.isolateModules(() => {
      const i18n = require('../../../lambda/i18n') as typeof import('../../../lambda/i18n');
      i18n.translator('en-US')('WELCOME');
      expect(loadedLocales()).toEqual(['en-US']);
      i18n.translator('de-DE')('WELCOME');
      expect(loadedLocales().sort()).toEqual(['de-DE', 'en-US']);
    });
  });
});
