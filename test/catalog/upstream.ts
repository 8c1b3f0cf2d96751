/** Starts the LWA and Product Search emulators and a real AmazonBusinessCatalog pointed at them. */
import { AmazonBusinessCatalog, type AmazonBusinessCatalogOptions } from '../../lambda/catalog/AmazonBusinessCatalog';
import { LWA_TEST_CREDENTIALS, type LwaEmulator, type LwaEmulatorOptions, startLwaEmulator } from '../emulators/lwa/server';
import { PRODUCT_SEARCH_TEST_EMAIL, type ProductSearchEmulator, type ProductSearchEmulatorOptions, startProductSearchEmulator } from '../emulators/product-search/server';

export interface Upstream {
  lwa: LwaEmulator;
  api: ProductSearchEmulator;
  catalog: AmazonBusinessCatalog;
  close(): Promise<void>;
}

export async function startUpstream(
  options: { lwa?: LwaEmulatorOptions; api?: Omit<ProductSearchEmulatorOptions, 'isValidToken'>; client?: Partial<AmazonBusinessCatalogOptions> } = {},
): Promise<Upstream> {
  const lwa = await startLwaEmulator(options.lwa);
  const api = await startProductSearchEmulator({ isValidToken: (token) => lwa.isValid(token), ...options.api });
  const catalog = new AmazonBusinessCatalog({
    endpoint: api.url,
    tokenEndpoint: lwa.tokenUrl,
    credentials: async () => ({ ...LWA_TEST_CREDENTIALS, userEmail: PRODUCT_SEARCH_TEST_EMAIL }),
    ...options.client,
  });
  return {
    lwa,
    api,
    catalog,
    close: async () => {
      await api.close();
      await lwa.close();
    },
  };
}
