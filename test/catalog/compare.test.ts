import { compareSpeech, COMPARE_WORD_BUDGET } from '../../lambda/browsing/compare';
import { wordCount } from '../../lambda/browsing/answers';
import type { ProductsResult } from '../../lambda/catalog/types';
import { translator } from '../../lambda/i18n';

function product(asin: string, title: string, amount: number, stars: number, ratings: number, delivery: string): ProductsResult {
  return {
    asin,
    title,
    customerReviewsSummary: { starRating: stars, numberOfRatings: ratings },
    includedDataTypes: { OFFERS: [{ price: { value: { amount, currencyCode: 'USD' } }, merchant: { name: 'Amazon.com' }, deliveryInformation: delivery }] },
  } as unknown as ProductsResult;
}

describe('comparing two products', () => {
  const t = translator('en-US');
  const cheap = product('A1', 'Brand One Coffee Pods, 24 Count', 9.5, 4.5, 1200, 'FREE delivery tomorrow.');
  const dear = product('A2', 'Brand Two Whole Bean Coffee', 14, 4, 300, 'Delivery in 4 to 6 days.');

  it('says which is cheaper, then price, rating, delivery and pack, and asks which one', () => {
    const speech = compareSpeech(t, { product: dear, n: 1 }, { product: cheap, n: 2 }, 'price');
    expect(speech).toMatch(/^The second one is cheaper\. The first costs 14 dollars, the second 9 dollars 50\./);
    expect(speech).toContain('4 and a half stars from 1,200 ratings');
    expect(speech).toContain('FREE delivery tomorrow');
    expect(speech).toContain("The second comes as a pack of 24; the first's listing doesn't say.");
    expect(speech).toMatch(/Which one would you like\?$/);
  });

  it('says which is better rated', () => {
    expect(compareSpeech(t, { product: dear, n: 1 }, { product: cheap, n: 3 }, 'rating')).toMatch(/^The third one is better rated\./);
  });

  it('leaves the least useful sentences out rather than pass the word budget', () => {
    const long = 'Delivery on Monday, Tuesday or Wednesday, depending on where you live and the carrier chosen at checkout time for this order.';
    const a = product('A3', 'Very Long Product Title With Many Words Indeed For Testing', 10, 4, 10, long);
    const b = product('A4', 'Another Very Long Product Title With Many Words For Tests', 11, 3, 20, `${long} Really.`);
    const speech = compareSpeech(t, { product: a, n: 1 }, { product: b, n: 2 }, 'price');
    expect(wordCount(speech)).toBeLessThanOrEqual(COMPARE_WORD_BUDGET);
    expect(speech).toContain('The first one is cheaper. The first costs 10 dollars, the second 11 dollars.');
    expect(speech).not.toContain('Monday');
  });
});
