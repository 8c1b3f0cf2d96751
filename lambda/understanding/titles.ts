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

/** The position on the page (from 1) of the one title that holds every word (normalized), else undefined. */
export function titleHolding(wanted: readonly string[], page: readonly string[], phrases: Phrases): number | undefined {
  if (wanted.length === 0) return undefined;
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
