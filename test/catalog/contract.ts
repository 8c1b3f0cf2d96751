/**
 * The contract every Catalog implementation passes: the Product Search API's behaviour as
 * the reference describes it, over the embedded data set. Run against EmbeddedCatalog and
 * against AmazonBusinessCatalog talking HTTP to the emulator.
 */
import { type Catalog, CatalogLimits, RefinementIds } from '../../lambda/catalog/Catalog';
import { EmbeddedCatalog } from '../../lambda/catalog/embedded/EmbeddedCatalog';
import { productRecords } from '../../lambda/catalog/embedded/generate';
import { CatalogErrorCodes } from '../../lambda/catalog/errors';
import { featuredOfferOf, unavailableReasonOf } from '../../lambda/browsing/listing';
import type { ProductsResult } from '../../lambda/catalog/types';
import { ASIN_PATTERN } from '../../lambda/util/asin';

const US = { productRegion: 'US', locale: 'en_US' } as const;
const UK = { productRegion: 'UK', locale: 'en_GB' } as const;

export const DEMO_SEARCHES = ['batteries', 'printer paper', 'coffee', 'headphones', 'notebook', 'water bottle', 'usb cable', 'desk lamp', 'dog food', 'sunscreen'];

function expectProductShape(product: ProductsResult): void {
  expect(product.asin).toMatch(ASIN_PATTERN);
  expect(typeof product.title).toBe('string');
  expect(product.byLine.length).toBeGreaterThan(0);
  expect(product.features.length).toBeGreaterThanOrEqual(2);
  expect(product.customerReviewsSummary.starRating).toBeGreaterThan(0);
  const offer = featuredOfferOf(product);
  expect(offer).toBeDefined();
  expect(offer?.price.value.amount).toBeGreaterThan(0);
  expect(offer?.merchant.name).toEqual(expect.any(String));
  expect(offer?.buyingGuidanceV2.buyingGuidance.length).toBeGreaterThan(0);
  expect(offer?.deliveryInformation).toEqual(expect.any(String));
}

export function catalogContract(name: string, setup: () => Promise<{ catalog: Catalog; teardown: () => Promise<void> }>): void {
  describe(`${name} honours the Catalog contract`, () => {
    let catalog: Catalog;
    let teardown: () => Promise<void>;
    const reference = new EmbeddedCatalog();

    beforeAll(async () => {
      ({ catalog, teardown } = await setup());
    });
    afterAll(async () => {
      await teardown();
    });

    it.each(DEMO_SEARCHES)('finds at least three relevant products for "%s"', async (keywords) => {
      const result = await catalog.searchProducts({ ...US, keywords, pageSize: 10 });
      expect(result.matchingProductCount).toBeGreaterThanOrEqual(3);
      expect(result.products.length).toBeGreaterThanOrEqual(3);
      for (const product of result.products) expectProductShape(product);
      const first = keywords.split(' ')[0] ?? keywords;
      expect(result.products[0]?.title.toLowerCase()).toContain(first.replace(/ies$/, 'y').replace(/s$/, '').slice(0, 5));
    });

    it('ranks the same products in the same order as the embedded data set', async () => {
      const mine = await catalog.searchProducts({ ...US, keywords: 'coffee', pageSize: 24 });
      const theirs = await reference.searchProducts({ ...US, keywords: 'coffee', pageSize: 24 });
      expect(mine.products.map((p) => p.asin)).toEqual(theirs.products.map((p) => p.asin));
      expect(mine.refinements.categories).toEqual([{ id: 'Grocery', displayName: 'Grocery & Gourmet Food' }]);
    });

    it('pages without overlap and reports the number of pages', async () => {
      const page0 = await catalog.searchProducts({ ...US, keywords: 'batteries', pageSize: 5, pageNumber: 0 });
      const page1 = await catalog.searchProducts({ ...US, keywords: 'batteries', pageSize: 5, pageNumber: 1 });
      expect(page0.numberOfPages).toBe(Math.min(Math.ceil(page0.matchingProductCount / 5), CatalogLimits.maxPages));
      const asins0 = new Set(page0.products.map((p) => p.asin));
      expect(page1.products.some((p) => asins0.has(p.asin))).toBe(false);
      expect(page1.products).toHaveLength(5);
    });

    it('refuses a page size over 24 and a page past the last one', async () => {
      await expect(catalog.searchProducts({ ...US, keywords: 'coffee', pageSize: 25 })).rejects.toMatchObject({ code: CatalogErrorCodes.InvalidRequest });
      await expect(catalog.searchProducts({ ...US, keywords: 'coffee', pageSize: 24, pageNumber: 5 })).rejects.toMatchObject({ code: CatalogErrorCodes.InvalidRequest });
    });

    it('answers an unknown word with zero results, not an error', async () => {
      const result = await catalog.searchProducts({ ...US, keywords: 'zeppelin hovercraft' });
      expect(result).toMatchObject({ matchingProductCount: 0, numberOfPages: 0, products: [] });
    });

    it('filters by category, sub-category, availability, delivery day, free shipping and Prime', async () => {
      const all = await catalog.searchProducts({ ...US, keywords: 'usb', pageSize: 24 });
      const inStock = await catalog.searchProducts({ ...US, keywords: 'usb', pageSize: 24, availability: RefinementIds.InStockOnly });
      for (const p of inStock.products) expect(featuredOfferOf(p)?.availability).toBe('In Stock');
      const today = await catalog.searchProducts({ ...US, keywords: 'batteries', pageSize: 24, deliveryDay: RefinementIds.GetItToday });
      for (const p of today.products) expect(featuredOfferOf(p)?.deliveryInformation).toMatch(/today/);
      const tomorrow = await catalog.searchProducts({ ...US, keywords: 'batteries', pageSize: 24, deliveryDay: RefinementIds.GetItTomorrow });
      expect(tomorrow.matchingProductCount).toBeGreaterThanOrEqual(today.matchingProductCount);
      const free = await catalog.searchProducts({ ...US, keywords: 'notebook', pageSize: 24, eligibleForFreeShipping: RefinementIds.FreeShipping });
      for (const p of free.products) expect(featuredOfferOf(p)?.shippingOptions[0]?.shippingCost.value.amount).toBe(0);
      const prime = await catalog.searchProducts({ ...US, keywords: 'notebook', pageSize: 24, primeEligible: RefinementIds.PrimeEligible });
      expect(prime.matchingProductCount).toBeLessThan((await catalog.searchProducts({ ...US, keywords: 'notebook' })).matchingProductCount);
      const cables = await catalog.searchProducts({ ...US, keywords: 'usb', category: 'Electronics', subCategory: '3230976011', pageSize: 24 });
      expect(cables.matchingProductCount).toBeGreaterThan(0);
      expect(cables.matchingProductCount).toBeLessThanOrEqual(all.matchingProductCount);
      const none = await catalog.searchProducts({ ...US, keywords: 'usb', category: 'PetSupplies' });
      expect(none.matchingProductCount).toBe(0);
    });

    it('narrows by a brand refinement taken from a previous answer', async () => {
      const first = await catalog.searchProducts({ ...US, keywords: 'headphones' });
      const brand = first.searchRefinements.find((r) => r.displayValue === 'Brand')?.refinementValues[0];
      expect(brand).toBeDefined();
      const narrowed = await catalog.searchProducts({ ...US, keywords: 'headphones', searchRefinements: [brand?.searchRefinementValue ?? ''] });
      expect(narrowed.matchingProductCount).toBeGreaterThan(0);
      for (const p of narrowed.products) expect(p.byLine[0]?.name).toBe(brand?.displayName);
    });

    it('finds a product by its UPC', async () => {
      const target = (await reference.searchProducts({ ...US, keywords: 'desk lamp' })).products[0];
      const upc = target?.upcValues[0] ?? '';
      const found = await catalog.searchProducts({ ...US, identifiers: { upc } });
      expect(found.products.map((p) => p.asin)).toEqual([target?.asin]);
    });

    it('never offers a product its region does not sell', async () => {
      const usOnly = productRecords().find((r) => !r.regions.includes('UK'));
      expect(usOnly).toBeDefined();
      const asin = usOnly?.asin ?? '';
      await expect(catalog.getProduct({ ...UK, asin })).rejects.toMatchObject({ code: CatalogErrorCodes.ProductNotFound });
      const ukSearch = await catalog.searchProducts({ ...UK, keywords: usOnly?.category.key ?? '', pageSize: 24 });
      expect(ukSearch.products.map((p) => p.asin)).not.toContain(asin);
      for (const p of ukSearch.products) expect(featuredOfferOf(p)?.price.value.currencyCode).toBe('GBP');
    });

    it('gets one product, with quantity prices for bulk buyers', async () => {
      const bulk = productRecords().find((r) => r.regions.includes('US') && r.offers[0]?.tiers === true);
      const asin = bulk?.asin ?? '';
      const one = await catalog.getProduct({ ...US, asin });
      const many = await catalog.getProduct({ ...US, asin, quantity: 25 });
      expectProductShape(one);
      const tiers = featuredOfferOf(one)?.quantityPrice?.quantityPriceTiers ?? [];
      expect(tiers.map((t) => t.quantityDisplay)).toEqual(['10-24', '25+']);
      expect(featuredOfferOf(many)?.price.value.amount).toBeLessThan(featuredOfferOf(one)?.price.value.amount ?? 0);
    });

    it('reports an unknown ASIN as PRODUCT_NOT_FOUND', async () => {
      await expect(catalog.getProduct({ ...US, asin: 'B000000000' })).rejects.toMatchObject({ apiCode: 'PRODUCT_NOT_FOUND' });
    });

    it('lists offers with a featured offer, filters and pages', async () => {
      const rich = productRecords().find((r) => r.regions.includes('US') && r.offers.length >= 3);
      const asin = rich?.asin ?? '';
      const result = await catalog.searchOffers({ ...US, asin });
      expect(result.offerCount).toBe(rich?.offers.length);
      expect(result.featuredOffer?.merchant.name).toBe('Amazon.com');
      expect(result.filterGroups?.map((g) => g.displayName)).toEqual(['Condition', 'Delivery']);
      const newOnly = await catalog.searchOffers({ ...US, asin, filterIds: ['NEW'] });
      for (const o of newOnly.offers ?? []) expect(o.productCondition).toBe('NEW');
      const paged = await catalog.searchOffers({ ...US, asin, pageSize: 1, pageNumber: 1 });
      expect(paged.offers).toHaveLength(1);
      expect(paged.offers?.[0]?.offerId).toBe(result.offers?.[1]?.offerId);
    });

    it('gets more than 30 products by ASIN in order and names the ones not found', async () => {
      const asins = productRecords()
        .filter((r) => r.regions.includes('US'))
        .slice(0, 43)
        .map((r) => r.asin);
      const asked = [...asins.slice(0, 20), 'B0NOTHERE1', ...asins.slice(20), 'B0NOTHERE2'];
      const result = await catalog.getProductsByAsins({ ...US, asins: asked });
      expect(result.products.map((p) => p.asin)).toEqual(asins);
      expect(result.notFoundAsins).toEqual(['B0NOTHERE1', 'B0NOTHERE2']);
      expect(result.matchingProductCount).toBe(43);
    });

    it('carries BLOCKED and RESTRICTED buying guidance for some products', async () => {
      const reasons = new Set<string | undefined>();
      for (const keywords of DEMO_SEARCHES) {
        const result = await catalog.searchProducts({ ...US, keywords, pageSize: 24 });
        for (const p of result.products) reasons.add(unavailableReasonOf(featuredOfferOf(p)));
      }
      expect(reasons).toEqual(new Set([undefined, 'blocked', 'restricted']));
    });
  });
}
