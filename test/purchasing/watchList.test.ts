/** Pure price-watch list handling: removal gives the slot back; watches found by position words or name. */
import { translator } from '../../lambda/i18n';
import type { CustomerState, PriceWatch } from '../../lambda/persistence/state';
import { removeWatch, watchesNamed, watchListSpeech } from '../../lambda/purchasing/watchList';

const watch = (asin: string, title: string, amount: number): PriceWatch => ({ asin, title, price: { amount, currency: 'USD' }, watchedAt: 0 });
const PAPER = watch('B000000001', 'Hammermill Printer Paper', 9.2);
const BATTERIES = watch('B000000002', 'Duracell AA Batteries', 12.99);
const PHOTO = watch('B000000003', 'HP Glossy Photo Paper', 17.99);

describe('removeWatch', () => {
  it('removes the watch and gives its slot back', () => {
    const state: CustomerState = { watches: [PAPER, BATTERIES], usedSlots: 2 };
    expect(removeWatch(state, PAPER.asin)).toEqual({ state: { watches: [BATTERIES], usedSlots: 1 }, result: { removed: true, used: 1 } });
  });

  it('never counts fewer used slots than watches held, and changes nothing for an unknown ASIN', () => {
    expect(removeWatch({ watches: [PAPER, BATTERIES, PHOTO], usedSlots: 1 }, PAPER.asin).result.used).toBe(2);
    expect(removeWatch({ watches: [PAPER], usedSlots: 1 }, 'B00NOTHERE')).toEqual({ result: { removed: false, used: 1 } });
  });
});

describe('watchesNamed', () => {
  it('finds watches whose title holds every word said, singular or plural', () => {
    const watches = [PAPER, BATTERIES, PHOTO];
    expect(watchesNamed(watches, 'printer paper')).toEqual([PAPER]);
    expect(watchesNamed(watches, 'the battery')).toEqual([BATTERIES]);
    expect(watchesNamed(watches, 'paper')).toEqual([PAPER, PHOTO]);
    expect(watchesNamed(watches, 'dog food')).toEqual([]);
    expect(watchesNamed(watches, 'the price of')).toEqual([]);
  });
});

describe('watchListSpeech', () => {
  const t = translator('en-US');
  it('numbers the watches as "stop watching the second one" counts, with the slots used', () => {
    expect(watchListSpeech(t, { watches: [PAPER, BATTERIES], usedSlots: 2 }, 5)).toBe(
      "You're watching 2 prices: 1, Hammermill Printer Paper at 9 dollars 20, 2, Duracell AA Batteries at 12 dollars 99. You've used 2 of your 5 price-watch slots. What would you like to do?",
    );
  });

  it('keeps a long list short', () => {
    const many = Array.from({ length: 7 }, (_, i) => watch(`B00000001${i}`, `Item ${i + 1}`, 10));
    const speech = watchListSpeech(t, { watches: many, usedSlots: 7 }, undefined);
    expect(speech).toContain('4, Item 4 at 10 dollars, and 3 more');
    expect(speech).not.toContain('Item 5');
    expect(speech.split(/\s+/).length).toBeLessThanOrEqual(75);
  });
});
