/**
 * Transcripts through the real skill with the embedded catalog:
 *   U: find batteries / A: count and top three
 *   U: tell me about the second one / A: details
 *   U: next / A: the next three
 *   U: add the first one to my cart / A: AddToShoppingCart directive
 */
import type { interfaces } from 'ask-sdk-model';
import type { Catalog } from '../../lambda/catalog/Catalog';
import { EmbeddedCatalog } from '../../lambda/catalog/embedded/EmbeddedCatalog';
import { productRecords } from '../../lambda/catalog/embedded/generate';
import type { ProductsResult, SearchProductsResult } from '../../lambda/catalog/types';
import { intentRequest, repromptOf, speechOf } from '../support/envelopes';
import { conversation, skillWith } from './helpers';

type StartConnection = interfaces.connections.V1.StartConnectionDirective;

function shoppingState(attributes: Record<string, unknown> | undefined): { products: { asin: string; unavailableReason?: string }[]; pageStart: number } {
  return (attributes?.['shopping'] ?? { products: [], pageStart: 0 }) as { products: { asin: string; unavailableReason?: string }[]; pageStart: number };
}

function onlyDirective(directives: unknown[] | undefined): StartConnection {
  expect(directives).toHaveLength(1);
  return (directives?.[0] ?? {}) as StartConnection;
}

describe('the voice shopping conversation', () => {
  it('goes from a search to details, the next page and adding to the cart', async () => {
    const say = conversation(skillWith(new EmbeddedCatalog()));

    const search = await say(intentRequest('SearchProductsIntent', { query: 'batteries' }));
    expect(speechOf(search)).toMatch(
      /^I found \d+ results for batteries\. Here are the first three: 1, .+ dollars .+ stars\. 2, .+ 3, .+ Which one would you like to hear about\?$/,
    );
    expect(repromptOf(search)).not.toBe('');
    const listed = shoppingState(search.sessionAttributes).products;
    expect(listed.length).toBeGreaterThanOrEqual(6);
    // The session keeps ASINs and a few fields, never whole products.
    expect(JSON.stringify(search.sessionAttributes).length).toBeLessThan(4000);

    const details = await say(intentRequest('ProductDetailsIntent', { ordinal: '2' }));
    const second = new EmbeddedCatalog();
    const product = await second.getProduct({ productRegion: 'US', locale: 'en_US', asin: listed[1]?.asin ?? '' });
    expect(speechOf(details)).toContain(`by ${product.byLine[0]?.name}`);
    expect(speechOf(details)).toContain(product.features[0]);
    expect(speechOf(details)).toMatch(/ratings?\. The best offer is .+ from Amazon\.com\./);

    const next = await say(intentRequest('AMAZON.NextIntent'));
    expect(speechOf(next)).toMatch(/^Here are the next three: 1, /);
    expect(shoppingState(next.sessionAttributes).pageStart).toBe(3);

    const repeat = await say(intentRequest('AMAZON.RepeatIntent'));
    expect(speechOf(repeat)).toBe(speechOf(next));

    const fourth = listed[3];
    expect(fourth?.unavailableReason).toBeUndefined();
    const cart = await say(intentRequest('AddToCartIntent', { ordinal: '1' }));
    const directive = onlyDirective(cart.response.directives);
    expect(directive).toEqual({
      type: 'Connections.StartConnection',
      uri: 'connection://AMAZON.AddToShoppingCart/1',
      input: { products: [{ asin: fourth?.asin }] },
      token: expect.any(String),
    });
    expect(cart.response.outputSpeech).toBeUndefined();
  });

  it('recommends the listed products that can be bought, at most ten', async () => {
    const say = conversation(skillWith(new EmbeddedCatalog()));
    const search = await say(intentRequest('SearchProductsIntent', { query: 'coffee' }));
    const buyable = shoppingState(search.sessionAttributes)
      .products.filter((p) => p.unavailableReason === undefined)
      .slice(0, 10)
      .map((p) => ({ asin: p.asin }));
    const recommend = await say(intentRequest('RecommendProductsIntent'));
    expect(onlyDirective(recommend.response.directives)).toEqual({
      type: 'Connections.StartConnection',
      uri: 'connection://AMAZON.RecommendShoppingProducts/1',
      input: { products: buyable },
      token: expect.any(String),
      onCompletion: 'SEND_ERRORS_ONLY',
    });
    expect(buyable).toHaveLength(10);
  });

  it('refuses to buy a product its buying guidance blocks, and says why', async () => {
    const blocked = productRecords().find((r) => r.guidance === 'BLOCKED' && r.regions.includes('US'));
    const catalog = new EmbeddedCatalog();
    const say = conversation(skillWith(catalog));
    const search = await say(intentRequest('SearchProductsIntent', { query: blocked?.title ?? '' }));
    const index = shoppingState(search.sessionAttributes).products.findIndex((p) => p.asin === blocked?.asin);
    expect(index).toBe(0);
    // A search with this one result reads its details, which say why it can't be ordered.
    expect(speechOf(search)).toContain("Your organization's buying policy blocks this product, so I can't order it.");
    const buy = await say(intentRequest('BuyProductIntent', { ordinal: '1' }));
    // No Buy started: only the open question's listening for free words.
    expect(buy.response.directives?.map((d) => d.type)).toEqual(['Dialog.ElicitSlot']);
    expect(speechOf(buy)).toMatch(/can't be ordered here/);
  });

  it('shops in the UK marketplace in pounds for en-GB', async () => {
    const say = conversation(skillWith(new EmbeddedCatalog()));
    const search = await say(intentRequest('SearchProductsIntent', { query: 'printer paper' }, { locale: 'en-GB' }));
    expect(speechOf(search)).toMatch(/pounds|pence/);
    expect(repromptOf(search)).toContain('add the second one to my basket');
    const ukAsins = new Set(new EmbeddedCatalog().asinsIn('UK'));
    for (const p of shoppingState(search.sessionAttributes).products) expect(ukAsins.has(p.asin)).toBe(true);
  });

  it('asks what to look for when the query is missing, and says so when nothing matches', async () => {
    const say = conversation(skillWith(new EmbeddedCatalog()));
    expect(speechOf(await say(intentRequest('SearchProductsIntent', {})))).toBe('What would you like me to look for?');
    const none = await say(intentRequest('SearchProductsIntent', { query: 'zeppelin' }));
    expect(speechOf(none)).toBe("I couldn't find anything for zeppelin. Try another search, like printer paper. What would you like me to look for?");
    expect(none.response.shouldEndSession).toBe(false);
  });

  it('keeps speech valid SSML when a title carries markup characters', async () => {
    const base = new EmbeddedCatalog();
    const hostile = (p: ProductsResult): ProductsResult => ({ ...p, title: `Tom & Jerry's <b>"Best"</b> Batteries` });
    const catalog: Catalog = {
      searchProducts: async (r) => {
        const result: SearchProductsResult = await base.searchProducts(r);
        return { ...result, products: result.products.map(hostile) };
      },
      getProduct: async (r) => hostile(await base.getProduct(r)),
      searchOffers: (r) => base.searchOffers(r),
      getProductsByAsins: (r) => base.getProductsByAsins(r),
    };
    const say = conversation(skillWith(catalog));
    const search = await say(intentRequest('SearchProductsIntent', { query: 'batteries & <cells>' }));
    const ssml = search.response.outputSpeech?.type === 'SSML' ? search.response.outputSpeech.ssml : '';
    expect(ssml).toContain('Tom &amp; Jerry&apos;s &quot;Best&quot; Batteries');
    expect(ssml).toContain('batteries &amp; &lt;cells&gt;');
    expect(ssml.replace(/<\/?speak>/g, '')).not.toMatch(/<(?!break)/);
  });
});
