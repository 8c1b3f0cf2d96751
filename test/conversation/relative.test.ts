import { pairAfterMove, type Relation, relativeProduct } from '../../lambda/conversation/relative';
import type { ListedProduct, ShoppingState } from '../../lambda/session';

const product = (asin: string, amount?: number, rating?: number): ListedProduct => ({
  asin,
  title: `Product ${asin}`,
  ...(amount === undefined ? {} : { price: { amount, currency: 'USD' } }),
  ...(rating === undefined ? {} : { rating }),
});

/** Six listed, a page of three read: A 10$ 4.0, B 8$ 4.5, C 12$ 4.2, D 9$ 3.9, E 30$ 4.8, F unpriced 5.0. */
function listed(extra: Partial<ShoppingState> = {}): ShoppingState {
  return {
    products: [product('A', 10, 4), product('B', 8, 4.5), product('C', 12, 4.2), product('D', 9, 3.9), product('E', 30, 4.8), product('F', undefined, 5)],
    pageStart: 0,
    pageSize: 3,
    ...extra,
  };
}

const chosenAsin = (state: ShoppingState, relation: Relation) => {
  const pick = relativeProduct(state, relation);
  return pick.kind === 'chosen' ? pick.product.asin : pick.kind;
};

describe('relative references', () => {
  it('mean nothing before anything is listed', () => {
    expect(relativeProduct({ products: [], pageStart: 0, pageSize: 3 }, 'cheaper')).toEqual({ kind: 'empty' });
  });

  it.each<Relation>(['other', 'previous', 'next', 'cheaper', 'dearer', 'better-rated', 'similar'])('"%s" with no product in focus and no pair asks which one', (relation) => {
    expect(relativeProduct(listed(), relation)).toEqual({ kind: 'no-focus', count: 3 });
  });

  it('"the other one" is the other of the two just heard', () => {
    expect(chosenAsin(listed({ current: 2, pair: ['A', 'C'] }), 'other')).toBe('A');
    expect(chosenAsin(listed({ current: 0, pair: ['A', 'C'] }), 'other')).toBe('C');
  });

  it('"the other one" of a page of exactly two needs no pair', () => {
    expect(chosenAsin({ products: [product('A', 1), product('B', 2)], pageStart: 0, pageSize: 3, current: 1 }, 'other')).toBe('A');
  });

  it('"the other one" with neither of the pair in focus asks which one', () => {
    expect(relativeProduct(listed({ current: 1, pair: ['A', 'C'] }), 'other').kind).toBe('no-focus');
  });

  it('previous and next move through the whole list, not only the page read', () => {
    expect(chosenAsin(listed({ current: 2 }), 'next')).toBe('D');
    expect(chosenAsin(listed({ current: 2 }), 'previous')).toBe('B');
    expect(relativeProduct(listed({ current: 0 }), 'previous')).toMatchObject({ kind: 'none', relation: 'previous', focus: { asin: 'A' } });
    expect(relativeProduct(listed({ current: 5 }), 'next')).toMatchObject({ kind: 'none', relation: 'next' });
  });

  it('"the cheaper one" is the next step down in price, not the cheapest of all', () => {
    expect(chosenAsin(listed({ current: 2 }), 'cheaper')).toBe('A');
    expect(chosenAsin(listed({ current: 0 }), 'cheaper')).toBe('D');
  });

  it('the other of the pair wins when it is cheaper, however far', () => {
    expect(chosenAsin(listed({ current: 2, pair: ['B', 'C'] }), 'cheaper')).toBe('B');
  });

  it('says so when the product in focus is already the cheapest, counting what was looked at', () => {
    expect(relativeProduct(listed({ current: 1 }), 'cheaper')).toEqual({ kind: 'none', relation: 'cheaper', focus: product('B', 8, 4.5), listed: 6 });
  });

  it('"more expensive" and "better rated" step up; an unknown price or rating never counts', () => {
    expect(chosenAsin(listed({ current: 0 }), 'dearer')).toBe('C');
    expect(chosenAsin(listed({ current: 0 }), 'better-rated')).toBe('C');
    expect(chosenAsin(listed({ current: 4 }), 'better-rated')).toBe('F');
    expect(relativeProduct(listed({ current: 4 }), 'dearer').kind).toBe('none');
  });

  it('with two compared and none in focus, "the cheaper one" is the cheaper of the two', () => {
    expect(chosenAsin(listed({ pair: ['C', 'D'] }), 'cheaper')).toBe('D');
    expect(chosenAsin(listed({ pair: ['C', 'D'] }), 'better-rated')).toBe('C');
    // Rated the same: neither is better rated, so which one?
    expect(relativeProduct(listed({ products: [product('A', 1, 4), product('B', 2, 4), product('C', 3)], pair: ['A', 'B'] }), 'better-rated').kind).toBe('no-focus');
  });

  it('"something similar" is the closest in price and rating, never the product itself or one that cannot be ordered', () => {
    expect(chosenAsin(listed({ current: 0 }), 'similar')).toBe('D');
    const state = listed({ current: 0 });
    state.products[3] = { ...product('D', 9, 3.9), unavailableReason: 'blocked' };
    expect(chosenAsin(state, 'similar')).toBe('C');
  });

  it('a list of one has nothing similar', () => {
    expect(relativeProduct({ products: [product('A', 1, 4)], pageStart: 0, pageSize: 3, current: 0 }, 'similar').kind).toBe('none');
  });
});

describe('the pair after the focus moves', () => {
  it('is the product left and the product reached', () => {
    expect(pairAfterMove(listed({ current: 0 }), 2)).toEqual(['A', 'C']);
  });

  it('stays as it was when nothing was in focus or the same place is read again', () => {
    expect(pairAfterMove(listed({ pair: ['B', 'C'] }), 2)).toEqual(['B', 'C']);
    expect(pairAfterMove(listed({ current: 2, pair: ['B', 'C'] }), 2)).toEqual(['B', 'C']);
    expect(pairAfterMove(listed(), 1)).toBeUndefined();
  });
});
