/**
 * The adapter's own AttributeValue conversion writes what `@aws-sdk/util-dynamodb` (behind the
 * earlier `lib-dynamodb` adapter) wrote for the same state, so items stored before the switch
 * read back, and it refuses values DynamoDB cannot hold.
 */
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { fromAttributeMap, toAttributeMap, UnsupportedValueError } from '../../lambda/persistence/attributeValues';

const STATE = {
  usedSlots: 3,
  extraSlots: 0,
  watches: [
    { asin: 'B000000AA1', title: 'Duracell AA batteries, 24 “Optimum” pack', price: { amount: 19.99, currency: 'USD' }, since: 1764470000000 },
    { asin: 'B000000AA2', title: '', price: { amount: 0.5, currency: 'GBP' }, note: null, muted: false },
  ],
  lastSearch: { query: 'coffee', page: [], skipped: undefined },
  flags: [true, undefined, -1.25e-7],
};

describe('toAttributeMap / fromAttributeMap', () => {
  it('writes exactly what util-dynamodb marshall writes with removeUndefinedValues', () => {
    expect(toAttributeMap(STATE)).toEqual(marshall(STATE, { removeUndefinedValues: true }));
  });

  it('reads back what util-dynamodb wrote, and round-trips its own items', () => {
    const stored = marshall(STATE, { removeUndefinedValues: true });
    const expected = unmarshall(stored);

    expect(fromAttributeMap(toAttributeMap(STATE) as Parameters<typeof fromAttributeMap>[0])).toEqual(expected);
    expect(fromAttributeMap(stored as Parameters<typeof fromAttributeMap>[0])).toEqual(expected);
  });

  it.each([
    ['NaN', { usedSlots: Number.NaN }],
    ['Infinity', { price: { amount: Number.POSITIVE_INFINITY } }],
    ['a function', { callback: () => 1 }],
    ['a bigint', { big: 10n }],
  ])('refuses %s, naming where it is', (_name, value) => {
    expect(() => toAttributeMap(value)).toThrow(UnsupportedValueError);
    expect(() => toAttributeMap(value)).toThrow(/\$\.\w+/);
  });
});
