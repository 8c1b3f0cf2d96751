/**
 * How long cached catalog answers are served. Search pages and products change slowly (titles,
 * ratings, the list a query gives): an hour. Offers carry the prices a customer acts on: ten
 * minutes. Past freshness an entry is refreshed by the next turn that needs it, but kept and
 * served for up to a day while the API is throttled or down; from three hours on the customer
 * is told the prices may have changed. Each setting has its variable (lambda/config/env.ts).
 */
import { EnvNames, env } from '../../config/env';
import { type CacheKind, CacheKinds } from './keys';

export interface CacheSettings {
  /** Fresh time per kind, in ms. */
  freshMs: Record<CacheKind, number>;
  /** How long past freshness an entry may still be served when the API cannot answer, in ms. */
  maxStaleMs: number;
  /** From this age on, a served answer is said to be old (lambda/catalog/cache/staleness.ts), in ms. */
  noticeAfterMs: number;
  /** Entries of the per-container LRU. */
  lruEntries: number;
}

export const DEFAULT_CACHE_SETTINGS: CacheSettings = {
  freshMs: { [CacheKinds.Search]: 3600_000, [CacheKinds.Product]: 3600_000, [CacheKinds.Offers]: 600_000 },
  maxStaleMs: 24 * 3600_000,
  noticeAfterMs: 3 * 3600_000,
  // JSON text: a search page of 24 products is about 40 KB, a product 2 KB; a search fills 25
  // entries (its page and its products), so 512 entries hold about 20 searches, a few MB.
  lruEntries: 512,
};

function seconds(name: string, fallbackMs: number, read: (name: string) => string | undefined): number {
  const raw = read(name);
  if (raw === undefined) return fallbackMs;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number of seconds, not "${raw}"`);
  return n * 1000;
}

export function cacheSettingsFromEnvironment(read: (name: string) => string | undefined = env): CacheSettings {
  const d = DEFAULT_CACHE_SETTINGS;
  return {
    freshMs: {
      [CacheKinds.Search]: seconds(EnvNames.CatalogCacheSearchTtl, d.freshMs.search, read),
      [CacheKinds.Product]: seconds(EnvNames.CatalogCacheProductTtl, d.freshMs.product, read),
      [CacheKinds.Offers]: seconds(EnvNames.CatalogCacheOffersTtl, d.freshMs.offers, read),
    },
    maxStaleMs: seconds(EnvNames.CatalogCacheMaxStale, d.maxStaleMs, read),
    noticeAfterMs: seconds(EnvNames.CatalogStaleNotice, d.noticeAfterMs, read),
    lruEntries: d.lruEntries,
  };
}
