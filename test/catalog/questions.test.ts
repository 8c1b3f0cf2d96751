/** One-sentence answers about a product: pack size from the title or the details, Prime, bulk tiers on request. */
import { answerQuestion, packSizeOf } from '../../lambda/browsing/questions';
import type { ProductsResult } from '../../lambda/catalog/types';
import { translator } from '../../lambda/i18n';

const t = translator('en-US');

function product(title: string, extra: Partial<ProductsResult> = {}, offer: Record<string, unknown> = {}): ProductsResult {
  return {
    asin: 'B000TEST99',
    title,
    includedDataTypes: {
      OFFERS: [{ price: { value: { amount: 9.99, currencyCode: 'USD' } }, merchant: { name: 'Acme <Store>' }, deliveryInformation: 'Arrives tomorrow', badges: [], ...offer }],
    },
    customerReviewsSummary: { starRating: 4.3, numberOfRatings: 1234 },
    ...extra,
  } as unknown as ProductsResult;
}

describe('packSizeOf', () => {
  it.each([
    ['Coppertop AA Alkaline Batteries, 24 Count', 'a pack of 24'],
    ['Max AA Batteries, 8 Pack', 'a pack of 8'],
    ['K-Cup Coffee Pods, Medium Roast, 72 ct', 'a pack of 72'],
    ['Premium Printer Paper, 24 lb, 96 Bright, 500 Sheets', '500 sheets'],
    ['Medium Roast Ground Coffee, 12 oz Bag', '12 ounces'],
  ])('"%s" → %s', (title, pack) => expect(packSizeOf(t, product(title))).toBe(pack));

  it.each([
    ['de-DE', 'Gemahlener Kaffee, mittlere Röstung, 340 g', '340 Gramm'],
    ['fr-FR', 'Piles alcalines AA Coppertop, 24 Count', 'paquet de 24'],
    ['ja-JP', 'ダークロースト コーヒー豆 2 lb', '2ポンド'],
    ['it-IT', 'Caffè espresso in grani, 1 kg', '1 chilogrammo'],
  ])('%s says the pack of "%s" as "%s"', (locale, title, pack) => {
    expect(packSizeOf(translator(locale), product(title))).toBe(pack);
  });

  it('reads the product details when the title does not say', () => {
    expect(packSizeOf(t, product('Desk Lamp', { productDetails: { 'Item details': { 'Number of Items': '2' } } }))).toBe('a pack of 2');
    expect(packSizeOf(t, product('Desk Lamp'))).toBeUndefined();
  });
});

describe('answerQuestion', () => {
  it('answers each question in one sentence, with catalog text escaped', () => {
    expect(answerQuestion(t, 'price', product('Lamp'))).toBe('Lamp is 9 dollars 99.');
    expect(answerQuestion(t, 'rating', product('Lamp'))).toBe('Lamp has 4 and a half stars from 1,234 ratings.');
    expect(answerQuestion(t, 'seller', product('Lamp'))).toBe('Lamp is sold by Acme &lt;Store&gt;. Arrives tomorrow.');
    expect(answerQuestion(t, 'pack', product('Lamp'))).toBe("The listing for Lamp doesn't say how many come in a pack.");
    expect(answerQuestion(t, 'prime', product('Lamp'))).toBe("No, Lamp isn't Prime eligible.");
    expect(answerQuestion(t, 'prime', product('Lamp', {}, { badges: [{ name: 'PRIME_BADGE', fragment: { type: 'PRIME_BADGE' } }] }))).toBe('Yes, Lamp is Prime eligible.');
  });

  it('reads quantity tiers only when asked for a bulk price', () => {
    const tiers = { quantityPrice: { quantityPriceTiers: [{ quantityDisplay: '10+', unitPrice: { amount: 8.74, currencyCode: 'USD' } }] } };
    expect(answerQuestion(t, 'bulk', product('Paper', {}, tiers))).toBe('Yes: 8 dollars 74 each for 10 or more.');
    expect(answerQuestion(t, 'price', product('Paper', {}, tiers))).toBe('Paper is 9 dollars 99.');
    expect(answerQuestion(t, 'bulk', product('Paper'))).toBe('No, Paper has no bulk price. It is 9 dollars 99 each.');
  });
});
