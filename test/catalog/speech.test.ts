import { offersSpeech, productDetailsSpeech, tiersText } from '../../lambda/browsing/details';
import { EmbeddedCatalog } from '../../lambda/catalog/embedded/EmbeddedCatalog';
import { productRecords } from '../../lambda/catalog/embedded/generate';
import { toListedProduct } from '../../lambda/browsing/listing';
import { marketplaceFor } from '../../lambda/catalog/regions';
import { shortTitle } from '../../lambda/browsing/speech';
import { roundRating, spokenPrice, spokenQuantity, spokenRating } from '../../lambda/i18n/spoken';
import { translator } from '../../lambda/i18n';

const US = { productRegion: 'US', locale: 'en_US' } as const;

describe('product speech', () => {
  it.each([
    [12.99, 'USD', '12 dollars 99'],
    [4.5, 'GBP', '4 pounds 50'],
    [0.99, 'USD', '99 cents'],
    [0.99, 'GBP', '99 pence'],
    [1, 'USD', '1 dollar'],
    [5, 'EUR', '5 euros'],
    [1.05, 'USD', '1 dollar and 5 cents'],
    [0.01, 'USD', '1 cent'],
    [1949, 'JPY', '1949 yen'],
  ])('says %d %s as "%s"', (amount, currency, spoken) => {
    expect(spokenPrice(translator('en-US'), amount, currency)).toBe(spoken);
  });

  it.each([
    [4.3, 4.5, '4 and a half stars'],
    [4.2, 4, '4 stars'],
    [4.75, 5, '5 stars'],
    [3.74, 3.5, '3 and a half stars'],
    [1.1, 1, '1 star'],
    [0.6, 0.5, 'half a star'],
  ])('rounds a %d star rating to the half: %d', (rating, rounded, text) => {
    expect(roundRating(rating)).toBe(rounded);
    expect(spokenRating(translator('en-US'), rating)).toBe(text);
  });

  it('shortens titles at the first comma, dash or bracket, to nine words at most', () => {
    expect(shortTitle('Duracell Coppertop AA Alkaline Batteries, 24 Count')).toBe('Duracell Coppertop AA Alkaline Batteries');
    expect(shortTitle('Sony Headphones - Black (2024 model)')).toBe('Sony Headphones');
    expect(shortTitle('one two three four five six seven eight nine ten eleven')).toBe('one two three four five six seven eight nine');
    expect(shortTitle('<b>Bold</b> Lamp')).toBe('Bold Lamp');
  });

  it('maps every supported locale to its product region in one table', () => {
    expect(marketplaceFor('en-US')).toEqual({ productRegion: 'US', locale: 'en_US' });
    expect(marketplaceFor('en-GB')).toEqual({ productRegion: 'UK', locale: 'en_GB' });
    expect(marketplaceFor('de-DE')).toEqual({ productRegion: 'DE', locale: 'de_DE' });
    expect(marketplaceFor('xx-XX')).toEqual({ productRegion: 'US', locale: 'en_US' });
  });

  it('lists a BLOCKED or RESTRICTED product with the reason the shopping handlers refuse it', async () => {
    const catalog = new EmbeddedCatalog();
    const blocked = productRecords().find((r) => r.guidance === 'BLOCKED' && r.regions.includes('US'));
    const restricted = productRecords().find((r) => r.restricted && r.regions.includes('US'));
    expect(toListedProduct(await catalog.getProduct({ ...US, asin: blocked?.asin ?? '' })).unavailableReason).toBe('blocked');
    expect(toListedProduct(await catalog.getProduct({ ...US, asin: restricted?.asin ?? '' })).unavailableReason).toBe('restricted');
  });

  it('tells the details of a restricted product with the restriction', async () => {
    const restricted = productRecords().find((r) => r.restricted && r.regions.includes('US'));
    const product = await new EmbeddedCatalog().getProduct({ ...US, asin: restricted?.asin ?? '' });
    expect(productDetailsSpeech(translator('en-US'), product)).toMatch(/has buying restrictions on your account/);
  });

  it('compares offers with merchant, condition, price and delivery; quantity tiers wait for "bulk prices"', async () => {
    const rich = productRecords().find((r) => r.regions.includes('US') && r.offers.length >= 2 && r.offers[0]?.tiers === true);
    const result = await new EmbeddedCatalog().searchOffers({ ...US, asin: rich?.asin ?? '' });
    const t = translator('en-US');
    const speech = offersSpeech(t, 'Duracell AA', result);
    expect(speech).toMatch(/^There are \d+ offers for Duracell AA\. 1: Amazon\.com, new, \d+ dollars[^.]*\. FREE delivery [^.]+\. 2: /);
    expect(speech).not.toMatch(/each for/);
    expect(tiersText(t, result.offers?.[0])).toMatch(/^.+ each for 10 to 24, .+ each for 25 or more$/);
  });

  it.each([
    ['10-24', '10 to 24'],
    ['25+', '25 or more'],
    ['5 - 9', '5 to 9'],
    ['12', '12'],
  ])('says the quantity range %s as "%s"', (display, spoken) => {
    expect(spokenQuantity(translator('en-US'), display)).toBe(spoken);
  });

  it.each([
    [3, 'There is one more offer.'],
    [4, 'There are 2 more offers.'],
  ])('reads two of %i offers and says how many more there are, as a sentence', async (count, ending) => {
    const record = productRecords().find((r) => r.regions.includes('US') && r.offers.length >= 4);
    const result = await new EmbeddedCatalog().searchOffers({ ...US, asin: record?.asin ?? '' });
    const real = result.offers ?? [];
    const offers = Array.from({ length: count }, (_v, i) => real[i % real.length]).filter((o) => o !== undefined);
    const speech = offersSpeech(translator('en-US'), 'Kettle', { ...result, offers, offerCount: count });
    expect(speech).toMatch(/^There are \d+ offers for Kettle\. 1: .* 2: /);
    expect(speech.endsWith(` ${ending}`)).toBe(true);
    expect(speech).not.toMatch(/ 3: /);
  });
});
