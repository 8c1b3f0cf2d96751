/**
 * The getProductsByAsins answer in the order asked, from the products found by ASIN however they
 * were gathered (the client's chunks of 30, the cache's entries): every ASIN asked for and not
 * found is in `notFoundAsins`.
 */
import type { ProductsByAsinsResponse, ProductsResult } from './types';

export function inAskedOrder(asins: readonly string[], byAsin: ReadonlyMap<string, ProductsResult>): ProductsByAsinsResponse {
  const products: ProductsResult[] = [];
  const notFoundAsins: string[] = [];
  for (const asin of asins) {
    const product = byAsin.get(asin);
    if (product !== undefined) products.push(product);
    else notFoundAsins.push(asin);
  }
  return { matchingProductCount: products.length, products, notFoundAsins };
}
