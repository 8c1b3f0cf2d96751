/**
 * One rule for a locale that speaks another's words, as the messages do (`{ ...frFR, ...core }`):
 * a locale file (`phrases.json` or `model.json`) that names `extends` keeps only what differs
 * from that locale's file of the same name.
 *
 * - `add` has the base's shape and lists what the locale says as well: a list gains the entries
 *   it lacks (an entry already there is skipped; a map naming the same `id`, or `value`, as one
 *   of the base's, a slot value, is merged into it), a map gains recursively, a map of words may
 *   gain a word (`"a toonie": 2`) and a map of lists a list (a word group, an intent's
 *   templates); a key the base lacks anywhere else (a section of the file) is a typo and fails.
 * - `replace` names entries the locale says otherwise, by dotted path (`"actions.wishlist"`,
 *   `"samples.AMAZON.StopIntent"`: a key holding dots is matched whole; in a list of slot values
 *   a step names the value): the base's entry there is dropped for the overlay's. A path the base
 *   lacks fails.
 * - Notes (`_comment`, `$comment`) are the overlay's own; any other key beside `extends`, `add`
 *   and `replace` fails, since it would not say whether it adds or replaces.
 *
 * fr-CA is fr-FR's phrase data with Québec's words added and dollars instead of euros; en-CA's
 * model is en-US's with Amazon.ca's words added. Pure and free of file access: the phrase loader
 * (phrases.ts), the bundle's data files (index.ts) and the model generator
 * (infra/model/generate.ts) each pass their own reader.
 */

/** The shape of an overlay file; any other file is complete on its own. */
interface Overlay {
  extends: string;
  add?: Record<string, unknown>;
  replace?: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isOverlay = (data: unknown): data is Overlay => isRecord(data) && typeof data.extends === 'string';

const isNote = (key: string): boolean => key.startsWith('_') || key.startsWith('$');

const isWord = (value: unknown): boolean => typeof value === 'string' || typeof value === 'number';

/** Whether `value` is of the kind every one of `entries` is: all words, or all lists. */
const sameKind = (entries: readonly unknown[], value: unknown): boolean =>
  entries.length > 0 && (isWord(value) ? entries.every(isWord) : Array.isArray(value) && entries.every((e) => Array.isArray(e)));

/** A list entry's name, when it is a map naming itself (a slot value: `id`, else `value`). */
const entryName = (entry: unknown): string | undefined => {
  if (!isRecord(entry)) return undefined;
  const name = entry.id ?? entry.value;
  return typeof name === 'string' ? name : undefined;
};

/** Thrown when an overlay names a key its base lacks, or adds to an entry of another kind: a typo would otherwise pass silently. */
export class OverlayError extends Error {
  constructor(
    /** The overlay file, as `<locale>/<file>` (`en-CA/model.json`). */
    readonly file: string,
    /** Where in it (`add.samples.FooIntent`, `replace.actions.wish`). */
    readonly key: string,
    problem: string,
  ) {
    super(`${file}: ${key} ${problem}`);
    this.name = 'OverlayError';
  }
}

interface Place {
  /** The overlay file, for errors. */
  file: string;
  /** The file it extends, for errors. */
  base: string;
}

/** The base with the overlay's entries added. `open`: inside a named list entry, which may gain fields of any kind. */
function added(base: unknown, extra: unknown, at: Place, key: string, open = false): unknown {
  if (Array.isArray(base) && Array.isArray(extra)) {
    const out = [...base];
    const there = new Set(out.map((e) => JSON.stringify(e)));
    for (const entry of extra) {
      const name = entryName(entry);
      const same = name === undefined ? -1 : out.findIndex((e) => entryName(e) === name);
      if (same >= 0) out[same] = added(out[same], entry, at, `${key}.${name}`, true);
      else if (!there.has(JSON.stringify(entry))) {
        out.push(entry);
        there.add(JSON.stringify(entry));
      }
    }
    return out;
  }
  if (isWord(base) && isWord(extra)) {
    if (base === extra) return base;
    throw new OverlayError(at.file, key, `is ${JSON.stringify(base)} in ${at.base}: a different word goes in replace`);
  }
  if (!isRecord(base) || !isRecord(extra)) throw new OverlayError(at.file, key, `can only add to a list or a map of ${at.base}`);
  const out: Record<string, unknown> = { ...base };
  for (const [name, value] of Object.entries(extra)) {
    const path = `${key}.${name}`;
    if (Object.hasOwn(base, name)) out[name] = added(base[name], value, at, path, open);
    // A map of words (amounts) may gain a word, a map of lists (word groups, samples by intent) a list, a slot
    // value a field; a map of mixed entries (the file itself) gains nothing, so a misspelt section fails.
    else if (open || sameKind(Object.values(base), value)) out[name] = value;
    else throw new OverlayError(at.file, path, `is not in ${at.base}, which it extends`);
  }
  return out;
}

/** The step of `path` that names an entry of `data`: a whole key first (keys may hold dots), then the longest key it starts with. */
function step(data: unknown, path: string): { name: string; index?: number; rest: string } | undefined {
  if (Array.isArray(data)) {
    const index = data.findIndex((e) => {
      const name = entryName(e);
      return name !== undefined && (path === name || path.startsWith(`${name}.`));
    });
    const name = entryName(data[index]);
    return name === undefined ? undefined : { name, index, rest: path.slice(name.length + 1) };
  }
  if (!isRecord(data)) return undefined;
  const name = Object.keys(data)
    .filter((k) => path === k || path.startsWith(`${k}.`))
    .sort((a, b) => b.length - a.length)[0];
  return name === undefined ? undefined : { name, rest: path.slice(name.length + 1) };
}

/** The data with the entry at a dotted path (`actions.wishlist`) swapped for `value`. */
function replaced(data: unknown, path: string, value: unknown, at: Place, whole: string): unknown {
  const found = step(data, path);
  if (found === undefined) throw new OverlayError(at.file, `replace.${whole}`, `is not in ${at.base}, which it extends`);
  const inner = (current: unknown): unknown => (found.rest === '' ? value : replaced(current, found.rest, value, at, whole));
  if (Array.isArray(data) && found.index !== undefined) return data.map((e, i) => (i === found.index ? inner(e) : e));
  const record = data as Record<string, unknown>;
  return { ...record, [found.name]: inner(record[found.name]) };
}

/**
 * The complete data of `locale`'s `file`: the file as it is, or, for an overlay, the locale it
 * extends (itself resolved) with the overlay's additions and replacements. `read` returns a
 * locale's parsed file of that name.
 */
export function resolveOverlay(file: string, locale: string, read: (locale: string) => unknown, seen: readonly string[] = []): unknown {
  const data = read(locale);
  if (!isOverlay(data)) return data;
  const at: Place = { file: `${locale}/${file}`, base: `${data.extends}/${file}` };
  if (seen.includes(data.extends) || data.extends === locale) throw new OverlayError(at.file, 'extends', `makes a cycle through ${data.extends}`);
  const base = resolveOverlay(file, data.extends, read, [...seen, locale]);
  const { extends: _base, add = {}, replace = {}, ...own } = data;
  for (const key of Object.keys(own)) {
    if (!isNote(key)) throw new OverlayError(at.file, key, 'is outside add and replace: put it in add (said as well) or replace (said otherwise)');
  }
  const resolved = Object.entries(replace).reduce((data, [path, value]) => replaced(data, path, value, at, path), added(base, add, at, 'add'));
  // The overlay's notes (its `_comment`) replace the base's.
  return { ...(resolved as Record<string, unknown>), ...own };
}
