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
 * A locale's messages are loaded the first time a request in that locale arrives. The
 * deployed bundle holds no language's text at all: each locale's messages, and its phrase
 * data (phrases.ts), are JSON files beside it (`i18n/<locale>/messages.json` and
 * `phrases.json`, written by infra/bundle.ts, shipped in the CDK asset), so a cold start
 * compiles none of the ten languages and an en-US turn reads only en-US's files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE } from '../constants';
import { escapeSsml } from '../util/ssml';
import type { enUS } from './en-US';
import { resolveOverlay } from './overlay';

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

/** Every locale with its own messages. */
export const MESSAGE_LOCALES = ['en-US', 'en-GB', 'en-CA', 'de-DE', 'fr-FR', 'fr-CA', 'it-IT', 'es-ES', 'es-US', 'ja-JP'] as const;
export type MessageLocale = (typeof MESSAGE_LOCALES)[number];

/** Where the deployed bundle finds each locale's data: `<LOCALE_DATA_DIR>/<locale>/<file>` beside it. */
export const LOCALE_DATA_DIR = 'i18n';
export const MESSAGES_FILE = 'messages.json';
/** The phrase data the code reads (phrases.ts): the same name in the source folder and beside the bundle. */
export const PHRASES_FILE = 'phrases.json';

/** A locale's data file beside the deployed bundle, parsed. Only a locale tag names a folder. */
export function readLocaleData(locale: string, file: string): unknown {
  if (!/^[a-z]{2}-[A-Z]{2}$/.test(locale)) throw new RangeError('not a locale tag');
  return JSON.parse(readFileSync(path.join(__dirname, LOCALE_DATA_DIR, locale, file), 'utf8'));
}

/**
 * A build-time switch, as for the embedded catalog: the deployed bundle is built with this
 * expression replaced by "beside" (`LOCALE_DATA_DEFINE` in infra/bundle.ts) and esbuild drops
 * the `else` branch, with every locale's module it requires. Unbundled (tests, the simulator)
 * it is undefined and the modules load from source. `require` (not `import()`): the translator
 * is built synchronously by the localisation interceptor.
 */
function loadCatalog(locale: MessageLocale): Catalog {
  if (process.env.VOICE_SHOPPING_LOCALE_DATA === 'beside') {
    return readLocaleData(locale, MESSAGES_FILE) as Catalog;
  } else {
    const modules: Record<MessageLocale, () => Catalog> = {
      'en-US': () => (require('./en-US') as typeof import('./en-US')).enUS,
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
    return modules[locale]();
  }
}

const isMessageLocale = (locale: string): locale is MessageLocale => (MESSAGE_LOCALES as readonly string[]).includes(locale);

/** Locales without their own messages share the closest language's; anything else falls back to en-US. */
const FALLBACKS: Record<string, string> = {
  'en-AU': 'en-GB',
  'en-IN': 'en-GB',
  'es-MX': 'es-US',
};

const loaded = new Map<MessageLocale, Catalog>();

/** The locales whose messages this container has loaded (a test reads it). */
export function loadedMessageLocales(): MessageLocale[] {
  return [...loaded.keys()];
}

export function catalogFor(locale: string | undefined): { locale: MessageLocale; catalog: Catalog } {
  const wanted = locale ?? DEFAULT_LOCALE;
  // Own keys only: a locale such as "toString" or "__proto__" would otherwise pick an
  // Object.prototype member as the fallback.
  const fallback = Object.hasOwn(FALLBACKS, wanted) ? FALLBACKS[wanted] : undefined;
  const chosen: MessageLocale = isMessageLocale(wanted) ? wanted : fallback !== undefined && isMessageLocale(fallback) ? fallback : DEFAULT_LOCALE;
  let catalog = loaded.get(chosen);
  if (catalog === undefined) {
    catalog = loadCatalog(chosen);
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

// One translator per locale, made on its first turn: a translator holds nothing of a turn, and
// making three closures for every turn showed in the warm profile.
const translators = new Map<string, Translator>();

export function translator(locale: string | undefined): Translator {
  const { locale: chosen, catalog } = catalogFor(locale);
  let made = translators.get(chosen);
  if (made === undefined) {
    made = makeTranslator(chosen, catalog);
    translators.set(chosen, made);
  }
  return made;
}

function makeTranslator(chosen: string, catalog: Catalog): Translator {
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

/**
 * Every locale's data as the deployed bundle reads it, for the build to write beside the bundle
 * (infra/bundle.ts): paths relative to the bundle's folder. Read from the source modules.
 */
export function localeDataFiles(): Array<{ file: string; text: string }> {
  const messages = MESSAGE_LOCALES.map((locale) => ({ file: path.join(LOCALE_DATA_DIR, locale, MESSAGES_FILE), text: JSON.stringify(loadCatalog(locale)) }));
  // Every locale folder here with phrase data, compacted, an overlay resolved (overlay.ts).
  const read = (locale: string): unknown => JSON.parse(readFileSync(path.join(__dirname, locale, PHRASES_FILE), 'utf8'));
  const phrases = readdirSync(__dirname, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(__dirname, entry.name, PHRASES_FILE)))
    .map((entry) => ({
      file: path.join(LOCALE_DATA_DIR, entry.name, PHRASES_FILE),
      text: JSON.stringify(resolveOverlay(PHRASES_FILE, entry.name, read)),
    }));
  return [...messages, ...phrases];
}
