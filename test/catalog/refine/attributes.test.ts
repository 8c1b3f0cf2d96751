/** Attribute filters: what the customer said read with each locale's phrase data, and matched against listings. */
import { attributeFilter, hasAttribute } from '../../../lambda/browsing/refine/attributes';
import { resolveRequests, culpritOf } from '../../../lambda/browsing/refine/apply';
import { summaryOf } from '../../../lambda/browsing/refine/speech';
import { EmbeddedCatalog } from '../../../lambda/catalog/embedded/EmbeddedCatalog';
import type { ProductsResult } from '../../../lambda/catalog/types';
import { translator } from '../../../lambda/i18n';
import { phrasesFor } from '../../../lambda/i18n/phrases';
import { longestFirst } from '../../../lambda/understanding/compiled';
import { parseRefinementState } from '../../../lambda/session/refinementState';
import type { RefinementState } from '../../../lambda/session/refinements';

/** A listing with only what a filter reads. */
function listing(title: string, features: string[] = [], values: string[] = []): ProductsResult {
  return {
    title,
    features,
    productVariations: {
      dimensions: values.length === 0 ? [] : [{ index: 0, displayString: 'Color', dimensionValues: values.map((displayString, index) => ({ index, displayString })) }],
      variations: [],
    },
  } as unknown as ProductsResult;
}

describe('attributeFilter: the words after a filter word, per locale', () => {
  it.each([
    ['en-US', 'the black ones', { said: 'black', pack: undefined }],
    ['en-US', 'the ones that are rechargeable', { said: 'rechargeable', pack: undefined }],
    ['en-US', 'the 24 pack', { said: '24 pack', pack: 24 }],
    ['en-US', 'twenty four pack', { said: 'twenty four pack', pack: 24 }],
    ['en-GB', 'packs of twelve', { said: 'packs of twelve', pack: 12 }],
    ['en-CA', 'wireless ones', { said: 'wireless', pack: undefined }],
    ['de-DE', 'die schwarzen', { said: 'schwarzen', pack: undefined }],
    ['de-DE', '24er-Pack', { said: '24er pack', pack: 24 }],
    ['fr-FR', 'ceux en noir', { said: 'noir', pack: undefined }],
    ['fr-CA', 'lot de 24', { said: 'lot de 24', pack: 24 }],
    ['it-IT', 'quelle in nero', { said: 'nero', pack: undefined }],
    ['it-IT', 'confezione da 24', { said: 'confezione da 24', pack: 24 }],
    ['es-ES', 'los de color negro', { said: 'negro', pack: undefined }],
    ['es-US', 'paquete de 24', { said: 'paquete de 24', pack: 24 }],
    ['ja-JP', '24本パック', { said: '24 本 パック', pack: 24 }],
  ])('%s "%s"', (locale, said, expected) => {
    const filter = attributeFilter(said, phrasesFor(locale));
    expect(filter?.said).toBe(expected.said);
    expect(filter?.pack).toBe(expected.pack);
  });

  it('leaves nothing to filter by when only filter words were said', () => {
    expect(attributeFilter('the ones', phrasesFor('en-US'))).toBeUndefined();
  });
});

describe('hasAttribute: a listing holds the words in its title, features or variation values', () => {
  const us = phrasesFor('en-US');
  const filter = (said: string, locale = 'en-US') => {
    const f = attributeFilter(said, phrasesFor(locale));
    if (f === undefined) throw new Error(`no filter for ${said}`);
    return f;
  };

  it('matches a word of the title, a feature or a value the product comes in, and nothing else', () => {
    expect(hasAttribute(listing('Sony Wireless Earbuds'), filter('wireless'))).toBe(true);
    expect(hasAttribute(listing('Sony Earbuds', ['Wireless charging case']), filter('wireless'))).toBe(true);
    expect(hasAttribute(listing('Sony Earbuds', [], ['Black', 'Silver']), filter('black'))).toBe(true);
    expect(hasAttribute(listing('Sony Wired Earbuds'), filter('wireless'))).toBe(false);
    expect(hasAttribute(listing('Sony Earbuds', [], ['Blue']), filter('black'))).toBe(false);
  });

  it('matches a pack size however the listing writes it, and never a different count', () => {
    expect(hasAttribute(listing('AA Batteries, 24 Count'), filter('the 24 pack'))).toBe(true);
    expect(hasAttribute(listing('AA Batteries, Pack of 24'), filter('24 pack'))).toBe(true);
    expect(hasAttribute(listing('AA Batteries, 8 Pack', [], ['8 Pack', '24 Pack']), filter('24 pack'))).toBe(true);
    expect(hasAttribute(listing('AA Batteries, 48 Count', ['24 AA and 24 AAA batteries']), filter('24 pack'))).toBe(false);
    expect(hasAttribute(listing('AA Batteries, 240 Count'), filter('24 pack'))).toBe(false);
    expect(us.refine.packForms.length).toBeGreaterThan(0);
  });

  it('matches another inflection of the same word (German, Italian, Spanish), accents aside', () => {
    expect(hasAttribute(listing('Kopfhörer', [], ['Schwarz']), filter('die schwarzen', 'de-DE'))).toBe(true);
    expect(hasAttribute(listing('Cuffie', [], ['Nero']), filter('nere', 'it-IT'))).toBe(true);
    expect(hasAttribute(listing('Auriculares', [], ['Negro']), filter('negras', 'es-ES'))).toBe(true);
    expect(hasAttribute(listing('Écouteurs sans fil'), filter('ecouteurs', 'fr-FR'))).toBe(true);
    // Short words only as written: AA is not AAA.
    expect(hasAttribute(listing('AAA Batteries'), filter('aa'))).toBe(false);
    expect(hasAttribute(listing('Headphones', ['Hear your surroundings while running']), filter('white'))).toBe(false);
    expect(hasAttribute(listing('Kopfhörer', [], ['Blau']), filter('die schwarzen', 'de-DE'))).toBe(false);
  });

  it('finds the German 24er-Pack of the embedded catalog, titled and varied in German', async () => {
    const catalog = new EmbeddedCatalog();
    const result = await catalog.searchProducts({ productRegion: 'DE', locale: 'de_DE', keywords: 'batterien', pageSize: 24 });
    const packs = result.products.filter((p) => hasAttribute(p, filter('nur die 24er-Packs', 'de-DE')));
    expect(packs.length).toBeGreaterThan(0);
    const varied = result.products.find((p) => p.productVariations.dimensions.length > 0 && p.productVariations.dimensions[0]?.displayString === 'Größe');
    expect(varied?.productVariations.dimensions[0]?.dimensionValues?.map((v) => v.displayString)).toEqual(expect.arrayContaining(['8er-Pack', '24er-Pack']));
  });
});

describe('an attribute among the other refinements', () => {
  const us = phrasesFor('en-US');
  const offered = { brands: [{ name: 'Duracell', value: 'p_89:Duracell' }], ratings: [] };

  it('takes words asked for as a brand that no offered brand is as a filter by those words, and an offered brand as the brand', () => {
    const asFilter = resolveRequests({}, { brand: 'the black ones' }, offered, longestFirst([]), us);
    expect(asFilter.added).toEqual(['attribute']);
    expect(asFilter.applied.attribute?.said).toBe('black');
    expect(asFilter.unmatchedBrand).toEqual({ spoken: 'the black ones', brands: ['Duracell'] });
    const asBrand = resolveRequests({}, { brand: 'duracell' }, offered, longestFirst([]), us);
    expect(asBrand.added).toEqual(['brand']);
    expect(asBrand.unmatchedBrand).toBeUndefined();
  });

  it('is spoken back naturally with the others, in the order added', () => {
    const t = translator('en-US');
    const attribute = attributeFilter('black', us);
    const state: RefinementState = { applied: { attribute, price: { max: 20 } }, order: ['attribute', 'price'], offered };
    expect(summaryOf(t, state, 'USD')).toBe('only the black ones and under 20 dollars');
    const pack: RefinementState = { applied: { attribute: attributeFilter('24 pack', us) }, order: ['attribute'], offered };
    expect(summaryOf(t, pack, 'USD')).toBe('only packs of 24');
    expect(summaryOf(translator('de-DE'), { ...state, applied: { attribute: attributeFilter('schwarz', phrasesFor('de-DE')) }, order: ['attribute'] }, 'EUR')).toBe('nur schwarz');
  });

  it('is blamed for an emptied list when the API had results, the newest client-side filter first', () => {
    const attribute = attributeFilter('black', us);
    expect(culpritOf({ applied: { price: { max: 5 }, attribute }, order: ['price', 'attribute'], offered }, 30)).toBe('attribute');
    expect(culpritOf({ applied: { price: { max: 5 }, attribute }, order: ['attribute', 'price'], offered }, 30)).toBe('price');
  });

  it('comes back from the session only as the skill wrote it', () => {
    const attribute = attributeFilter('24 pack', us);
    expect(parseRefinementState({ applied: { attribute }, order: ['attribute'], offered })?.applied.attribute).toEqual(attribute);
    expect(parseRefinementState({ applied: { attribute: { said: '<speak>x</speak>', anyOf: ['x'] } }, order: ['attribute'], offered })?.applied.attribute).toBeUndefined();
    expect(parseRefinementState({ applied: { attribute: { said: 'black', anyOf: [] } }, order: ['attribute'], offered })?.applied.attribute).toBeUndefined();
    expect(parseRefinementState({ applied: { attribute: { said: 'black', anyOf: ['black'], pack: -1 } }, order: ['attribute'], offered })?.applied.attribute).toEqual({
      said: 'black',
      anyOf: ['black'],
    });
  });
});
