/**
 * The embedded catalog renders a product once per process and shares it (generate.ts): a
 * rendering served again must be exactly what a first rendering gives, with its own delivery
 * dates, and a caller must not be able to change what the next search is given.
 */
import { productRecords, renderOffers, renderProduct } from '../../lambda/catalog/embedded/generate';
import type { Offer, ProductRegion } from '../../lambda/catalog/types';

type Generate = typeof import('../../lambda/catalog/embedded/generate');

const DAY_MS = 86_400_000;
const EARLIER = Date.UTC(2026, 0, 5, 9, 30);
const LATER = Date.UTC(2026, 5, 17, 18, 45, 12, 345);
const CASES: ReadonlyArray<[ProductRegion, string | undefined]> = [
  ['US', 'en-US'],
  ['DE', 'de-DE'],
  ['JP', 'ja-JP'],
  ['FR', undefined],
];

/** A module of its own: its renderings are all first renderings. */
function freshGenerate(): Generate {
  let fresh: Generate | undefined;
  jest.isolateModules(() => {
    fresh = jest.requireActual<Generate>('../../lambda/catalog/embedded/generate');
  });
  if (fresh === undefined) throw new Error('no fresh module');
  return fresh;
}

describe('embedded catalog renderings', () => {
  it('a product rendered again, at another time and for another quantity of the same price tier, is what a first rendering gives', () => {
    const fresh = freshGenerate();
    const records = productRecords();
    const freshRecords = fresh.productRecords();
    for (const [region, locale] of CASES) {
      for (const [quantity, sameTier] of [
        [1, 9],
        [10, 24],
        [25, 400],
      ] as const) {
        for (const record of records) renderProduct(record, region, quantity, EARLIER, locale);
        records.forEach((record, i) => {
          const first = freshRecords[i];
          if (first === undefined) throw new Error('the fresh data set differs');
          expect(renderProduct(record, region, sameTier, LATER, locale)).toEqual(fresh.renderProduct(first, region, sameTier, LATER, locale));
          expect(renderOffers(record, region, sameTier, LATER, locale)).toEqual(fresh.renderOffers(first, region, sameTier, LATER, locale));
        });
      }
    }
  });

  it('gives each rendering the delivery dates of its own time', () => {
    const [record] = productRecords();
    if (record === undefined) throw new Error('empty data set');
    const days = record.offers[0]?.deliveryDays ?? 0;
    for (const now of [EARLIER, LATER]) {
      const [featured] = renderProduct(record, 'US', 1, now).includedDataTypes['OFFERS'] as Offer[];
      expect(featured?.shippingOptions[0]?.deliveryRange).toEqual({
        min: new Date(now + days * DAY_MS).toISOString(),
        max: new Date(now + (days + 2) * DAY_MS).toISOString(),
      });
    }
  });

  it('prices a quantity by the tier it reaches', () => {
    const bulk = productRecords().find((r) => r.offers[0]?.tiers === true);
    if (bulk === undefined) throw new Error('no bulk product');
    const unit = (quantity: number) => (renderProduct(bulk, 'US', quantity, EARLIER).includedDataTypes['OFFERS'] as Offer[])[0]?.price.value.amount ?? Number.NaN;
    expect(unit(9)).toBe(unit(1));
    expect(unit(10)).toBeLessThan(unit(9));
    expect(unit(24)).toBe(unit(10));
    expect(unit(25)).toBeLessThan(unit(24));
  });

  it('lets no caller change what the next rendering gives', () => {
    const [record] = productRecords();
    if (record === undefined) throw new Error('empty data set');
    const product = renderProduct(record, 'UK', 1, EARLIER, 'en-GB');
    const before = structuredClone(renderProduct(record, 'UK', 1, EARLIER, 'en-GB'));
    // The caller's own copy: its top level and the dated offer are its own to change.
    product.title = 'changed';
    const [offer] = product.includedDataTypes['OFFERS'] as Offer[];
    if (offer === undefined) throw new Error('no featured offer');
    offer.deliveryInformation = 'changed';
    // The shared parts are frozen: changing one throws rather than reaching the next customer.
    expect(() => product.features.push('changed')).toThrow(TypeError);
    expect(() => {
      offer.price.value.amount = 0;
    }).toThrow(TypeError);
    expect(() => {
      product.productOverview['Brand'] = 'changed';
    }).toThrow(TypeError);
    expect(renderProduct(record, 'UK', 1, EARLIER, 'en-GB')).toEqual(before);
  });
});
