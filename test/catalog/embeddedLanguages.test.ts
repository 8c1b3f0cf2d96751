/**
 * The embedded catalog in each marketplace's language: the words customers there search with
 * find the products "coffee" and "batteries" find, titled, described and delivered in the
 * language; an English search is exactly what it was.
 */
import { EmbeddedCatalog } from '../../lambda/catalog/embedded/EmbeddedCatalog';
import { LANGUAGES } from '../../lambda/catalog/embedded/localized';
import { marketplaceFor } from '../../lambda/catalog/regions';
import { intentRequest, speechOf } from '../support/envelopes';
import { skillWith } from './helpers';

const catalog = new EmbeddedCatalog();

/** The ASINs a search finds in the category (an English "batteries" also finds headphones by their "battery life"). */
async function asinsFor(alexaLocale: string, keywords: string, format: string): Promise<string[]> {
  const result = await catalog.searchProducts({ ...marketplaceFor(alexaLocale), keywords, pageSize: 24 });
  return result.products
    .filter((p) => p.format === format)
    .map((p) => p.asin)
    .sort();
}

describe.each([
  ['de-DE', ['Kaffee', 'Kaffeebohnen'], ['Batterien', 'Batterie', 'Akkus']],
  ['fr-FR', ['café', 'du café', 'cafe'], ['piles', 'des piles', 'pile']],
  ['fr-CA', ['café'], ['piles']],
  ['it-IT', ['caffè', 'caffe'], ['pile', 'batterie']],
  ['es-ES', ['café', 'cafe'], ['pilas', 'baterías']],
  ['es-US', ['café'], ['pilas']],
  ['ja-JP', ['コーヒー'], ['電池', '単三電池', '乾電池']],
])('%s', (locale, coffeeWords, batteryWords) => {
  it.each(coffeeWords)('"%s" finds the products "coffee" finds', async (words) => {
    const english = await asinsFor(locale, 'coffee', 'Coffee');
    expect(english.length).toBeGreaterThan(3);
    expect(await asinsFor(locale, words, 'Coffee')).toEqual(english);
  });

  it.each(batteryWords)('"%s" finds the products "batteries" finds', async (words) => {
    const english = await asinsFor(locale, 'batteries', 'Household Batteries');
    expect(english.length).toBeGreaterThan(3);
    expect(await asinsFor(locale, words, 'Household Batteries')).toEqual(english);
  });

  it('titles, describes and delivers coffee and batteries in the language', async () => {
    const language = locale.slice(0, 2) as keyof typeof LANGUAGES;
    const written = [...(LANGUAGES[language].templates['coffee'] ?? []), ...(LANGUAGES[language].templates['batteries'] ?? [])];
    for (const words of [coffeeWords[0] ?? '', batteryWords[0] ?? '']) {
      const { products } = await catalog.searchProducts({ ...marketplaceFor(locale), keywords: words, pageSize: 24 });
      for (const product of products) {
        expect(written.some((w) => product.title.includes(w.name))).toBe(true);
        expect(written.some((w) => product.features?.[0] === w.features[0])).toBe(true);
        const [offer] = (product.includedDataTypes?.['OFFERS'] ?? []) as { deliveryInformation?: string }[];
        const delivery = offer?.deliveryInformation ?? '';
        expect(delivery).not.toBe('');
        expect(delivery).not.toMatch(/delivery|today|tomorrow|days/i);
      }
    }
  });
});

describe('an English search', () => {
  it.each([
    ['en-US', 'coffee', 23],
    ['en-GB', 'batteries', 24],
  ])('%s "%s" still finds %i products, titled in English', async (locale, words, count) => {
    const result = await catalog.searchProducts({ ...marketplaceFor(locale), keywords: words });
    expect(result.matchingProductCount).toBe(count);
    expect(result.products[0]?.title).toMatch(/Coffee|Batteries/);
  });

  it("does not match another language's words", async () => {
    expect((await catalog.searchProducts({ ...marketplaceFor('en-US'), keywords: 'Kaffee' })).matchingProductCount).toBe(0);
  });
});

describe('a search through the skill', () => {
  it.each([
    ['de-DE', 'Kaffee', /^Für Kaffee habe ich \d+ Ergebnisse gefunden\. Hier sind die ersten drei: 1, .+ Euro/],
    ['fr-FR', 'café', /^J'ai trouvé \d+ résultats pour café\. Voici les trois premiers : 1, .+ euros?/],
    ['it-IT', 'caffè', /^Ho trovato \d+ risultati per caffè\. Ecco i primi tre: 1, .+ euro/],
    ['es-ES', 'pilas', /^He encontrado \d+ resultados para pilas\. Aquí tienes los tres primeros: 1, .+ euros?/],
    ['ja-JP', 'コーヒー', /^コーヒーは\d+件見つかりました。最初の3件です。1番、.+円/],
    ['fr-CA', 'piles', /^J'ai trouvé \d+ résultats pour piles\. Voici les trois premiers : 1, .+ dollars?/],
    ['en-CA', 'coffee', /^I found \d+ results for coffee\. Here are the first three: 1, .+ dollars/],
  ])('answers %s "%s" in the language and the marketplace currency', async (locale, query, speech) => {
    const answer = await skillWith(catalog)(intentRequest('SearchProductsIntent', { query }, { locale }));
    expect(speechOf(answer)).toMatch(speech);
  });
});
