import { attributionFrom, buildAddToCartDirective, buildAddToListDirective, buildBuyDirective, buildRecommendDirective } from '../../lambda/shopping/directives';
import { ASIN_PATTERN } from '../../lambda/util/asin';
import { DuplicateAsinError, InvalidAsinError, InvalidAttributionError, ProductCountError } from '../../lambda/shopping/errors';
import { TASKS } from '../../lambda/shopping/tasks';

const A1 = 'B00000ASN1';
const A2 = 'B00000ASN2';
const A3 = 'B00000ASN3';
const attribution = { associateId: 'some.associate.id', trackingId: 'some.tracking.id' };

describe('Shopping Actions directive builders', () => {
  it('builds AddToList exactly as the reference example shows', () => {
    expect(buildAddToListDirective([A1], 'Skill-specific session information')).toEqual({
      type: 'Connections.StartConnection',
      uri: 'connection://AMAZON.AddToList/1',
      input: { products: [{ asin: A1 }], listType: 'WISHLIST' },
      token: 'Skill-specific session information',
    });
  });

  it('builds AddToShoppingCart with per-product attribution as the reference shows', () => {
    expect(buildAddToCartDirective([A1], 'tok', attribution)).toEqual({
      type: 'Connections.StartConnection',
      uri: 'connection://AMAZON.AddToShoppingCart/1',
      input: { products: [{ asin: A1, attribution: { associateId: 'some.associate.id', trackingId: 'some.tracking.id' } }] },
      token: 'tok',
    });
  });

  it('builds BuyShoppingProducts with per-product attribution as the reference shows', () => {
    expect(buildBuyDirective([A1], 'PurchaseProductToken', attribution)).toEqual({
      type: 'Connections.StartConnection',
      uri: 'connection://AMAZON.BuyShoppingProducts/1',
      input: { products: [{ asin: A1, attribution }] },
      token: 'PurchaseProductToken',
    });
  });

  it('builds RecommendShoppingProducts with one attribution per request and SEND_ERRORS_ONLY', () => {
    const directive = buildRecommendDirective([A1, A2, A3], 'RecommendProducts', {
      associateId: 'some.associate.id.1',
      trackingId: 'some.tracking.id.1',
    });
    expect(directive).toEqual({
      type: 'Connections.StartConnection',
      uri: 'connection://AMAZON.RecommendShoppingProducts/1',
      input: {
        products: [{ asin: A1 }, { asin: A2 }, { asin: A3 }],
        attribution: { associateId: 'some.associate.id.1', trackingId: 'some.tracking.id.1' },
      },
      token: 'RecommendProducts',
      onCompletion: 'SEND_ERRORS_ONLY',
    });
  });

  it('leaves attribution out entirely when none is configured', () => {
    const cart = buildAddToCartDirective([A1], 't');
    const recommend = buildRecommendDirective([A1], 't');
    expect(cart.input).toEqual({ products: [{ asin: A1 }] });
    expect(recommend.input).toEqual({ products: [{ asin: A1 }] });
    expect(JSON.stringify([cart, recommend])).not.toContain('attribution');
  });

  it('sends attribution without trackingId when only the associate id is set', () => {
    expect(buildBuyDirective([A1], 't', { associateId: 'store-20' }).input).toEqual({
      products: [{ asin: A1, attribution: { associateId: 'store-20' } }],
    });
  });

  it('omits onCompletion for the tasks that resume the session by default', () => {
    for (const directive of [buildAddToListDirective([A1], 't'), buildAddToCartDirective([A1], 't'), buildBuyDirective([A1], 't')]) {
      expect(directive).not.toHaveProperty('onCompletion');
    }
  });

  it.each([
    ['lower case', 'b00000asn1'],
    ['too short', 'B00000ASN'],
    ['too long', 'B00000ASN12'],
    ['punctuation', 'B00000AS-1'],
    ['empty', ''],
    ['spaces', 'B00000 ASN'],
    ['markup', '<B0000000>'],
  ])('refuses an ASIN that is %s', (_label, asin) => {
    expect(() => buildAddToCartDirective([asin], 't')).toThrow(InvalidAsinError);
    expect(ASIN_PATTERN.test(asin)).toBe(false);
  });

  it('refuses duplicate ASINs in one recommendation', () => {
    expect(() => buildRecommendDirective([A1, A2, A1], 't')).toThrow(DuplicateAsinError);
  });

  it.each([
    ['AddToList', (asins: string[]) => buildAddToListDirective(asins, 't'), TASKS.AddToList.maxProducts],
    ['AddToCart', (asins: string[]) => buildAddToCartDirective(asins, 't'), TASKS.AddToCart.maxProducts],
    ['Buy', (asins: string[]) => buildBuyDirective(asins, 't'), TASKS.Buy.maxProducts],
    ['Recommend', (asins: string[]) => buildRecommendDirective(asins, 't'), TASKS.Recommend.maxProducts],
  ])('enforces the %s product limit of the task table', (_task, build, max) => {
    const asins = Array.from({ length: max + 1 }, (_v, i) => `B${String(i).padStart(9, '0')}`);
    expect(() => build(asins.slice(0, max))).not.toThrow();
    expect(() => build(asins)).toThrow(ProductCountError);
    expect(() => build([])).toThrow(ProductCountError);
  });

  it('keeps the limits the field guide gives: one product except ten for recommendations', () => {
    expect([TASKS.AddToList.maxProducts, TASKS.AddToCart.maxProducts, TASKS.Buy.maxProducts, TASKS.Recommend.maxProducts]).toEqual([1, 1, 1, 10]);
  });

  it('turns a count error into the right speech key', () => {
    expect(new ProductCountError('Buy', 0, 1, 1).speechKey).toBe('NO_PRODUCT_CHOSEN');
    expect(new ProductCountError('Buy', 2, 1, 1).speechKey).toBe('TOO_MANY_PRODUCTS');
  });

  it('builds attribution from configuration, and refuses malformed ids', () => {
    expect(attributionFrom(undefined, 'track')).toBeUndefined();
    expect(attributionFrom('', undefined)).toBeUndefined();
    expect(attributionFrom('store-20', undefined)).toEqual({ associateId: 'store-20' });
    expect(attributionFrom('store-20', 'skill-1')).toEqual({ associateId: 'store-20', trackingId: 'skill-1' });
    expect(() => attributionFrom('store 20', undefined)).toThrow(InvalidAttributionError);
  });

  it('does not let a caller mutate a built directive through the attribution it passed', () => {
    const shared = { associateId: 'store-20' };
    const directive = buildAddToCartDirective([A1], 't', shared);
    shared.associateId = 'changed';
    expect(directive.input?.products[0].attribution.associateId).toBe('store-20');
  });
});
