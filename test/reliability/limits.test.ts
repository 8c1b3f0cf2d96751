/**
 * Alexa's limits at the edge: speech and reprompt within 8,000 characters of SSML after
 * escaping, never cut inside a tag; the whole response within 24 KB with its session
 * attributes; catalog text bounded where it enters; currency and locale tables that only
 * know their own keys; tokens that carry only bounded, validated fields.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { Catalog } from '../../lambda/catalog/Catalog';
import { boundCatalogText, MAX_CATALOG_STRING } from '../../lambda/catalog/bound';
import { EmbeddedCatalog } from '../../lambda/catalog/embedded/EmbeddedCatalog';
import { regionEntryFor } from '../../lambda/catalog/regions';
import { spokenPrice } from '../../lambda/i18n/spoken';
import { translator } from '../../lambda/i18n';
import type { ProductsResult } from '../../lambda/catalog/types';
import { compactProduct } from '../../lambda/purchasing/pending';
import { parseListedProduct } from '../../lambda/session';
import { fitResponse, fitSsml, MAX_RESPONSE_BYTES, responseBytes } from '../../lambda/util/limits';
import { ssmlProblem } from '../fuzz/ssmlCheck';
import { skillWith } from '../catalog/helpers';
import { intentRequest, repromptOf, speechOf } from '../support/envelopes';

function ssmlOf(envelope: ResponseEnvelope): string {
  const speech = envelope.response.outputSpeech;
  return speech?.type === 'SSML' ? speech.ssml : '';
}

/** A catalog whose every product has the given title and currency. */
function catalogWith(title: string, currencyCode: string): Catalog {
  const base = new EmbeddedCatalog();
  const dress = (p: ProductsResult): ProductsResult =>
    ({
      ...p,
      title,
      includedDataTypes: { OFFERS: [{ price: { value: { amount: 12.5, currencyCode }, formattedPrice: '', priceType: 'BUYING_PRICE' } }] },
    }) as unknown as ProductsResult;
  return {
    searchProducts: async (r) => {
      const result = await base.searchProducts(r);
      return { ...result, products: result.products.map(dress) };
    },
    getProduct: async (r) => dress(await base.getProduct(r)),
    searchOffers: (r) => base.searchOffers(r),
    getProductsByAsins: (r) => base.getProductsByAsins(r),
  };
}

describe('fitSsml', () => {
  it('leaves speech within the limit untouched', () => {
    const ssml = '<speak>Hello &amp; welcome. What next?</speak>';
    expect(fitSsml(ssml)).toBe(ssml);
  });

  it('cuts escaped catalog text to 8,000 characters, keeps the closing question, never cuts a tag or an entity', () => {
    const title = '&'.repeat(9000);
    const ssml = `<speak>Here is <emphasis level="strong">${title.replace(/&/g, '&amp;')}</emphasis> for you. <break time="300ms"/> What would you like to do next?</speak>`;
    const fitted = fitSsml(ssml);
    expect(fitted.length).toBeLessThanOrEqual(8000);
    expect(ssmlProblem(fitted)).toBeUndefined();
    expect(fitted).toMatch(/What would you like to do next\?<\/speak>$/);
    expect(fitted).not.toMatch(/&a?m?p?$|&amp(?!;)/);
  });

  it('never leaves half a surrogate pair', () => {
    const fitted = fitSsml(`<speak>${'😀'.repeat(5000)}</speak>`);
    expect(fitted.length).toBeLessThanOrEqual(8000);
    expect(ssmlProblem(fitted)).toBeUndefined();
  });
});

describe('fitResponse', () => {
  it('keeps the whole response, session attributes included, within 24 KB', () => {
    const long = `<speak>${'word '.repeat(1590)}What next?</speak>`;
    const products = Array.from({ length: 36 }, (_, i) => ({ asin: `B00000${String(i).padStart(4, '0')}`, title: 'x'.repeat(450) }));
    const envelope: ResponseEnvelope = {
      version: '1.0',
      sessionAttributes: { lastAnswer: { speech: long, reprompt: long }, shopping: { products, pageStart: 3, pageSize: 3, current: 4 } },
      response: { outputSpeech: { type: 'SSML', ssml: long }, reprompt: { outputSpeech: { type: 'SSML', ssml: long } }, shouldEndSession: false },
    };
    expect(responseBytes(envelope)).toBeGreaterThan(MAX_RESPONSE_BYTES);
    const fitted = fitResponse(envelope);
    expect(responseBytes(fitted)).toBeLessThanOrEqual(MAX_RESPONSE_BYTES);
    // The page the customer heard survives, with the current product still current.
    const shopping = fitted.sessionAttributes?.shopping as { products: { asin: string }[]; current: number };
    expect(shopping.products.map((p) => p.asin)).toEqual(['B000000003', 'B000000004', 'B000000005']);
    expect(shopping.current).toBe(1);
  });

  it('caps card text to the card limit', () => {
    const envelope: ResponseEnvelope = { version: '1.0', response: { card: { type: 'Simple', title: 'Results', content: 'y '.repeat(6000) } } };
    const card = fitResponse(envelope).response.card as { title: string; content: string };
    expect(card.title.length + card.content.length).toBeLessThanOrEqual(8000);
  });
});

describe('speech from hostile catalog text, through the skill', () => {
  it('a 9,000-character title of ampersands speaks valid SSML within 8,000 characters', async () => {
    const invoke = skillWith(catalogWith('&'.repeat(9000), 'USD'));
    const answer = await invoke(intentRequest('SearchProductsIntent', { query: 'batteries' }));
    expect(ssmlOf(answer).length).toBeLessThanOrEqual(8000);
    expect(ssmlProblem(ssmlOf(answer))).toBeUndefined();
    expect(speechOf(answer)).toMatch(/\?$/);
    expect(repromptOf(answer)).not.toBe('');
  });

  it.each([
    ['toString', 'toString'],
    ['__proto__', '__proto__'],
    ['constructor', 'constructor'],
    ['9,000 characters long', 'X'.repeat(9000)],
  ])('a currency named %s is never spoken as "undefined"', async (_label, currency) => {
    const invoke = skillWith(catalogWith('Steel Kettle', currency));
    const answer = await invoke(intentRequest('SearchProductsIntent', { query: 'kettle' }));
    expect(speechOf(answer)).not.toMatch(/undefined|NaN|null|\[object/);
    expect(ssmlOf(answer).length).toBeLessThanOrEqual(8000);
  });
});

describe('own-property tables', () => {
  it.each(['toString', '__proto__', 'hasOwnProperty'])('spokenPrice and the region table ignore %s', (name) => {
    expect(spokenPrice(translator('en-US'), 12.5, name)).toBe('12.50');
    expect(regionEntryFor(name)).toEqual({ productRegion: 'US', locale: 'en_US', currency: 'USD' });
  });

  it('says an unknown price instead of NaN', () => {
    expect(spokenPrice(translator('en-US'), Number.NaN, 'USD')).toBe('an unknown price');
  });
});

describe('catalog text bounded where it enters', () => {
  it('cuts every string of an upstream answer, keys included', () => {
    const bounded = boundCatalogText({ products: [{ title: 't'.repeat(9000), ['k'.repeat(5000)]: 'v' }] }) as { products: Record<string, string>[] };
    const [product] = bounded.products;
    expect(product?.title).toHaveLength(MAX_CATALOG_STRING);
    expect(Object.keys(product ?? {}).every((k) => k.length <= MAX_CATALOG_STRING)).toBe(true);
  });
});

describe('tokens carry bounded, validated fields', () => {
  it('a product with a currency that is not a code keeps no price in tokens', () => {
    const product = { asin: 'B00000ASN1', title: 'Kettle', price: { amount: 10, currency: 'C'.repeat(9000) } };
    expect(compactProduct(product).price).toBeUndefined();
    expect(parseListedProduct(product)?.price).toBeUndefined();
  });
});

describe('an offer without a price value', () => {
  it('is said as an unknown price', async () => {
    const { offersSpeech } = await import('../../lambda/browsing/details');
    const { translator } = await import('../../lambda/i18n');
    const speech = offersSpeech(translator('en-US'), 'Kettle', { offerCount: 1, offers: [{ price: {} } as never] } as never);
    expect(speech).toContain('an unknown price');
    expect(speech).not.toMatch(/undefined|NaN/);
  });
});
