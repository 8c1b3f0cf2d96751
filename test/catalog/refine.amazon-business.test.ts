/**
 * The refinement transcripts again, with CATALOG=amazon-business: the skill talks to the
 * Product Search emulator over HTTP (LWA tokens from the LWA emulator). The emulator offers
 * refinement ids unlike any default, so every id the skill sends back can only have come
 * from a previous response (Amazon Business Product Search API reference, searchProducts:
 * "searchRefinements … should be dynamically retrieved from a previous API response").
 */
import path from 'node:path';
import type { EmbeddedRefinementIds } from '../../lambda/catalog/embedded/EmbeddedCatalog';
import { EnvNames } from '../../lambda/config/env';
import { LWA_TEST_CREDENTIALS, type LwaEmulator, startLwaEmulator } from '../emulators/lwa/server';
import { PRODUCT_SEARCH_TEST_EMAIL, type ProductSearchEmulator, startProductSearchEmulator } from '../emulators/product-search/server';
import { formatFailure, PREPARE_TIMEOUT_MS, prepareLocales, runDialogFile } from '../sim/dialogRunner';

/** Ids no code in the skill names: "9…" ids and "x_" keys instead of the embedded defaults. */
const OFFERED: EmbeddedRefinementIds = {
  inStockOnly: '9100000011',
  includeOutOfStock: '9100000012',
  getItToday: '9100000013',
  getItTomorrow: '9100000014',
  freeShipping: '9100000015',
  primeEligible: '9100000016',
  brandKey: 'x_brand',
  ratingKey: 'x_rating',
};

const DIALOGS = [
  'refine-en-US.dialog',
  'refine-en-GB.dialog',
  'refine-pages-en-US.dialog',
  'refine-pages-en-GB.dialog',
  'product-questions-en-US.dialog',
  'product-questions-en-GB.dialog',
  'compare-en-US.dialog',
  'compare-en-GB.dialog',
  'catalog-questions-en-US.dialog',
  'catalog-questions-en-GB.dialog',
  'relative-en-US.dialog',
  'relative-en-GB.dialog',
  'filters-en-US.dialog',
  'filters-en-GB.dialog',
  'filters-de-DE.dialog',
  'coming-back-en-US.dialog',
  'coming-back-en-GB.dialog',
];

let lwa: LwaEmulator;
let api: ProductSearchEmulator;
const saved: Record<string, string | undefined> = {};

function setEnv(name: string, value: string): void {
  saved[name] = process.env[name];
  process.env[name] = value;
}

beforeAll(async () => {
  lwa = await startLwaEmulator();
  api = await startProductSearchEmulator({ isValidToken: (token) => lwa.isValid(token), refinementIds: OFFERED });
  // What the Lambda reads when there is no secret; the skill module is loaded after this.
  setEnv(EnvNames.Catalog, 'amazon-business');
  setEnv(EnvNames.ProductSearchEndpoint, api.url);
  setEnv(EnvNames.LwaTokenEndpoint, lwa.tokenUrl);
  setEnv(EnvNames.LwaClientId, LWA_TEST_CREDENTIALS.clientId);
  setEnv(EnvNames.LwaClientSecret, LWA_TEST_CREDENTIALS.clientSecret);
  setEnv(EnvNames.LwaRefreshToken, LWA_TEST_CREDENTIALS.refreshToken);
  setEnv(EnvNames.ProductSearchUserEmail, PRODUCT_SEARCH_TEST_EMAIL);
  // Every transcript's calls must reach the emulator to be checked: no catalog cache here
  // (test/catalog/cache/ proves the cache).
  setEnv(EnvNames.CatalogCache, 'off');
});

afterAll(async () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await api.close();
  await lwa.close();
});

const searches = () => api.requests().filter((r) => r.operation === 'searchProducts' && r.status === 200);

describe('refinements against the Product Search API (emulated), CATALOG=amazon-business', () => {
  // After the environment above: each locale's simulator is built once, under a bound of its own.
  beforeAll(() => prepareLocales(DIALOGS.map((name) => path.join(__dirname, '..', 'dialogs', name))), PREPARE_TIMEOUT_MS);

  it.each(DIALOGS)('%s runs as written', async (name) => {
    api.resetRequests();
    const result = await runDialogFile(path.join(__dirname, '..', 'dialogs', name));
    expect(result.failures.map((f) => formatFailure(name, f)).join('\n\n')).toBe('');
    expect(searches().length).toBeGreaterThan(0);
  });

  it('sends back exactly the ids a previous response offered, for every refinement', async () => {
    api.resetRequests();
    const result = await runDialogFile(path.join(__dirname, '..', 'dialogs', 'refine-en-US.dialog'));
    expect(result.failures).toEqual([]);
    const sent = searches().map((r) => r.query);
    const values = (key: string) => sent.map((q) => q[key]).filter((v): v is string => v !== undefined);
    expect(new Set(values('primeEligible'))).toEqual(new Set([OFFERED.primeEligible]));
    expect(new Set(values('deliveryDay'))).toEqual(new Set([OFFERED.getItToday, OFFERED.getItTomorrow]));
    expect(new Set(values('eligibleForFreeShipping'))).toEqual(new Set([OFFERED.freeShipping]));
    expect(new Set(values('availability'))).toEqual(new Set([OFFERED.inStockOnly]));
    const refinements = values('searchRefinements').flatMap((v) => v.split(','));
    expect(refinements).toEqual(expect.arrayContaining([`${OFFERED.brandKey}:Duracell`, `${OFFERED.brandKey}:Amazon Basics`, `${OFFERED.ratingKey}:4`]));
    for (const value of refinements) expect(value).toMatch(new RegExp(`^(?:${OFFERED.brandKey}|${OFFERED.ratingKey}):`));
    // Price and sort are not API parameters: they never reach the request.
    for (const query of sent) expect(Object.keys(query).filter((k) => /price|sort/i.test(k))).toEqual([]);
  });

  it('looks at whole API pages for price and sort, and the next page when the customer pages on', async () => {
    api.resetRequests();
    const result = await runDialogFile(path.join(__dirname, '..', 'dialogs', 'refine-pages-en-US.dialog'));
    expect(result.failures).toEqual([]);
    const paged = searches().filter((r) => r.query['keywords'] === 'paper' && r.query['pageSize'] === '24');
    expect(paged.map((r) => r.query['pageNumber'] ?? '0')).toEqual(expect.arrayContaining(['0', '1']));
  });
});
