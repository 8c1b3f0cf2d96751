/**
 * Prices, ratings, counts, ranges and lists as each market says them. en-US and en-GB keep
 * the words the skill has always used (test/catalog/speech.test.ts and the transcripts).
 */
import { translator } from '../../../lambda/i18n';
import { spokenCount, spokenList, spokenNumber, spokenPrice, spokenQuantity, spokenRating } from '../../../lambda/i18n/spoken';

describe('prices in the marketplace currency', () => {
  it.each([
    ['en-US', 12.99, 'USD', '12 dollars 99'],
    ['en-GB', 4.5, 'GBP', '4 pounds 50'],
    ['en-CA', 12.99, 'CAD', '12 dollars 99'],
    ['en-CA', 1.05, 'CAD', '1 dollar and 5 cents'],
    ['de-DE', 12.99, 'EUR', '12 Euro 99'],
    ['de-DE', 0.99, 'EUR', '99 Cent'],
    ['de-DE', 1.05, 'EUR', '1 Euro und 5 Cent'],
    ['de-DE', 20, 'EUR', '20 Euro'],
    ['fr-FR', 12.99, 'EUR', '12 euros 99'],
    ['fr-FR', 1, 'EUR', '1 euro'],
    ['fr-FR', 0.01, 'EUR', '1 centime'],
    ['fr-FR', 3.07, 'EUR', '3 euros et 7 centimes'],
    ['fr-CA', 12.99, 'CAD', '12 dollars 99'],
    ['fr-CA', 1, 'CAD', '1 dollar'],
    ['it-IT', 12.99, 'EUR', '12 euro e 99'],
    ['it-IT', 1.01, 'EUR', '1 euro e 1 centesimo'],
    ['es-ES', 12.99, 'EUR', '12 euros con 99'],
    ['es-ES', 0.5, 'EUR', '50 céntimos'],
    ['es-ES', 1, 'EUR', '1 euro'],
    ['es-US', 12.99, 'USD', '12 dólares con 99'],
    ['es-US', 0.99, 'USD', '99 centavos'],
    ['es-US', 1.05, 'USD', '1 dólar con 5 centavos'],
    ['ja-JP', 1280, 'JPY', '1280円'],
    ['ja-JP', 1280.4, 'JPY', '1280円'],
    ['ja-JP', 12.99, 'USD', '12ドル99セント'],
  ])('%s says %d %s as "%s"', (locale, amount, currency, spoken) => {
    expect(spokenPrice(translator(locale), amount, currency)).toBe(spoken);
  });

  it.each([
    ['de-DE', 'ein unbekannter Preis', '12,50 XYZ'],
    ['fr-FR', 'un prix inconnu', '12,50 XYZ'],
    ['ja-JP', '価格不明', '12.50XYZ'],
    ['en-US', 'an unknown price', '12.50 XYZ'],
  ])('%s says a missing price as "%s" and an unknown currency as "%s"', (locale, unknown, other) => {
    const t = translator(locale);
    expect(spokenPrice(t, Number.NaN, 'EUR')).toBe(unknown);
    expect(spokenPrice(t, 12.5, 'XYZ')).toBe(other);
  });
});

describe('ratings', () => {
  it.each([
    ['en-US', 4.3, '4 and a half stars'],
    ['en-GB', 1, '1 star'],
    ['de-DE', 4.3, '4,5 Sterne'],
    ['de-DE', 1, '1 Stern'],
    ['de-DE', 0.4, 'ein halber Stern'],
    ['fr-FR', 4.5, '4,5 étoiles'],
    ['fr-FR', 1.5, '1,5 étoile'],
    ['it-IT', 4, '4 stelle'],
    ['it-IT', 1, '1 stella'],
    ['es-ES', 3.5, '3,5 estrellas'],
    ['es-US', 3.5, '3.5 estrellas'],
    ['ja-JP', 4.5, '星4.5'],
  ])('%s says a %d star rating as "%s"', (locale, rating, spoken) => {
    expect(spokenRating(translator(locale), rating)).toBe(spoken);
  });

  it('says "not yet rated" in the language', () => {
    expect(spokenRating(translator('it-IT'), undefined)).toBe('ancora senza stelle');
  });
});

describe('counts, ranges and lists', () => {
  it.each([
    ['en-US', 3, 'three'],
    ['de-DE', 3, 'drei'],
    ['fr-FR', 3, 'trois'],
    ['it-IT', 3, 'tre'],
    ['es-ES', 3, 'tres'],
    ['ja-JP', 3, '3'],
    ['de-DE', 12, '12'],
  ])('%s says a count of %d as "%s"', (locale, n, spoken) => {
    expect(spokenCount(translator(locale), n)).toBe(spoken);
  });

  it.each([
    ['en-US', '12,345'],
    ['de-DE', '12.345'],
    ['fr-FR', '12\u202f345'],
    ['ja-JP', '12,345'],
  ])('%s groups a large count as "%s"', (locale, written) => {
    expect(spokenNumber(translator(locale), 12345)).toBe(written);
  });

  it.each([
    ['en-US', '10 to 24', '25 or more'],
    ['de-DE', '10 bis 24 Stück', '25 Stück oder mehr'],
    ['fr-FR', '10 à 24', '25 ou plus'],
    ['it-IT', 'da 10 a 24', '25 o più'],
    ['es-ES', 'de 10 a 24', '25 o más'],
    ['ja-JP', '10〜24個', '25個以上'],
  ])('%s says the quantity tiers as "%s" and "%s"', (locale, range, orMore) => {
    const t = translator(locale);
    expect(spokenQuantity(t, '10-24')).toBe(range);
    expect(spokenQuantity(t, '25+')).toBe(orMore);
  });

  it.each([
    ['en-US', 'Prime only, under 20 dollars and cheapest first'],
    ['en-GB', 'Prime only, under 20 dollars and cheapest first'],
    ['de-DE', 'Prime only, under 20 dollars und cheapest first'],
    ['fr-FR', 'Prime only, under 20 dollars et cheapest first'],
    ['es-ES', 'Prime only, under 20 dollars y cheapest first'],
    ['ja-JP', 'Prime only、under 20 dollars、cheapest first'],
  ])('%s joins a list by Intl.ListFormat: "%s"', (locale, joined) => {
    expect(spokenList(translator(locale), ['Prime only', 'under 20 dollars', 'cheapest first'])).toBe(joined);
  });

  it('says "y" as "e" before an "i" sound in Spanish, as Intl.ListFormat does', () => {
    expect(spokenList(translator('es-ES'), ['pilas', 'impresoras'])).toBe('pilas e impresoras');
  });
});
