import { variationAsin } from '../../lambda/browsing/ChooseVariationIntentHandler';
import type { ProductsResult } from '../../lambda/catalog/types';

// Shaped as the Product Search API reference documents `productVariations`.
const product = {
  asin: 'B0PARENT01',
  productVariations: {
    dimensions: [
      {
        index: 0,
        displayString: 'Size',
        dimensionValues: [
          { index: 0, displayString: 'AA' },
          { index: 1, displayString: 'AAA' },
        ],
      },
      {
        index: 1,
        displayString: 'Color',
        dimensionValues: [
          { index: 0, displayString: 'Black' },
          { index: 1, displayString: 'Blue' },
        ],
      },
    ],
    variations: [
      {
        asin: 'B0AABLACK1',
        variationValues: [
          { index: 0, value: 0 },
          { index: 1, value: 0 },
        ],
      },
      {
        asin: 'B0AAABLUE1',
        variationValues: [
          { index: 0, value: 1 },
          { index: 1, value: 1 },
        ],
      },
    ],
  },
} as unknown as ProductsResult;

describe('the variation a value names', () => {
  it('finds the variation by any dimension, whatever the case', () => {
    expect(variationAsin(product, 'AAA')).toBe('B0AAABLUE1');
    expect(variationAsin(product, 'black')).toBe('B0AABLACK1');
  });

  it('finds nothing for a value the product does not come in', () => {
    expect(variationAsin(product, 'red')).toBeUndefined();
    expect(variationAsin({ asin: 'B0PLAIN001' } as unknown as ProductsResult, 'AA')).toBeUndefined();
  });
});
