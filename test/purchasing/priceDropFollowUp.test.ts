/**
 * After a price drop is announced on launch, the skill offers the next step: "Want to add it
 * to your cart?". Yes starts AddToShoppingCart for the dropped product; no asks what to find;
 * the question is answered on the next turn only. Both locales, through the exported skill.
 */
import type { interfaces, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Catalog } from '../../lambda/catalog/Catalog';
import { EmbeddedCatalog } from '../../lambda/catalog/embedded/EmbeddedCatalog';
import type { ProductsResult } from '../../lambda/catalog/types';
import { IntentNames, PremiumProducts } from '../../lambda/constants';
import { MemoryPersistenceAdapter } from '../../lambda/persistence/memoryAdapter';
import type { ListedProduct } from '../../lambda/session';
import { continueSession, intentRequest, launchRequest, repromptOf, speechOf } from '../support/envelopes';
import { captureLogs } from '../support/logs';
import { listed, type PurchasingHarness, startHarness } from './support';

type StartConnection = interfaces.connections.V1.StartConnectionDirective;

function pricedCatalog(prices: Record<string, number>, currencyCode: string): Catalog {
  const base = new EmbeddedCatalog();
  const product = (asin: string, amount: number): ProductsResult =>
    ({
      asin,
      title: asin,
      includedDataTypes: { OFFERS: [{ price: { value: { amount, currencyCode }, formattedPrice: '', priceType: 'BUYING_PRICE' } }] },
    }) as unknown as ProductsResult;
  return {
    searchProducts: (r) => base.searchProducts(r),
    getProduct: (r) => base.getProduct(r),
    searchOffers: (r) => base.searchOffers(r),
    getProductsByAsins: async (request) => {
      const found = request.asins.filter((a) => prices[a] !== undefined);
      return { matchingProductCount: found.length, products: found.map((a) => product(a, prices[a] ?? 0)), notFoundAsins: [] };
    },
  };
}

const CASES = [
  {
    locale: 'en-US',
    lamp: { asin: 'B000TEST11', title: 'Brass Desk Lamp', price: { amount: 60, currency: 'USD' } },
    mug: { asin: 'B000TEST12', title: 'Travel Mug', price: { amount: 20, currency: 'USD' } },
    heard:
      /^Good news: 2 of your watched products got cheaper\. The biggest drop is Brass Desk Lamp, now 45 dollars, down from 60 dollars\. Want to add Brass Desk Lamp to your cart\?$/,
    reprompt: /add Brass Desk Lamp to your cart/,
  },
  {
    locale: 'en-GB',
    lamp: { asin: 'B000TEST11', title: 'Brass Desk Lamp', price: { amount: 60, currency: 'GBP' } },
    mug: { asin: 'B000TEST12', title: 'Travel Mug', price: { amount: 20, currency: 'GBP' } },
    heard:
      /^Good news: 2 of your watched products got cheaper\. The biggest drop is Brass Desk Lamp, now 45 pounds, down from 60 pounds\. Want to add Brass Desk Lamp to your basket\?$/,
    reprompt: /add Brass Desk Lamp to your basket/,
  },
] as const;

let h: PurchasingHarness;
let logs: ReturnType<typeof captureLogs>;

afterEach(async () => {
  await h.close();
  logs.restore();
});

async function watchingThenDropped(locale: string, lamp: ListedProduct, mug: ListedProduct): Promise<ResponseEnvelope> {
  logs = captureLogs();
  const currency = lamp.price?.currency ?? 'USD';
  h = await startHarness({ catalog: pricedCatalog({ [lamp.asin]: 45, [mug.asin]: 18 }, currency), persistence: new MemoryPersistenceAdapter() });
  h.emulator.monetization.setEntitlement(PremiumProducts.PremiumShopper, true);
  await h.invoke(intentRequest(IntentNames.WatchPrice, {}, h.at({ locale, attributes: listed(lamp) })));
  await h.invoke(intentRequest(IntentNames.WatchPrice, {}, h.at({ locale, attributes: listed(mug) })));
  return h.invoke(launchRequest(h.at({ locale })));
}

describe.each(CASES)('the price-drop follow-up ($locale)', ({ locale, lamp, mug, heard, reprompt }) => {
  const turn = (previous: ResponseEnvelope, request: RequestEnvelope) => h.invoke(continueSession(previous, request));

  it('offers to add the biggest drop to the cart, and yes starts AddToShoppingCart for it', async () => {
    const launch = await watchingThenDropped(locale, lamp, mug);
    expect(speechOf(launch)).toMatch(heard);
    expect(repromptOf(launch)).toMatch(reprompt);
    expect(launch.response.shouldEndSession).toBe(false);

    const yes = await turn(launch, intentRequest(IntentNames.Yes, {}, h.at({ locale })));
    const directives = (yes.response.directives ?? []) as StartConnection[];
    expect(directives).toHaveLength(1);
    expect(directives[0]?.uri).toBe('connection://AMAZON.AddToShoppingCart/1');
    expect(directives[0]?.input).toEqual({ products: [{ asin: lamp.asin }] });
  });

  it('keeps the dropped products as the list: "add the second one to my cart" adds the other drop', async () => {
    const launch = await watchingThenDropped(locale, lamp, mug);
    const add = await turn(launch, intentRequest(IntentNames.AddToCart, { ordinal: '2' }, h.at({ locale })));
    expect(((add.response.directives ?? [])[0] as StartConnection | undefined)?.input).toEqual({ products: [{ asin: mug.asin }] });
  });

  it('no asks what to find instead of saying goodbye, and a later yes does not answer the old question', async () => {
    const launch = await watchingThenDropped(locale, lamp, mug);
    const no = await turn(launch, intentRequest(IntentNames.No, {}, h.at({ locale })));
    expect(speechOf(no)).toBe('Okay. What would you like to find?');
    expect(no.response.shouldEndSession).toBe(false);

    const help = await turn(no, intentRequest(IntentNames.Help, {}, h.at({ locale })));
    const yes = await turn(help, intentRequest(IntentNames.Yes, {}, h.at({ locale })));
    // Nothing is added: at most the skill listens for what to find.
    expect((yes.response.directives ?? []).map((d) => d.type)).not.toContain('Connections.StartConnection');
  });
});
