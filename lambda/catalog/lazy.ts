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
import type { OffersResult, ProductsByAsinsResponse, ProductsResult, SearchProductsResult } from './types';

export class LazyCatalog implements Catalog {
  private loading: Promise<Catalog> | undefined;

  constructor(private readonly load: () => Promise<Catalog>) {}

  private catalog(): Promise<Catalog> {
    this.loading ??= this.load().catch((err: unknown) => {
      this.loading = undefined;
      throw err;
    });
    return this.loading;
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
