/**
 * A locale's data file (`phrases.json`, `model.json`) read from its source folder, with
 * `"extends": "<locale>"` resolved: a locale that speaks another's language with differences
 * (es-US over es-ES) keeps only what differs, as its messages spread the other's (es-US/index.ts).
 * Objects merge name by name (an intent's samples, a phrase list, a slot type's values); a list or
 * a string in the overlay replaces the base's whole, so an overlay can drop words as well as add
 * them; `null` removes the base's entry (es-US has no "un euro"). The deployed bundle ships the resolved data (index.ts `localeDataFiles`), never the overlay.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The key naming the locale a data file lays itself over. */
export const EXTENDS_KEY = 'extends';
const LOCALE_SHAPE = /^[a-z]{2}-[A-Z]{2}$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `over` laid over `base`: objects merged key by key, anything else from `over` as it is. */
export function overlay(base: unknown, over: unknown): unknown {
  if (!isObject(base) || !isObject(over)) return over;
  const merged: Json = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === null) delete merged[key];
    else merged[key] = Object.hasOwn(base, key) ? overlay(base[key], value) : value;
  }
  return merged;
}

/**
 * The places in `over` that `base` has no key for ("questionTopics.pricee"): a slip, since an
 * overlay only changes what its base names. A table of words to values ("amounts": "un dólar" → 1)
 * may gain entries; names of lists (phrase kinds, intents, slot types) may not.
 */
export function overlayStrays(base: unknown, over: unknown, at = ''): string[] {
  if (!isObject(base) || !isObject(over)) return [];
  if (at !== '' && Object.values(base).every((value) => !isObject(value) && !Array.isArray(value))) return [];
  return Object.entries(over).flatMap(([key, value]) => {
    if (key === EXTENDS_KEY) return [];
    const place = at === '' ? key : `${at}.${key}`;
    return Object.hasOwn(base, key) ? overlayStrays(base[key], value, place) : [place];
  });
}

/** The file as written, `extends` included. */
export function readRawLocaleSource(root: string, locale: string, file: string): Json {
  if (!LOCALE_SHAPE.test(locale)) throw new RangeError('not a locale tag');
  return JSON.parse(readFileSync(path.join(root, locale, file), 'utf8')) as Json;
}

/** The file with its `extends` chain resolved (a loop is an error naming the locales). */
export function readLocaleSource(root: string, locale: string, file: string, seen: readonly string[] = []): Json {
  if (seen.includes(locale)) throw new Error(`${file}: "${EXTENDS_KEY}" loops through ${[...seen, locale].join(' → ')}`);
  const raw = readRawLocaleSource(root, locale, file);
  const base = raw[EXTENDS_KEY];
  if (typeof base !== 'string') return raw;
  const { [EXTENDS_KEY]: _, ...own } = raw;
  return overlay(readLocaleSource(root, base, file, [...seen, locale]), own) as Json;
}
