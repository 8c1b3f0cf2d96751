/**
 * The locale's compiled matcher (lambda/understanding/compiled.ts): built on the locale's
 * first turn, once per phrase object, and never for a locale nobody spoke in. Phrase data a
 * test makes for itself gets its own matcher, so swapped data is read as it is.
 */
import { phrasesFor } from '../../lambda/i18n/phrases';
import { longestFirst, matcherBuilds, matcherFor } from '../../lambda/understanding/compiled';
import { stripLeading, stripLeadingOf } from '../../lambda/understanding/text';
import { understand } from '../../lambda/understanding/understand';
import { splitQuery } from '../../lambda/understanding/refinements';
import { productNamedByTitle } from '../../lambda/understanding/titles';
import { attributeFilter } from '../../lambda/browsing/refine/attributes';
import { findBrand } from '../../lambda/browsing/refine/apply';
import { emptyRefinements } from '../../lambda/browsing/refine/search';
import type { ShoppingState } from '../../lambda/session';

describe('the compiled matcher', () => {
  it('is built once per locale, on its first turn: a second locale builds its own and not the first again', () => {
    // Loading the modules builds none: no locale pays before it is spoken.
    expect(matcherBuilds()).toBe(0);
    const us = phrasesFor('en-US');
    expect(understand('find me coffee', us)).toEqual({ kind: 'product', words: 'coffee' });
    expect(matcherBuilds()).toBe(1);
    const first = matcherFor(us);
    expect(understand('add the second one to my cart', us)).toEqual({ kind: 'item', action: 'cart', item: { kind: 'ordinal', n: 2 } });
    expect(understand('batteries under 20 dollars', us)).toEqual({ kind: 'product', words: 'batteries under 20 dollars' });
    expect(matcherBuilds()).toBe(1);
    expect(matcherFor(us)).toBe(first);

    const de = phrasesFor('de-DE');
    understand('Kaffee', de);
    expect(matcherBuilds()).toBe(2);
    expect(matcherFor(de)).not.toBe(first);
    understand('find me tea', us);
    understand('Tee', de);
    expect(matcherBuilds()).toBe(2);
    expect(matcherFor(us)).toBe(first);
  });

  it('follows phrase data a test swaps in: a new object gets its own matcher', () => {
    const us = phrasesFor('en-US');
    expect(understand('zork', us)).toEqual({ kind: 'product', words: 'zork' });
    const swapped = { ...us, fillers: [...us.fillers, 'zork'] };
    expect(understand('zork', swapped)).toEqual({ kind: 'not-a-product', why: 'filler' });
    expect(matcherFor(swapped)).not.toBe(matcherFor(us));
    expect(understand('zork', us)).toEqual({ kind: 'product', words: 'zork' });
  });

  it('strips the longest phrase first, equal lengths in the data order, as the unsorted lists did', () => {
    const list = ['a b', 'a', 'a b c', 'x y'];
    expect(longestFirst(list)).toEqual(['a b c', 'a b', 'x y', 'a']);
    for (const text of ['a b c d', 'a b d', 'a d', 'x y a b', 'd']) {
      expect(stripLeadingOf(text, longestFirst(list))).toBe(stripLeading(text, list));
    }
    expect(stripLeading('a b c d', list)).toBe('d');
  });

  it('is all a turn sorts: once built, reading words, titles, refinements and brands sorts no list again', () => {
    const us = phrasesFor('en-US');
    const titles = ['Folgers Cold Brew Coffee Packs', 'Lavazza Instant Coffee', 'Starbucks French Roast Ground Coffee'];
    const state: ShoppingState = {
      query: 'coffee',
      products: titles.map((title, i) => ({ asin: `B00000000${i}`, title })),
      pageStart: 0,
      pageSize: 3,
      refinements: emptyRefinements(),
    };
    const offered = { ...emptyRefinements().offered, brands: [{ name: 'Amazon Basics', value: 'b:1' }] };
    const turn = () => [
      understand('um the one from lavazza please', us, titles),
      understand('let us just stop here', us, titles),
      understand('can i hear a few more', us, titles),
      understand('some washing powder as well', us, titles),
      understand('hmm not sure, the second one', us, titles),
      understand('add it to my wish list', us, titles),
      splitQuery('coffee under 20 dollars with prime', us),
      productNamedByTitle('the starbucks one', state, us),
      attributeFilter('only the ones that are black', us),
    ];
    const brand = () => findBrand(offered, 'the amazon basics brand', matcherFor(us).brandSurroundings);
    const before = turn();
    const named = brand();
    const builds = matcherBuilds();
    const sort = jest.spyOn(Array.prototype, 'sort');
    try {
      const again = turn();
      const namedAgain = brand();
      expect(sort).not.toHaveBeenCalled();
      expect(again).toEqual(before);
      expect(namedAgain).toEqual(named);
    } finally {
      sort.mockRestore();
    }
    expect(matcherBuilds()).toBe(builds);
    expect(before.slice(0, 5)).toEqual([
      { kind: 'item', action: 'choose', item: { kind: 'ordinal', n: 2 } },
      { kind: 'closing' },
      { kind: 'next' },
      { kind: 'product', words: 'washing powder' },
      { kind: 'item', action: 'choose', item: { kind: 'ordinal', n: 2 } },
    ]);
    expect(before[7]).toBe(2);
    expect(named?.value).toBe('b:1');
  });
});
