/**
 * Catalog text is untrusted: a seller controls titles, brands, features and merchant names.
 * A product whose title carries "<", "&" and quotes (and markup that would make Alexa play
 * audio or stop reading) must come out as escaped text inside well-formed SSML through
 * search, details, offers and the Shopping Action result.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { Catalog, CallOptions, GetProductRequest, GetProductsByAsinsRequest, SearchOffersRequest, SearchProductsRequest } from '../../lambda/catalog/Catalog';
import { EmbeddedCatalog } from '../../lambda/catalog/embedded/EmbeddedCatalog';
import type { OffersResult, ProductsByAsinsResponse, ProductsResult, SearchProductsResult } from '../../lambda/catalog/types';
import { IntentNames } from '../../lambda/constants';
import { continueSession, intentRequest, launchRequest, sessionResumedRequest } from '../support/envelopes';
import { captureLogs } from '../support/logs';
import { testSkill } from '../support/skill';
import { turnProblems } from '../fuzz/invariants';
import { ssmlProblem } from '../fuzz/ssmlCheck';

const HOSTILE_TITLE = `Tom & Jerry's "Best" <audio src="https://evil.example/a.mp3"/> </speak><speak> 5 < 6 Cells`;
const HOSTILE_TEXT = `Fits <b>all</b> devices & "more" ]]> <break time="10s"/>`;

/** The embedded catalog, with seller-controlled text replaced by hostile text. */
class HostileCatalog implements Catalog {
  private readonly inner = new EmbeddedCatalog();

  private product(p: ProductsResult): ProductsResult {
    return {
      ...p,
      title: `${HOSTILE_TITLE} ${p.title}`,
      features: p.features.map((f) => `${HOSTILE_TEXT} ${f}`),
      byLine: p.byLine.map((c) => ({ ...c, name: `${HOSTILE_TEXT} & Sons` })),
    };
  }

  async searchProducts(request: SearchProductsRequest, _options?: CallOptions): Promise<SearchProductsResult> {
    const result = await this.inner.searchProducts(request);
    return { ...result, products: result.products.map((p) => this.product(p)) };
  }

  async getProduct(request: GetProductRequest, _options?: CallOptions): Promise<ProductsResult> {
    return this.product(await this.inner.getProduct(request));
  }

  async searchOffers(request: SearchOffersRequest, _options?: CallOptions): Promise<OffersResult> {
    const result = await this.inner.searchOffers(request);
    const hostile = <T extends { merchant: { name?: string } }>(offer: T): T => ({ ...offer, merchant: { ...offer.merchant, name: `${HOSTILE_TEXT} Store` } });
    return {
      ...result,
      ...(result.featuredOffer === undefined ? {} : { featuredOffer: hostile(result.featuredOffer) }),
      ...(result.offers === undefined ? {} : { offers: result.offers.map(hostile) }),
    };
  }

  async getProductsByAsins(request: GetProductsByAsinsRequest, _options?: CallOptions): Promise<ProductsByAsinsResponse> {
    const result = await this.inner.getProductsByAsins(request);
    return { ...result, products: result.products.map((p) => this.product(p)) };
  }
}

const logs = captureLogs();
afterAll(() => logs.restore());

function ssmlOf(out: ResponseEnvelope): string[] {
  const all = [out.response.outputSpeech, out.response.reprompt?.outputSpeech];
  return all.flatMap((speech) => (speech?.type === 'SSML' ? [speech.ssml] : []));
}

describe('catalog text with markup characters', () => {
  it('is spoken as escaped text in well-formed SSML through search, details, offers and the cart result', async () => {
    const { invoke } = testSkill({ catalog: new HostileCatalog() });
    const outs: Array<{ name: string; out: ResponseEnvelope; event: unknown }> = [];
    let last: ResponseEnvelope | undefined;
    const turn = async (name: string, event: Parameters<typeof invoke>[0] & object) => {
      const next = last === undefined ? event : continueSession(last, event as Parameters<typeof continueSession>[1]);
      last = await invoke(next);
      outs.push({ name, out: last, event: next });
      return last;
    };

    await turn('launch', launchRequest());
    await turn('search', intentRequest(IntentNames.SearchProducts, { query: 'batteries' }));
    await turn('details', intentRequest(IntentNames.ProductDetails, { ordinal: '1' }));
    await turn('offers', intentRequest(IntentNames.CompareOffers, {}));
    const cart = await turn('add to cart', intentRequest(IntentNames.AddToCart, {}));
    const [directive] = cart.response.directives ?? [];
    const token = (directive as { token?: string } | undefined)?.token ?? '';
    await turn('cart result', sessionResumedRequest({ token, status: { code: '200' } }));

    // The hostile title was read out (escaped) in the search, details and result answers.
    const spokenWithTitle = outs.filter(({ out }) => ssmlOf(out).some((s) => s.includes('Tom &amp; Jerry')));
    expect(spokenWithTitle.map((o) => o.name)).toEqual(expect.arrayContaining(['search', 'details', 'cart result']));
    for (const { out } of spokenWithTitle) expect(ssmlOf(out).join(' ')).toMatch(/Tom &amp; Jerry&apos;s &quot;Best&quot; 5 &lt; 6/);
    for (const { name, out, event } of outs) {
      for (const ssml of ssmlOf(out)) {
        expect({ name, problem: ssmlProblem(ssml) }).toEqual({ name, problem: undefined });
        // No markup from the catalog survives as markup.
        expect(ssml).not.toMatch(/<audio|<b>|<break time="10s"|<\/speak><speak>|]]>/);
      }
      expect(turnProblems(event, out)).toEqual([]);
    }
  });
});
