import { EmbeddedCatalog } from '../../lambda/catalog/embedded/EmbeddedCatalog';
import { productRecords } from '../../lambda/catalog/embedded/generate';
import { catalogContract } from './contract';

catalogContract('EmbeddedCatalog', async () => ({ catalog: new EmbeddedCatalog(), teardown: async () => undefined }));

describe('the embedded data set', () => {
  it('has at least 200 products with unique ASINs and some variations', () => {
    const records = productRecords();
    expect(records.length).toBeGreaterThanOrEqual(200);
    expect(new Set(records.map((r) => r.asin)).size).toBe(records.length);
    expect(records.filter((r) => r.variation !== undefined).length).toBeGreaterThan(10);
  });

  it('is generated the same way by a fresh module load', () => {
    const fingerprint = (records: ReturnType<typeof productRecords>) => records.map((r) => `${r.asin}:${r.usd}:${r.rating}:${r.offers.length}`);
    let fresh: string[] = [];
    jest.isolateModules(() => {
      const again = jest.requireActual<typeof import('../../lambda/catalog/embedded/generate')>('../../lambda/catalog/embedded/generate');
      fresh = fingerprint(again.productRecords());
    });
    expect(fresh).toEqual(fingerprint(productRecords()));
  });
});
