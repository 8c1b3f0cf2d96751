/** The skill's one Money, the API's Money converted in one place, and the one listed-product reader. */
import { parseListedProduct } from '../../../lambda/session';
import { fromApiMoney, parseMoney } from '../../../lambda/util/money';

describe('Money', () => {
  it('reads the skill shape and converts the Product Search API shape', () => {
    expect(parseMoney({ amount: 12.5, currency: 'USD', extra: 1 })).toEqual({ amount: 12.5, currency: 'USD' });
    expect(fromApiMoney({ amount: 12.5, currencyCode: 'GBP' })).toEqual({ amount: 12.5, currency: 'GBP' });
    expect(fromApiMoney({ amount: 12.5, currency: 'GBP' })).toBeUndefined();
  });

  it.each([
    [{ amount: 1.2333253911889544e308, currency: 'USD' }],
    [{ amount: 1_000_000_001, currency: 'USD' }],
    [{ amount: -1, currency: 'USD' }],
    [{ amount: Number.NaN, currency: 'USD' }],
    [{ amount: 1, currency: 'usd' }],
    [{ amount: '1', currency: 'USD' }],
    [null],
    [[1, 'USD']],
  ])('refuses %j', (value) => {
    expect(parseMoney(value)).toBeUndefined();
  });
});

describe('parseListedProduct', () => {
  it('copies only the known fields', () => {
    expect(parseListedProduct({ asin: 'B000000AA1', title: 'Kettle', price: { amount: 10, currency: 'EUR' }, rating: 4.5, unavailableReason: 'blocked', secret: 'x' })).toEqual({
      asin: 'B000000AA1',
      title: 'Kettle',
      price: { amount: 10, currency: 'EUR' },
      rating: 4.5,
      unavailableReason: 'blocked',
    });
  });

  it.each([
    ['a price that is not Money', { price: { amount: 10, currency: 'C'.repeat(9000) } }],
    ['a rating that is not a number', { rating: '5 stars' }],
    ['an unknown unavailable reason', { unavailableReason: 'sold-out' }],
    ['a title longer than any this skill lists', { title: 'x'.repeat(501) }],
  ])('refuses a product with %s', (_what, change) => {
    expect(parseListedProduct({ asin: 'B000000AA1', title: 'Kettle', ...change })).toBeUndefined();
  });
});
