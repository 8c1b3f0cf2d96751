/**
 * The embedded catalog answers refinements as the Product Search API does, with whatever ids
 * it offers: each id from `refinements` / `searchRefinements` narrows the results, values of
 * one refinement are OR'ed and refinements AND'ed, and an id it did not offer narrows nothing.
 */
import { DEFAULT_REFINEMENT_IDS, EmbeddedCatalog } from '../../../lambda/catalog/embedded/EmbeddedCatalog';
import { offeredFrom } from '../../../lambda/browsing/refine/apply';
import type { SearchProductsResult } from '../../../lambda/catalog/types';

const US = { productRegion: 'US' as const, locale: 'en_US', pageSize: 24 };
const catalog = new EmbeddedCatalog({
  refinementIds: {
    primeEligible: 'PR',
    getItToday: 'TD',
    getItTomorrow: 'TM',
    freeShipping: 'FS',
    inStockOnly: 'IS',
    includeOutOfStock: 'OS',
    brandKey: 'brand',
    ratingKey: 'stars',
  },
});
const count = (r: SearchProductsResult) => r.matchingProductCount;

describe('embedded refinements with the ids a response offered', () => {
  let all: SearchProductsResult;
  beforeAll(async () => {
    all = await catalog.searchProducts({ ...US, keywords: 'batteries' });
  });

  it('offers every refinement the reference describes, in its shapes', () => {
    expect(all.refinements.primeEligible).toEqual([{ id: 'PR', displayName: 'Prime Eligible' }]);
    expect(all.refinements.deliveryDayOptions.map((o) => o.id)).toEqual(['TD', 'TM']);
    expect(all.refinements.eligibleForFreeShippingOptions.map((o) => o.id)).toEqual(['FS']);
    expect(all.refinements.availabilityOptions.map((o) => o.id)).toEqual(['IS', 'OS']);
    expect(all.refinements.categories.length).toBeGreaterThan(0);
    expect(all.searchRefinements.map((s) => [s.displayValue, s.selectionType])).toEqual([
      ['Brand', 'MultiSelect'],
      ['Avg. Customer Review', 'InsteadSelect'],
    ]);
  });

  it('narrows by each offered id, and by several at once', async () => {
    const offered = offeredFrom(all);
    const prime = await catalog.searchProducts({ ...US, keywords: 'batteries', primeEligible: offered.prime ?? '' });
    const today = await catalog.searchProducts({ ...US, keywords: 'batteries', deliveryDay: offered.today ?? '' });
    const tomorrow = await catalog.searchProducts({ ...US, keywords: 'batteries', deliveryDay: offered.tomorrow ?? '' });
    const free = await catalog.searchProducts({ ...US, keywords: 'batteries', eligibleForFreeShipping: offered.freeShipping ?? '' });
    const stock = await catalog.searchProducts({ ...US, keywords: 'batteries', availability: offered.inStock ?? '' });
    const category = await catalog.searchProducts({ ...US, keywords: 'batteries', category: all.refinements.categories[0]?.id ?? '' });
    for (const narrowed of [prime, tomorrow, free, stock]) expect(count(narrowed)).toBeLessThan(count(all));
    expect(count(today)).toBeLessThanOrEqual(count(tomorrow));
    expect(count(category)).toBeGreaterThan(0);
    const duracell = offered.brands.find((b) => b.name === 'Duracell')?.value ?? '';
    const energizer = offered.brands.find((b) => b.name === 'Energizer')?.value ?? '';
    const four = offered.ratings.find((r) => r.stars === 4)?.value ?? '';
    const d = count(await catalog.searchProducts({ ...US, keywords: 'batteries', searchRefinements: [duracell] }));
    const e = count(await catalog.searchProducts({ ...US, keywords: 'batteries', searchRefinements: [energizer] }));
    expect(count(await catalog.searchProducts({ ...US, keywords: 'batteries', searchRefinements: [duracell, energizer] }))).toBe(d + e);
    const stacked = await catalog.searchProducts({ ...US, keywords: 'batteries', primeEligible: offered.prime ?? '', searchRefinements: [duracell, four] });
    for (const product of stacked.products) {
      expect(product.byLine[0]?.name).toBe('Duracell');
      expect(product.customerReviewsSummary.starRating).toBeGreaterThanOrEqual(4);
    }
  });

  it('narrows nothing with ids it did not offer (the defaults of another catalog)', async () => {
    const stale = await catalog.searchProducts({
      ...US,
      keywords: 'batteries',
      primeEligible: DEFAULT_REFINEMENT_IDS.primeEligible,
      searchRefinements: [`${DEFAULT_REFINEMENT_IDS.brandKey}:Duracell`],
    });
    expect(count(stale)).toBe(count(all));
  });
});
