/** The pure refinement modules: spoken parsing, ids from a response, client-side price/sort, session parsing, speech. */
import { EmbeddedCatalog } from '../../../lambda/catalog/embedded/EmbeddedCatalog';
import { culpritOf, filterAndSort, findBrand, offeredFrom, removeRefinement, requestParams, resolveRequests } from '../../../lambda/browsing/refine/apply';
import { parseNumber } from '../../../lambda/understanding/numbers';
import { splitQuery } from '../../../lambda/understanding/refinements';
import { phrasesFor } from '../../../lambda/i18n/phrases';
import { longestFirst } from '../../../lambda/understanding/compiled';
import { emptiedSpeech, refinedListSpeech, summaryOf } from '../../../lambda/browsing/refine/speech';
import { parseRefinementState } from '../../../lambda/session/refinementState';
import type { OfferedRefinements, RefinementState } from '../../../lambda/session/refinements';
import { translator } from '../../../lambda/i18n';
import type { ListedProduct, ShoppingState } from '../../../lambda/session';

const usPhrases = phrasesFor('en-US');

const t = translator('en-US');

describe('splitQuery: refinements said inside a search', () => {
  it.each([
    ['AA batteries with Prime delivery', 'aa batteries', { prime: true }],
    ['coffee under 20 dollars', 'coffee', { maxPrice: 20 }],
    ['coffee under twenty-five dollars', 'coffee', { maxPrice: 25 }],
    ['printer paper between 10 and 30 dollars', 'printer paper', { minPrice: 10, maxPrice: 30 }],
    ['notebooks over 20 dollars', 'notebooks', { minPrice: 20 }],
    ['the cheapest printer paper', 'printer paper', { sort: 'price-asc' }],
    ['best rated headphones', 'headphones', { sort: 'rating' }],
    ['headphones four stars and up', 'headphones', { minRating: 4 }],
    ['dog food that arrives tomorrow', 'dog food', { delivery: 'tomorrow' }],
    ['batteries for delivery today', 'batteries', { delivery: 'today' }],
    ['paper with free shipping', 'paper', { freeShipping: true }],
    ['sunscreen in stock', 'sunscreen', { inStock: true }],
    ['prime batteries under 10 dollars', 'batteries', { prime: true, maxPrice: 10 }],
    ['prime only', '', { prime: true }],
  ])('"%s" → keywords "%s" and %j', (spoken, keywords, requested) => {
    expect(splitQuery(spoken, usPhrases)).toEqual({ keywords, requested });
  });

  // Currency words are the locale's: pounds in en-GB, dollars in en-US.
  it.each([
    ['printer paper between 10 and 30 pounds', 'printer paper', { minPrice: 10, maxPrice: 30 }],
    ['coffee under a tenner', 'coffee', { maxPrice: 10 }],
    ['tea under £5', 'tea', { maxPrice: 5 }],
    ['batteries with free postage', 'batteries', { freeShipping: true }],
  ])('en-GB: "%s" → keywords "%s" and %j', (spoken, keywords, requested) => {
    expect(splitQuery(spoken, phrasesFor('en-GB'))).toEqual({ keywords, requested });
  });

  it.each(['batteries', 'paper 500 sheets', 'printer paper 20 lb', 'over 50 sheets of paper', 'a 4 pack of batteries'])('leaves "%s" alone', (spoken) => {
    expect(splitQuery(spoken, usPhrases).requested).toEqual({});
  });
});

describe('parseNumber with the en-US number words', () => {
  it.each([
    ['20', 20],
    ['4.5', 4.5],
    ['twenty', 20],
    ['twenty five', 25],
    ['ninety-nine', 99],
    ['a hundred', 100],
    ['one hundred and fifty', 150],
  ])('%s → %d', (said, n) => expect(parseNumber(said, usPhrases)).toBe(n));

  it.each(['', 'lots', 'twenty dollars'])('"%s" is not a number', (said) => expect(parseNumber(said, usPhrases)).toBeUndefined());
});

async function offeredForBatteries(ids = {}): Promise<OfferedRefinements> {
  const result = await new EmbeddedCatalog({ refinementIds: ids }).searchProducts({ productRegion: 'US', locale: 'en_US', keywords: 'batteries' });
  return offeredFrom(result);
}

describe('refinement ids come from the previous response', () => {
  it('reads every option by meaning, whatever its id', async () => {
    const offered = await offeredForBatteries({ primeEligible: 'P1', getItToday: 'D0', getItTomorrow: 'D1', freeShipping: 'F1', inStockOnly: 'S1', brandKey: 'b', ratingKey: 'r' });
    expect(offered).toMatchObject({ prime: 'P1', today: 'D0', tomorrow: 'D1', freeShipping: 'F1', inStock: 'S1' });
    expect(offered.brands).toContainEqual({ name: 'Duracell', value: 'b:Duracell' });
    expect(offered.ratings).toEqual([
      { stars: 4, value: 'r:4' },
      { stars: 3, value: 'r:3' },
    ]);
  });

  it('maps a request to those ids, stacks it on what is applied, and builds the request parameters', async () => {
    const offered = await offeredForBatteries({ primeEligible: 'P1', getItTomorrow: 'D1', brandKey: 'b', ratingKey: 'r' });
    const first = resolveRequests({}, { prime: true, maxPrice: 20 }, offered);
    expect(first).toEqual({ applied: { prime: 'P1', price: { max: 20 } }, added: ['prime', 'price'], unmet: [] });
    const second = resolveRequests(first.applied, { brand: 'duracell', minRating: 4.5, delivery: 'tomorrow', minPrice: 5 }, offered);
    expect(second.unmet).toEqual([]);
    expect(requestParams(second.applied)).toEqual({ primeEligible: 'P1', deliveryDay: 'D1', searchRefinements: ['b:Duracell', 'r:4'] });
    expect(second.applied.price).toEqual({ min: 5, max: 20 });
  });

  it('says what a response does not offer, instead of inventing an id', () => {
    const none: OfferedRefinements = { brands: [{ name: 'Duracell', value: 'b:Duracell' }], ratings: [] };
    const resolved = resolveRequests({}, { prime: true, brand: 'acme', minRating: 4 }, none);
    expect(resolved.added).toEqual([]);
    expect(resolved.unmet).toEqual([{ kind: 'prime' }, { kind: 'brand', spoken: 'acme', brands: ['Duracell'] }, { kind: 'rating', stars: 4, offered: [] }]);
  });

  it('matches a spoken brand with or without spaces and punctuation', () => {
    const offered: OfferedRefinements = {
      brands: [
        { name: 'Amazon Basics', value: 'b:1' },
        { name: 'Hamilton & Co.', value: 'b:2' },
      ],
      ratings: [],
    };
    expect(findBrand(offered, 'amazonbasics')?.value).toBe('b:1');
    expect(findBrand(offered, 'the Amazon Basics brand', longestFirst([...usPhrases.articles, ...usPhrases.brandNouns]))?.value).toBe('b:1');
    expect(findBrand(offered, 'hamilton and co')?.value).toBe('b:2');
    expect(findBrand(offered, 'hamilton')).toBeUndefined();
  });
});

const p = (asin: string, amount: number | undefined, rating?: number, unavailable?: boolean): ListedProduct => ({
  asin,
  title: asin,
  ...(amount === undefined ? {} : { price: { amount, currency: 'USD' } }),
  ...(rating === undefined ? {} : { rating }),
  ...(unavailable ? { unavailableReason: 'blocked' as const } : {}),
});

describe('client-side price and sort', () => {
  const products = [p('A', 12), p('B', 5, 4), p('C', undefined, 5), p('D', 30, 4.5), p('E', 3, 3, true), p('F', 5, 5)];

  it('filters by a ceiling and a floor, leaving out products with no price', () => {
    expect(filterAndSort(products, { price: { max: 12 } }).map((x) => x.asin)).toEqual(['A', 'B', 'E', 'F']);
    expect(filterAndSort(products, { price: { min: 10, max: 30 } }).map((x) => x.asin)).toEqual(['A', 'D']);
  });

  it('sorts cheapest first and best rated first, stable on ties, with unorderable products last', () => {
    expect(filterAndSort(products, { sort: 'price-asc' }).map((x) => x.asin)).toEqual(['B', 'F', 'A', 'D', 'C', 'E']);
    expect(filterAndSort(products, { sort: 'price-desc' }).map((x) => x.asin)).toEqual(['D', 'A', 'B', 'F', 'C', 'E']);
    expect(filterAndSort(products, { sort: 'rating' }).map((x) => x.asin)).toEqual(['C', 'F', 'D', 'B', 'A', 'E']);
  });
});

describe('removing refinements and blaming one for an empty list', () => {
  const state = (): RefinementState => ({
    applied: { prime: 'P', brand: { name: 'Duracell', value: 'b:D' }, price: { max: 2 }, sort: 'rating' },
    order: ['prime', 'price', 'brand', 'sort'],
    offered: { brands: [], ratings: [] },
  });

  it('removes one kind or all', () => {
    const one = state();
    expect(removeRefinement(one, 'brand')).toEqual(['brand']);
    expect(one.order).toEqual(['prime', 'price', 'sort']);
    const all = state();
    removeRefinement(all, 'all');
    expect(all).toMatchObject({ applied: {}, order: [] });
  });

  it('blames the price when the API had results, else the newest API refinement, else nothing', () => {
    expect(culpritOf(state(), 12)).toBe('price');
    expect(culpritOf(state(), 0)).toBe('brand');
    expect(culpritOf({ applied: { price: { max: 2 } }, order: ['price'], offered: { brands: [], ratings: [] } }, 0)).toBeUndefined();
  });
});

describe('parseRefinementState: session attributes come from the device', () => {
  it('keeps what is well formed and drops the rest field by field', () => {
    const parsed = parseRefinementState({
      applied: {
        prime: 'P',
        delivery: { day: 'yesterday', id: 'D' },
        brand: { name: 'Duracell', value: 'b:D' },
        rating: { stars: 9, value: 'r' },
        price: { max: -1, min: 5 },
        sort: 'random',
      },
      order: ['brand', 'brand', 'bogus', 'price'],
      offered: { prime: 'P', brands: [{ name: 'X' }, { name: 'Y', value: 'b:Y' }], ratings: 'no' },
      scanned: 24.5,
      matching: 35,
      emptiedBy: 'sort',
    });
    expect(parsed).toEqual({
      applied: { prime: 'P', brand: { name: 'Duracell', value: 'b:D' }, price: { min: 5 } },
      order: ['prime', 'brand', 'price'],
      offered: { prime: 'P', brands: [{ name: 'Y', value: 'b:Y' }], ratings: [] },
      matching: 35,
    });
  });

  it.each([undefined, null, 'prime', 3, []])('treats %p as no refinements', (raw) => {
    expect(parseRefinementState(raw)).toBeUndefined();
  });
});

describe('speech', () => {
  const refinements: RefinementState = {
    applied: { prime: 'P', price: { max: 20 } },
    order: ['prime', 'price'],
    offered: { brands: [], ratings: [] },
    scanned: 24,
    matching: 35,
  };
  const listedState = (products: ListedProduct[], r: RefinementState): ShoppingState => ({ query: 'paper', products, pageStart: 0, pageSize: 3, refinements: r });

  it('speaks the refinements back once, as a list: the filters in the order added', () => {
    expect(summaryOf(t, refinements, 'USD')).toBe('Prime only and under 20 dollars');
    expect(summaryOf(translator('en-GB'), { ...refinements, applied: { ...refinements.applied, price: { min: 10, max: 30 } } }, 'GBP')).toBe(
      'Prime only and between 10 and 30 pounds',
    );
  });

  it('says the sort first, however late it was added, and leaves it out of what filtered the list', () => {
    const sorted: RefinementState = { ...refinements, applied: { ...refinements.applied, sort: 'price-asc' }, order: ['prime', 'price', 'sort'] };
    expect(summaryOf(t, sorted, 'USD')).toBe('cheapest first, Prime only and under 20 dollars');
    expect(summaryOf(t, sorted, 'USD', false)).toBe('Prime only and under 20 dollars');
  });

  it.each([
    ['de-DE', 'EUR', 'günstigste zuerst, nur Prime und unter 20 Euro'],
    ['fr-FR', 'EUR', "les moins chers d'abord, Prime uniquement et moins de 20 euros"],
    ['it-IT', 'EUR', 'prima i più economici, solo Prime e sotto 20 euro'],
    ['es-ES', 'EUR', 'primero los más baratos, solo Prime y por menos de 20 euros'],
    ['ja-JP', 'JPY', '安い順、プライム対象のみ、20円以下'],
  ])('joins the refinements as %s joins a list', (locale, currency, expected) => {
    const sorted: RefinementState = { ...refinements, applied: { ...refinements.applied, sort: 'price-asc' }, order: ['prime', 'price', 'sort'] };
    expect(summaryOf(translator(locale), sorted, currency)).toBe(expected);
  });

  it('names the newest of many filters and counts the rest, never "4 filters, the newest"', () => {
    const many: RefinementState = {
      ...refinements,
      applied: { prime: 'P', freeShipping: 'F', inStock: 'S', price: { max: 20 } },
      order: ['prime', 'freeShipping', 'inStock', 'price'],
    };
    expect(summaryOf(t, many, 'USD')).toBe('under 20 dollars and 3 more filters');
  });

  it('says how much it looked at when it looked at only the first pages', () => {
    const speech = refinedListSpeech(t, listedState([p('A', 5, 4), p('B', 6, 4)], refinements), 'USD');
    expect(speech).toMatch(
      /^Prime only and under 20 dollars: of the first 24 of 35 results for paper, 2 match\. Here are the first two: 1, A, 5 dollars, 4 stars\. 2, B, 6 dollars, 4 stars\.$/,
    );
  });

  it('keeps a list with every refinement stacked under 75 words: beyond three filters, the newest and how many more', () => {
    const every: RefinementState = {
      applied: {
        prime: 'P',
        delivery: { day: 'tomorrow', id: 'D' },
        freeShipping: 'F',
        inStock: 'S',
        brand: { name: "Hill's Science Diet", value: 'b' },
        rating: { stars: 4, value: 'r' },
        price: { min: 10, max: 30 },
        sort: 'price-asc',
      },
      order: ['prime', 'delivery', 'freeShipping', 'inStock', 'brand', 'rating', 'price', 'sort'],
      offered: { brands: [], ratings: [] },
      scanned: 24,
      matching: 300,
    };
    // Listed titles are shortened to nine words at most (shortTitle).
    const long = (n: number) => p(`Hill's Science Diet Adult Sensitive Stomach Dog Food ${n}`, 25.99, 4.5);
    const speech = `${refinedListSpeech(t, listedState([long(1), long(2), long(3)], every), 'USD')} ${t('REFINED_AFTER')}`;
    expect(speech).toMatch(/^Cheapest first, between 10 and 30 dollars and 6 more filters: of the first 24 of 300 results for paper, 3 match\./);
    expect(speech.split(/\s+/).length).toBeLessThanOrEqual(75);
  });

  it('says every result without "here are the first two" when they all fit on the page', () => {
    const apiRefined: RefinementState = { applied: { prime: 'P' }, order: ['prime'], offered: { brands: [], ratings: [] } };
    const state = { ...listedState([p('A', 5, 4), p('B', 6, 4)], apiRefined), totalResults: 2 };
    expect(refinedListSpeech(t, state, 'USD')).toBe('Prime only: 2 results for paper: 1, A, 5 dollars, 4 stars. 2, B, 6 dollars, 4 stars.');
    expect(refinedListSpeech(t, { ...state, totalResults: 9 }, 'USD')).toMatch(/^Prime only: 9 results for paper\. Here are the first two: 1, A/);
  });

  it('names the refinement that emptied the list and offers to drop it', () => {
    const all = { ...refinements, scanned: 35 };
    expect(emptiedSpeech(t, listedState([], all), 'price', 'USD')).toEqual({
      speech: 'Nothing for paper matches Prime only and under 20 dollars. It was under 20 dollars that emptied the list. Shall I drop it?',
      reprompt: 'Shall I drop under 20 dollars? Say yes, or clear the filters.',
    });
  });
});
