/**
 * A listed product named by words of its title: "the lavazza one", "the starbucks", "the cold
 * brew one". Pure: compares words, so it works in any language the titles are in.
 */
import type { Phrases } from '../i18n/phrases';
import type { ShoppingState } from '../session';
import { matcherFor } from './compiled';
import { normalizeText, stripLeadingOf, stripTrailingOf } from './text';

/** The titles of the page heard, in the order they were read. */
export function pageTitles(state: ShoppingState): string[] {
  return state.products.slice(state.pageStart, state.pageStart + state.pageSize).map((p) => p.title);
}

/** A locale's title readings, normalized as said and as titles write them, longest said first. */
const readingsCache = new WeakMap<Phrases, ReadonlyArray<readonly [string, string]>>();

function readingsOf(phrases: Phrases): ReadonlyArray<readonly [string, string]> {
  const known = readingsCache.get(phrases);
  if (known !== undefined) return known;
  const made = Object.entries(phrases.titleReadings ?? {})
    .flatMap(([written, said]) => said.map((s) => [normalizeText(s, phrases), normalizeText(written, phrases)] as const))
    .filter(([s, w]) => s !== '' && w !== '')
    .sort((a, b) => b[0].length - a[0].length);
  readingsCache.set(phrases, made);
  return made;
}

/** The words with each reading the locale lists written as titles write it ("スタバ" → "starbucks"). */
function asTitlesWrite(wanted: readonly string[], phrases: Phrases): string[] {
  const readings = readingsOf(phrases);
  if (readings.length === 0) return [...wanted];
  let text = ` ${wanted.join(' ')} `;
  for (const [said, written] of readings) text = text.split(` ${said} `).join(` ${written} `);
  return text.trim().split(' ');
}

/** The position on the page (from 1) of the one title that holds every word (normalized), else undefined. */
export function titleHolding(said: readonly string[], page: readonly string[], phrases: Phrases): number | undefined {
  if (said.length === 0) return undefined;
  const wanted = asTitlesWrite(said, phrases);
  const found = page.flatMap((title, i) => {
    const words = ` ${normalizeText(title, phrases)} `;
    return wanted.every((w) => words.includes(` ${w} `)) ? [i + 1] : [];
  });
  return found.length === 1 ? found[0] : undefined;
}

/** The index in the list of the one product on the page heard whose title has all the words. */
export function productNamedByTitle(words: string, state: ShoppingState, phrases: Phrases): number | undefined {
  const { articleFill, nounTrailFill } = matcherFor(phrases);
  const said = stripTrailingOf(stripLeadingOf(normalizeText(words, phrases), articleFill), nounTrailFill);
  if (said === '') return undefined;
  const n = titleHolding(said.split(' '), pageTitles(state), phrases);
  return n === undefined ? undefined : state.pageStart + n - 1;
}
