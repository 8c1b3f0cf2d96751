/** The pure part of price watch: which watches dropped, and the new baselines. */
import { findDrops, rebaseline } from '../../lambda/purchasing/priceDrops';
import { addWatch, watchCapacity } from '../../lambda/purchasing/watchSlots';
import type { PremiumProduct } from '../../lambda/entitlements/types';

describe('price drops', () => {
  it('finds drops in the same currency only, biggest saving first, and rebaselines them', () => {
    const watches = [
      { asin: 'A', title: 'a', price: { amount: 10, currency: 'USD' }, watchedAt: 0 },
      { asin: 'B', title: 'b', price: { amount: 100, currency: 'USD' }, watchedAt: 0 },
      { asin: 'C', title: 'c', price: { amount: 50, currency: 'USD' }, watchedAt: 0 },
    ];
    const current = new Map([
      ['A', { amount: 9, currency: 'USD' }],
      ['B', { amount: 80, currency: 'USD' }],
      ['C', { amount: 40, currency: 'GBP' }],
    ]);

    const drops = findDrops(watches, current);

    expect(drops.map((d) => d.asin)).toEqual(['B', 'A']);
    expect(rebaseline({ watches, usedSlots: 3 }, drops).watches.map((w) => w.price.amount)).toEqual([9, 80, 50]);
  });
});

describe('slot accounting', () => {
  const product = (referenceName: string, entitled: boolean, count: number): PremiumProduct => ({
    productId: referenceName,
    referenceName,
    name: referenceName,
    summary: '',
    kind: 'CONSUMABLE',
    entitled,
    purchasable: true,
    activeEntitlementCount: count,
  });

  it.each([
    [false, 0, 0],
    [true, 0, 5],
    [true, 2, 15],
    [false, 1, 5],
  ])('gives a subscriber=%s with %i packs %i slots', (subscribed, packs, capacity) => {
    expect(watchCapacity([product('premium_shopper', subscribed, subscribed ? 1 : 0), product('watch_slots', packs > 0, packs)])).toBe(capacity);
  });

  it('spends a slot per new watch and none for a product already watched', () => {
    const watch = { asin: 'B000000001', title: 't', price: { amount: 1, currency: 'USD' }, watchedAt: 0 };
    const first = addWatch({ watches: [], usedSlots: 0 }, watch, 1);
    expect(first.result).toEqual({ kind: 'added', used: 1, capacity: 1 });
    expect(addWatch(first.state ?? { watches: [], usedSlots: 0 }, watch, 1)).toEqual({ result: { kind: 'already-watching' } });
    expect(addWatch(first.state ?? { watches: [], usedSlots: 0 }, { ...watch, asin: 'B000000002' }, 1).result.kind).toBe('limit-reached');
  });
});
