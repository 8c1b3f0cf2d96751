/**
 * Localisation. One set of messages per locale (`i18n/<locale>/`), each split by concern.
 * A translator fills `{name}` parameters, escaping them for SSML unless they are marked
 * as already-safe SSML with `ssml()`. The global `{cartName}` ("cart" / "basket") is
 * filled in for every message.
 *
 * A message is a string, or plural forms: the form is picked by an exact count first
 * (`'=1'`, as ICU MessageFormat writes it, for sentences that change shape, not only a
 * word) and then by the `Intl.PluralRules` category of the locale (`one`, `few`, `many`,
 * `other`...). Handlers never decide a plural themselves: they call `t.plural`.
 *
 * en-US is the master: every other locale is typed `Catalog`, so a missing key fails `tsc`.
 * Only en-US is loaded with the module; every other locale is required the first time a
 * request in that locale arrives (esbuild keeps a `require` lazy inside the bundle), so a
 * first turn never evaluates eight languages it does not speak.
 */
import { DEFAULT_LOCALE } from '../constants';
import { escapeSsml } from '../util/ssml';
import { enUS } from './en-US';

export type PluralCategory = Intl.LDMLPluralRule;
/** Plural forms of one message: `other` always, CLDR categories and exact counts as the language needs. */
export type PluralForms = { readonly other: string } & { readonly [form in PluralCategory | `=${number}`]?: string };

/** A locale's version of a set of en-US messages: the same keys, any text, plural forms its language needs. */
export type Localized<T> = { [K in keyof T]: T[K] extends string ? string : PluralForms };
export type Catalog = Localized<typeof enUS>;
/** Keys of plain messages. */
export type MessageKey = { [K in keyof Catalog]: Catalog[K] extends string ? K : never }[keyof Catalog];
/** Keys of messages with plural forms. */
export type PluralKey = Exclude<keyof Catalog, MessageKey>;

/** A fragment that is already valid, escaped SSML (built from other translations). */
export interface SsmlFragment {
  readonly ssml: string;
}
export function ssml(fragment: string): SsmlFragment {
  return { ssml: fragment };
}

export type MessageParams = Record<string, string | number | SsmlFragment>;

export interface Translator {
  (key: MessageKey, params?: MessageParams): string;
  /** The form of `key` for `count` (exact `=n` first, then the locale's plural category). */
  plural(key: PluralKey, count: number, params?: MessageParams): string;
  /** The locale whose messages this translator speaks (a BCP 47 tag for `Intl`). */
  readonly locale: string;
}

/**
 * Every locale with messages, loaded on first use. `require` (not `import()`) because the
 * translator is built synchronously by the localisation interceptor.
 */
const LOADERS: Readonly<Record<string, () => Catalog>> = {
  'en-US': () => enUS,
  'en-GB': () => (require('./en-GB') as typeof import('./en-GB')).enGB,
  'en-CA': () => (require('./en-CA') as typeof import('./en-CA')).enCA,
  'de-DE': () => (require('./de-DE') as typeof import('./de-DE')).deDE,
  'fr-FR': () => (require('./fr-FR') as typeof import('./fr-FR')).frFR,
  'fr-CA': () => (require('./fr-CA') as typeof import('./fr-CA')).frCA,
  'it-IT': () => (require('./it-IT') as typeof import('./it-IT')).itIT,
  'es-ES': () => (require('./es-ES') as typeof import('./es-ES')).esES,
  'es-US': () => (require('./es-US') as typeof import('./es-US')).esUS,
  'ja-JP': () => (require('./ja-JP') as typeof import('./ja-JP')).jaJP,
};

/** The locales that have their own messages. */
export const MESSAGE_LOCALES: readonly string[] = Object.keys(LOADERS);

/** Locales without their own messages share the closest language's; anything else falls back to en-US. */
const FALLBACKS: Record<string, string> = {
  'en-AU': 'en-GB',
  'en-IN': 'en-GB',
  'es-MX': 'es-US',
};

const loaded = new Map<string, Catalog>();

export function catalogFor(locale: string | undefined): { locale: string; catalog: Catalog } {
  const wanted = locale ?? DEFAULT_LOCALE;
  // Own keys only: a locale such as "toString" or "__proto__" would otherwise pick an
  // Object.prototype member as the catalog and every message lookup would throw.
  const fallback = Object.hasOwn(FALLBACKS, wanted) ? FALLBACKS[wanted] : undefined;
  const chosen = Object.hasOwn(LOADERS, wanted) ? wanted : (fallback ?? DEFAULT_LOCALE);
  let catalog = loaded.get(chosen);
  if (catalog === undefined) {
    catalog = LOADERS[chosen]?.() ?? enUS;
    loaded.set(chosen, catalog);
  }
  return { locale: chosen, catalog };
}

function render(value: string | number | SsmlFragment): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeSsml(value);
  return value.ssml;
}

// One PluralRules per locale, made on first use: building one costs far more than using it.
const pluralRules = new Map<string, Intl.PluralRules>();
export function pluralRulesFor(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (rules === undefined) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules;
}

/** The form of `forms` for `count`: an exact `=n` form first, then the CLDR category, then `other`. */
export function pluralForm(forms: PluralForms, count: number, locale: string): string {
  return forms[`=${count}`] ?? forms[pluralRulesFor(locale).select(count)] ?? forms.other;
}

export function translator(locale: string | undefined): Translator {
  const { locale: chosen, catalog } = catalogFor(locale);
  const fill = (template: string, params: MessageParams): string =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      if (name === 'cartName' && params[name] === undefined) return catalog.CART_NAME;
      const value = params[name];
      return value === undefined ? whole : render(value);
    });
  const t = (key: MessageKey, params: MessageParams = {}): string => fill(catalog[key], params);
  const plural = (key: PluralKey, count: number, params: MessageParams = {}): string => fill(pluralForm(catalog[key], count, chosen), params);
  return Object.assign(t, { plural, locale: chosen });
}
