/**
 * Localisation. One set of messages per locale (`i18n/<locale>/`), each split by concern.
 * A translator fills `{name}` parameters, escaping them for SSML unless they are marked
 * as already-safe SSML with `ssml()`. The global `{cartName}` ("cart" / "basket") is
 * filled in for every message.
 */
import { DEFAULT_LOCALE } from '../constants';
import { escapeSsml } from '../util/ssml';
import { enGB } from './en-GB';
import { enUS } from './en-US';

export type Catalog = typeof enUS;
export type MessageKey = keyof Catalog;

/** A fragment that is already valid, escaped SSML (built from other translations). */
export interface SsmlFragment {
  readonly ssml: string;
}
export function ssml(fragment: string): SsmlFragment {
  return { ssml: fragment };
}

export type MessageParams = Record<string, string | number | SsmlFragment>;
export type Translator = (key: MessageKey, params?: MessageParams) => string;

const CATALOGS: Record<string, Catalog> = {
  'en-US': enUS,
  'en-GB': enGB,
};

/** Other English locales share the closest catalog; anything else falls back to en-US. */
const FALLBACKS: Record<string, string> = {
  'en-AU': 'en-GB',
  'en-IN': 'en-GB',
  'en-CA': 'en-US',
};

export function catalogFor(locale: string | undefined): { locale: string; catalog: Catalog } {
  const wanted = locale ?? DEFAULT_LOCALE;
  // Own keys only: a locale such as "toString" or "__proto__" would otherwise pick an
  // Object.prototype member as the catalog and every message lookup would throw.
  const fallback = Object.hasOwn(FALLBACKS, wanted) ? FALLBACKS[wanted] : undefined;
  const chosen = Object.hasOwn(CATALOGS, wanted) ? wanted : (fallback ?? DEFAULT_LOCALE);
  return { locale: chosen, catalog: CATALOGS[chosen] ?? enUS };
}

function render(value: string | number | SsmlFragment): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeSsml(value);
  return value.ssml;
}

export function translator(locale: string | undefined): Translator {
  const { catalog } = catalogFor(locale);
  const fill = (template: string, params: MessageParams): string =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      if (name === 'cartName' && params[name] === undefined) return catalog.CART_NAME;
      const value = params[name];
      return value === undefined ? whole : render(value);
    });
  return (key, params = {}) => fill(catalog[key], params);
}
