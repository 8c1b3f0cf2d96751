/**
 * A catalog loaded on first use. The embedded data set is only required when a call needs
 * it, so a `CATALOG=amazon-business` container never evaluates it (esbuild keeps a dynamic
 * import lazy inside the bundle), and cold start stays close to a minimal skill's.
 *
 * Derived from the `Catalog` interface, not restating it: every method forwards to the loaded
 * catalog, and `CATALOG_METHODS` must name exactly the interface's methods or it does not compile.
 */
import type { Catalog } from './Catalog';
import { PromiseCache } from '../util/promiseCache';

const CATALOG_METHODS = { searchProducts: true, getProduct: true, searchOffers: true, getProductsByAsins: true } as const satisfies Record<keyof Catalog, true>;

type Method = (this: Catalog, ...args: unknown[]) => Promise<unknown>;

export function lazyCatalog(load: () => Promise<Catalog>): Catalog {
  /** A failed load is forgotten: the next call loads again. */
  const loaded = new PromiseCache<Catalog>();
  const forward =
    (name: keyof Catalog) =>
    async (...args: unknown[]) => {
      const catalog = await loaded.get(load);
      return (catalog[name] as Method).apply(catalog, args);
    };
  return Object.fromEntries(Object.keys(CATALOG_METHODS).map((name) => [name, forward(name as keyof Catalog)])) as unknown as Catalog;
}
