/**
 * A listed product named by words of its title: "the lavazza one", "the starbucks", "the cold
 * brew one". Pure: compares words, so it works in any language the titles are in.
 */
import type { Phrases } from '../i18n/phrases';
import type { ShoppingState } from '../session';
import { matcherFor } from './compiled';
import { normalizeText, stripLeadingOf, stripTrailingOf } from './text';

/** The index in the list of the one product on the page heard whose title has all the words. */
export function productNamedByTitle(words: string, state: ShoppingState, phrases: Phrases): number | undefined {
  const { articleFill, nounTrailFill } = matcherFor(phrases);
  const said = stripTrailingOf(stripLeadingOf(normalizeText(words, phrases), articleFill), nounTrailFill);
  if (said === '') return undefined;
  const wanted = said.split(' ');
  const page = state.products.slice(state.pageStart, state.pageStart + state.pageSize);
  const found = page.flatMap((product, i) => {
    const title = ` ${normalizeText(product.title, phrases)} `;
    return wanted.every((w) => title.includes(` ${w} `)) ? [state.pageStart + i] : [];
  });
  return found.length === 1 ? found[0] : undefined;
}
