/**
 * A catalog loaded on first use. The embedded data set is only required when a call needs
 * it, so a `CATALOG=amazon-business` container never evaluates it (esbuild keeps a dynamic
 * import lazy inside the bundle), and cold start stays close to a minimal skill's.
 */
import type {
  CallOptions,
  Catalog,
  GetProductRequest,
  GetProductsByAsinsRequest,
  SearchOffersRequest,
  SearchProductsRequest,
} from './Catalog';
import { PromiseCache } from '../util/promiseCache';
import type { OffersResult, ProductsByAsinsResponse, ProductsResult, SearchProductsResult } from './types';

export class LazyCatalog implements Catalog {
  /** A failed load is forgotten: the next call loads again. */
  private readonly loaded = new PromiseCache<Catalog>();

  constructor(private readonly load: () => Promise<Catalog>) {}

  private catalog(): Promise<Catalog> {
    return this.loaded.get(this.load);
  }

  async searchProducts(request: SearchProductsRequest, options?: CallOptions): Promise<SearchProductsResult> {
    return (await this.catalog()).searchProducts(request, options);
  }

  async getProduct(request: GetProductRequest, options?: CallOptions): Promise<ProductsResult> {
    return (await this.catalog()).getProduct(request, options);
  }

  async searchOffers(request: SearchOffersRequest, options?: CallOptions): Promise<OffersResult> {
    return (await this.catalog()).searchOffers(request, options);
  }

  async getProductsByAsins(request: GetProductsByAsinsRequest, options?: CallOptions): Promise<ProductsByAsinsResponse> {
    return (await this.catalog()).getProductsByAsins(request, options);
  }
}
