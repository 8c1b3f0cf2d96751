/**
 * Price watch on launch and the compare-offers gate, through the exported skill: watched
 * products are re-priced in one getProductsByAsins batch and drops are announced first.
 * Not a deadline test: the skill gets bounds a loaded machine never reaches (unhurried).
 */
import type { Catalog, GetProductsByAsinsRequest } from '../../lambda/catalog/Catalog';
import { EmbeddedCatalog } from '../../lambda/catalog/embedded/EmbeddedCatalog';
import type { ProductsByAsinsResponse, ProductsResult } from '../../lambda/catalog/types';
import { IntentNames, PremiumProducts } from '../../lambda/constants';
import { MemoryPersistenceAdapter } from '../../lambda/persistence/memoryAdapter';
import { intentRequest, launchRequest, repromptOf, speechOf } from '../support/envelopes';
import { captureLogs } from '../support/logs';
import { unhurried } from '../support/unhurried';
import { connectionsResponse, HEADPHONES, KETTLE, listed, type PurchasingHarness, sendRequestOf, startHarness } from './support';

/** A catalog that prices products as the test says and counts batches. */
function pricedCatalog(prices: Record<string, number>): { catalog: Catalog; batches: GetProductsByAsinsRequest[] } {
  const batches: GetProductsByAsinsRequest[] = [];
  const base = new EmbeddedCatalog();
  const product = (asin: string, amount: number): ProductsResult =>
    ({
      asin,
      title: asin,
      includedDataTypes: { OFFERS: [{ price: { value: { amount, currencyCode: 'USD' }, formattedPrice: '', priceType: 'BUYING_PRICE' } }] },
    }) as unknown as ProductsResult;
  const catalog: Catalog = {
    searchProducts: (r) => base.searchProducts(r),
    getProduct: (r) => base.getProduct(r),
    searchOffers: (r) => base.searchOffers(r),
    getProductsByAsins: async (request): Promise<ProductsByAsinsResponse> => {
      batches.push(request);
      const found = request.asins.filter((a) => prices[a] !== undefined);
      return { matchingProductCount: found.length, products: found.map((a) => product(a, prices[a] ?? 0)), notFoundAsins: request.asins.filter((a) => prices[a] === undefined) };
    },
  };
  return { catalog, batches };
}

let h: PurchasingHarness;
let logs: ReturnType<typeof captureLogs>;

afterEach(async () => {
  await h.close();
  logs.restore();
});

async function watching(prices: Record<string, number>) {
  logs = captureLogs();
  const priced = pricedCatalog(prices);
  h = await startHarness({ catalog: priced.catalog, persistence: new MemoryPersistenceAdapter(), ...unhurried() });
  h.emulator.monetization.setEntitlement(PremiumProducts.PremiumShopper, true);
  await h.invoke(intentRequest(IntentNames.WatchPrice, {}, h.at({ attributes: listed(HEADPHONES) })));
  await h.invoke(intentRequest(IntentNames.WatchPrice, {}, h.at({ attributes: listed(KETTLE) })));
  return priced;
}

describe('price drops on launch', () => {
  it('announces drops first, from one batch, and only once', async () => {
    const priced = await watching({ [HEADPHONES.asin]: 149.99, [KETTLE.asin]: 39.5 });

    const launch = await h.invoke(launchRequest(h.at()));

    expect(speechOf(launch)).toMatch(/^Good news: Quiet Comfort Headphones dropped from 199 dollars 99 to 149 dollars 99\. Want to add Quiet Comfort Headphones to your cart\?$/);
    expect(speechOf(launch)).not.toContain('Steel Kettle');
    expect(repromptOf(launch)).not.toBe('');
    expect(priced.batches).toHaveLength(1);
    expect(priced.batches[0]?.asins.sort()).toEqual([HEADPHONES.asin, KETTLE.asin].sort());

    const again = await h.invoke(launchRequest(h.at()));
    expect(speechOf(again)).toMatch(/^Welcome to Voice Shopper/);
  });

  it('welcomes as usual when the catalog or the Monetization API fails', async () => {
    await watching({});
    h.emulator.monetization.fail({ kind: 'status', status: 503 });

    const launch = await h.invoke(launchRequest(h.at()));

    expect(speechOf(launch)).toMatch(/^Welcome to Voice Shopper/);
  });

  it('costs a customer without watches no Monetization call', async () => {
    logs = captureLogs();
    h = await startHarness(unhurried());

    await h.invoke(launchRequest(h.at()));

    expect(h.emulator.monetization.calls()).toBe(0);
  });
});

describe('which product a watch is for', () => {
  it.each([
    ['an ordinal', { ordinal: '2' }],
    ['a number ("watch the price of number two")', { number: '2' }],
  ])('watches the listed product %s names, not the one in focus', async (_said, slots) => {
    logs = captureLogs();
    h = await startHarness({ persistence: new MemoryPersistenceAdapter(), ...unhurried() });
    h.emulator.monetization.setEntitlement(PremiumProducts.PremiumShopper, true);

    const answer = await h.invoke(intentRequest(IntentNames.WatchPrice, slots, h.at({ attributes: listed(HEADPHONES, KETTLE) })));

    expect(speechOf(answer)).toContain(KETTLE.title);
    expect(speechOf(answer)).not.toContain(HEADPHONES.title);
  });
});

describe('the compare-offers gate', () => {
  it('upsells Offer Insights, and ACCEPTED continues with the offers of the same product', async () => {
    logs = captureLogs();
    h = await startHarness({ catalog: new EmbeddedCatalog(), ...unhurried() });
    const search = await h.invoke(intentRequest(IntentNames.SearchProducts, { query: 'batteries' }, h.at()));

    const ask = await h.invoke(intentRequest(IntentNames.CompareOffers, { ordinal: '1' }, h.at({ attributes: search.sessionAttributes ?? {} })));
    const upsell = sendRequestOf(ask);
    expect(upsell).toMatchObject({ name: 'Upsell', payload: { InSkillProduct: { productId: h.emulator.monetization.productId(PremiumProducts.OfferInsights) } } });
    expect(String(upsell?.payload?.upsellMessage)).toContain("every seller's price");

    h.emulator.monetization.acceptPurchase(PremiumProducts.OfferInsights);
    const offers = await h.invoke(
      connectionsResponse('Upsell', 'ACCEPTED', h.at({ token: upsell?.token, productId: upsell?.payload?.InSkillProduct.productId, newSession: true })),
    );

    expect(speechOf(offers)).toMatch(/offers? for /);
    expect(sendRequestOf(offers)).toBeUndefined();
    expect(repromptOf(offers)).not.toBe('');
  });

  it('asks which product before any entitlement lookup', async () => {
    logs = captureLogs();
    h = await startHarness({ catalog: new EmbeddedCatalog(), ...unhurried() });

    const answer = await h.invoke(intentRequest(IntentNames.CompareOffers, {}, h.at()));

    expect(sendRequestOf(answer)).toBeUndefined();
    expect(h.emulator.monetization.calls()).toBe(0);
  });
});
