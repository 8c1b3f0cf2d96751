/**
 * A locale's phrase data laid over another's, as the messages do (`{ ...frFR, ...core }`): a
 * `phrases.json` that names `extends` keeps only what differs from that locale. `add` lists
 * words the locale says as well (appended to the base's lists, merged into its maps);
 * `replace` names entries the locale says otherwise, by dotted path (`"actions.wishlist"`):
 * the base's list or map there is dropped for the overlay's.
 * fr-CA is fr-FR with Québec's words added and dollars instead of euros.
 *
 * Pure and free of file access: the loader (phrases.ts), the bundle's data files (index.ts)
 * and the model generator each pass their own reader.
 */

/** The shape of an overlay file; any other phrases.json is complete on its own. */
interface PhraseOverlay {
  extends: string;
  add?: Record<string, unknown>;
  replace?: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isOverlay = (data: unknown): data is PhraseOverlay => isRecord(data) && typeof data.extends === 'string';

/** Thrown when an overlay names a key its base lacks, or adds to an entry of another kind: a typo would otherwise pass silently. */
export class PhraseOverlayError extends Error {
  constructor(
    readonly locale: string,
    readonly key: string,
    problem: string,
  ) {
    super(`phrase data of ${locale}: ${key} ${problem}`);
    this.name = 'PhraseOverlayError';
  }
}

/** The base with the overlay's words added: lists appended (words already there skipped), maps merged. */
function added(base: unknown, extra: unknown, locale: string, key: string): unknown {
  if (Array.isArray(base) && Array.isArray(extra)) return [...base, ...extra.filter((word) => !base.includes(word))];
  if (!isRecord(base) || !isRecord(extra)) throw new PhraseOverlayError(locale, key, 'can only add words to a list or a map');
  const out: Record<string, unknown> = { ...base };
  for (const [name, value] of Object.entries(extra)) {
    const at = `${key}.${name}`;
    if (Object.hasOwn(base, name)) out[name] = added(base[name], value, locale, at);
    // A map of words (amounts, ordinal words) may gain an entry; the data may not gain a section.
    else if (typeof value === 'number' || typeof value === 'string') out[name] = value;
    else throw new PhraseOverlayError(locale, at, 'is not in the data it extends');
  }
  return out;
}

/** The data with the entry at a dotted path (`actions.wishlist`) swapped for `value`. */
function replaced(data: unknown, path: string, value: unknown, locale: string): unknown {
  const [name = '', ...rest] = path.split('.');
  if (!isRecord(data) || !Object.hasOwn(data, name)) throw new PhraseOverlayError(locale, `replace.${path}`, 'is not in the data it extends');
  return { ...data, [name]: rest.length === 0 ? value : replaced(data[name], rest.join('.'), value, locale) };
}

/**
 * The complete phrase data of `locale`: its file as it is, or, for an overlay, the locale it
 * extends (itself resolved) with the overlay's additions and replacements. `read` returns a
 * locale's parsed `phrases.json`.
 */
export function resolvePhraseData(locale: string, read: (locale: string) => unknown, seen: readonly string[] = []): unknown {
  const data = read(locale);
  if (!isOverlay(data)) return data;
  if (seen.includes(data.extends) || data.extends === locale) throw new PhraseOverlayError(locale, 'extends', `makes a cycle through ${data.extends}`);
  const base = resolvePhraseData(data.extends, read, [...seen, locale]);
  const { extends: _base, add = {}, replace = {}, ...own } = data;
  const resolved = Object.entries(replace).reduce((data, [path, value]) => replaced(data, path, value, locale), added(base, add, locale, 'add'));
  // Top-level notes of the overlay itself (its `_comment`) replace the base's.
  return { ...(resolved as Record<string, unknown>), ...own };
}
