/**
 * A `Catalog` in front of another (the Amazon Business client): answers are kept in a small LRU
 * in each container and, when a store is given, in the skill's DynamoDB table, shared by every
 * container (./store.ts). Concurrent turns asking for the same answer wait for one load
 * (`InFlight`); across containers, the one that takes the refresh lease calls the API while the
 * others serve what they have or wait briefly for its answer. An entry past its freshness is
 * refreshed by the turn that needs it and still served, within the turn's budget, when the API
 * is throttled or down; only an entry past `expiresAt` is absent.
 *
 * A search page also fills the product entries of its products (the API renders them alike,
 * quantity 1), so "tell me about the first one" needs no call. `getProductsByAsins` serves the
 * products it has fresh and re-prices the rest in one call. Cache writes are awaited only for
 * a short, bounded time: they never hold an answer past the turn's budget.
 */
import { setMaxListeners } from 'node:events';
import type { CallOptions, Catalog, GetProductRequest, GetProductsByAsinsRequest, Marketplace, SearchOffersRequest, SearchProductsRequest } from '../Catalog';
import { inAskedOrder } from '../byAsins';
import { CatalogErrorCodes, isCatalogError } from '../errors';
import type { OffersResult, ProductsByAsinsResponse, ProductsResult, SearchProductsResult } from '../types';
import { Deadline, DEFAULT_TURN_BUDGETS, settlesWithin, sleep } from '../../util/deadline';
import { Lru } from '../../util/lru';
import { describeError, log } from '../../util/log';
import { InFlight } from '../../util/promiseCache';
import { type CacheKind, CacheKinds, offersKey, productKey, searchKey } from './keys';
import { DEFAULT_CACHE_SETTINGS, type CacheSettings } from './settings';
import { noteStaleServed } from './staleness';
import type { CachedEntry, CatalogStore } from './store';

/** A refresh lease lasts about one turn: a container that died holding it blocks no one for long. */
export const LEASE_MS = 6000;
/** How often a container waiting for another one's fetch looks for its answer. */
export const LEASE_POLL_MS = 100;
/** Time kept for a call of one's own when another container's answer did not come. */
export const OWN_CALL_RESERVE_MS = 1500;
/** A refresh of a stale entry gets at most this: the stale answer is there to fall back on. */
export const STALE_REFRESH_BUDGET_MS = 2500;
/** Kept back from a stale refresh so the stale answer is still given in time. */
export const STALE_FALLBACK_RESERVE_MS = 300;
/** How long an answer waits for its cache write; the write itself goes on to the deadline. */
export const WRITE_WAIT_MS = 250;
/** The store's own budget for a read: a slow table is a miss. */
export const READ_BUDGET_MS = 500;

export interface CachingCatalogOptions {
  /** The shared tier; without it only the container's LRU caches (CATALOG_CACHE=memory). */
  store?: CatalogStore;
  settings?: CacheSettings;
  /** Epoch ms; tests move it to age entries. @default Date.now */
  now?: () => number;
}

interface Held {
  entry: CachedEntry;
}

interface Served {
  body: string;
  fetchedAt: number;
  stale: boolean;
}

/**
 * A child of the turn's deadline for `calls` concurrent store calls (a search page's products,
 * the ASINs of a re-pricing), ending within `ms`: each call listens on its signal, and more than
 * Node's default of 10 listeners would print a leak warning for what is a bounded fan-out.
 */
function batchOf(deadline: Deadline, ms: number, calls: number): Deadline {
  const batch = deadline.capped(ms);
  setMaxListeners(Math.max(10, calls * 2 + 2), batch.signal);
  return batch;
}

/** Failures a stale answer stands in for: the API could not answer. A refusal is passed on. */
function isOutage(err: unknown): boolean {
  return !(isCatalogError(err, CatalogErrorCodes.ProductNotFound) || isCatalogError(err, CatalogErrorCodes.InvalidRequest));
}

export class CachingCatalog implements Catalog {
  private readonly lru: Lru<Held>;
  private readonly inFlight = new InFlight<Served>();
  private readonly settings: CacheSettings;
  private readonly now: () => number;
  private readonly store: CatalogStore | undefined;

  constructor(
    private readonly inner: Catalog,
    options: CachingCatalogOptions = {},
  ) {
    this.settings = options.settings ?? DEFAULT_CACHE_SETTINGS;
    this.now = options.now ?? (() => Date.now());
    this.store = options.store;
    this.lru = new Lru(this.settings.lruEntries);
  }

  searchProducts(request: SearchProductsRequest, options?: CallOptions): Promise<SearchProductsResult> {
    return this.cached(
      CacheKinds.Search,
      searchKey(request),
      options,
      (o) => this.inner.searchProducts(request, o),
      (result, deadline) => this.seedProducts(request, result.products, deadline),
    );
  }

  getProduct(request: GetProductRequest, options?: CallOptions): Promise<ProductsResult> {
    return this.cached(CacheKinds.Product, productKey(request), options, (o) => this.inner.getProduct(request, o));
  }

  searchOffers(request: SearchOffersRequest, options?: CallOptions): Promise<OffersResult> {
    return this.cached(CacheKinds.Offers, offersKey(request), options, (o) => this.inner.searchOffers(request, o));
  }

  /**
   * The products held fresh are served; the others (missing or stale) are re-priced in one
   * call (the client splits it by 30, the reference's maximum) and cached. When that call
   * fails, stale entries stand in; an ASIN with none fails the whole answer, as the API would.
   */
  async getProductsByAsins(request: GetProductsByAsinsRequest, options?: CallOptions): Promise<ProductsByAsinsResponse> {
    const deadline = options?.deadline ?? Deadline.after(DEFAULT_TURN_BUDGETS.turnMs);
    const asins = [...new Set(request.asins)];
    const keyOf = (asin: string) =>
      productKey({ productRegion: request.productRegion, locale: request.locale, asin, ...(request.quantity === undefined ? {} : { quantity: request.quantity }) });
    const reads = batchOf(deadline, READ_BUDGET_MS, asins.length);
    const held = await Promise.all(asins.map((asin) => this.lookup(keyOf(asin), reads))).finally(() => reads.dispose());
    const now = this.now();
    const byAsin = new Map<string, ProductsResult>();
    const stale = new Map<string, CachedEntry>();
    const toFetch: string[] = [];
    asins.forEach((asin, i) => {
      const entry = held[i];
      if (entry !== undefined && entry.freshUntil > now) byAsin.set(asin, JSON.parse(entry.body) as ProductsResult);
      else {
        toFetch.push(asin);
        if (entry !== undefined) stale.set(asin, entry);
      }
    });
    if (toFetch.length > 0) {
      // With stale entries to fall back on, the call leaves time to give them.
      const budget = stale.size > 0 ? deadline.shortened(STALE_FALLBACK_RESERVE_MS) : deadline;
      try {
        const fetched = await this.inner.getProductsByAsins({ ...request, asins: toFetch }, { deadline: budget });
        for (const product of fetched.products) byAsin.set(product.asin, product);
        await this.writeAll(
          fetched.products.map((p) => this.entryFor(CacheKinds.Product, keyOf(p.asin), JSON.stringify(p), this.now())),
          deadline,
        );
      } catch (err) {
        if (!isOutage(err) || toFetch.some((asin) => !stale.has(asin))) throw err;
        log.warn('catalog_cache_served_stale', { kind: CacheKinds.Product, products: stale.size, ...describeError(err) });
        for (const [asin, entry] of stale) {
          byAsin.set(asin, JSON.parse(entry.body) as ProductsResult);
          this.noteIfOld(options, entry.fetchedAt);
        }
      } finally {
        if (budget !== deadline) budget.dispose();
      }
    }
    return inAskedOrder(request.asins, byAsin);
  }

  /** Entries the container holds (tests, logs). */
  get held(): number {
    return this.lru.size;
  }

  private async cached<T>(
    kind: CacheKind,
    key: string,
    options: CallOptions | undefined,
    load: (options: CallOptions) => Promise<T>,
    after?: (value: T, deadline: Deadline) => Promise<void>,
  ): Promise<T> {
    const held = this.lru.get(key)?.entry;
    if (held !== undefined && held.freshUntil > this.now()) return JSON.parse(held.body) as T;
    const deadline = options?.deadline ?? Deadline.after(DEFAULT_TURN_BUDGETS.turnMs);
    const served = await this.inFlight.get(key, () =>
      this.resolve(kind, key, deadline, load as (o: CallOptions) => Promise<unknown>, after as ((v: unknown, d: Deadline) => Promise<void>) | undefined),
    );
    if (served.stale) this.noteIfOld(options, served.fetchedAt);
    return JSON.parse(served.body) as T;
  }

  private async resolve(
    kind: CacheKind,
    key: string,
    deadline: Deadline,
    load: (options: CallOptions) => Promise<unknown>,
    after: ((value: unknown, deadline: Deadline) => Promise<void>) | undefined,
  ): Promise<Served> {
    const entry = await this.lookup(key, deadline);
    if (entry !== undefined && entry.freshUntil > this.now()) return { body: entry.body, fetchedAt: entry.fetchedAt, stale: false };
    // The API is needed: one container calls it.
    if (!(await this.takeLease(key, deadline))) {
      // Another container is refreshing: what is held will do meanwhile.
      if (entry !== undefined) return this.stale(kind, entry, undefined);
      const theirs = await this.awaitOther(key, deadline);
      if (theirs !== undefined) return { body: theirs.body, fetchedAt: theirs.fetchedAt, stale: false };
    }
    const budget = entry === undefined ? deadline : deadline.shortened(STALE_FALLBACK_RESERVE_MS).capped(STALE_REFRESH_BUDGET_MS);
    let value: unknown;
    try {
      value = await load({ deadline: budget });
    } catch (err) {
      await this.releaseLease(key, deadline);
      if (entry === undefined || !isOutage(err)) throw err;
      return this.stale(kind, entry, err);
    } finally {
      if (budget !== deadline) budget.dispose();
    }
    const body = JSON.stringify(value);
    const fresh = this.entryFor(kind, key, body, this.now());
    await this.writeAll([fresh], deadline, after === undefined ? undefined : () => after(value, deadline));
    return { body, fetchedAt: fresh.fetchedAt, stale: false };
  }

  /** Tells the turn its answer is old, when it is old enough to say so. */
  private noteIfOld(options: CallOptions | undefined, fetchedAt: number): void {
    const age = this.now() - fetchedAt;
    if (age >= this.settings.noticeAfterMs) noteStaleServed(options?.deadline, age);
  }

  private stale(kind: CacheKind, entry: CachedEntry, err: unknown): Served {
    log.info('catalog_cache_served_stale', { kind, ageS: Math.round(this.age(entry) / 1000), ...(err === undefined ? { reason: 'refreshing elsewhere' } : describeError(err)) });
    return { body: entry.body, fetchedAt: entry.fetchedAt, stale: true };
  }

  private age(entry: CachedEntry): number {
    return Math.max(0, this.now() - entry.fetchedAt);
  }

  private entryFor(kind: CacheKind, key: string, body: string, fetchedAt: number): CachedEntry {
    const freshUntil = fetchedAt + this.settings.freshMs[kind];
    return { key, body, fetchedAt, freshUntil, expiresAt: freshUntil + this.settings.maxStaleMs };
  }

  /** The LRU's entry, else the store's (kept in the LRU); undefined past `expiresAt` or when the store fails. */
  private async lookup(key: string, deadline: Deadline): Promise<CachedEntry | undefined> {
    const held = this.lru.get(key)?.entry;
    if (held !== undefined && held.expiresAt > this.now()) return held;
    if (held !== undefined) this.lru.delete(key);
    const stored = await this.withStore(deadline, 'catalog_cache_read_failed', undefined, (store, signal) => store.get(key, this.now(), signal));
    if (stored !== undefined) this.lru.set(key, { entry: stored });
    return stored;
  }

  /**
   * One store call within READ_BUDGET_MS of the turn; a failure is logged and answered with
   * `fallback`: the cache is an optimisation, never a reason for a turn to fail.
   */
  private async withStore<T>(deadline: Deadline, failure: string, fallback: T, call: (store: CatalogStore, signal: AbortSignal) => Promise<T>): Promise<T> {
    if (this.store === undefined) return fallback;
    const budget = deadline.capped(READ_BUDGET_MS);
    try {
      return await call(this.store, budget.signal);
    } catch (err) {
      log.warn(failure, describeError(err));
      return fallback;
    } finally {
      budget.dispose();
    }
  }

  /** True when this container should call the API: it holds the lease, or there is no store to coordinate through. */
  private async takeLease(key: string, deadline: Deadline): Promise<boolean> {
    return this.withStore(deadline, 'catalog_cache_lease_failed', true, (store, signal) => store.lease(key, this.now(), LEASE_MS, signal));
  }

  /** Gives the lease back after a failed call, waiting no longer than a cache write. */
  private async releaseLease(key: string, deadline: Deadline): Promise<void> {
    const store = this.store;
    if (store === undefined) return;
    const released = store.release(key, deadline.signal).catch((err: unknown) => log.warn('catalog_cache_lease_failed', describeError(err)));
    await settlesWithin(released, Math.max(0, Math.min(WRITE_WAIT_MS, deadline.remainingMs())));
  }

  /** Waits for the lease holder's answer while the turn keeps time for a call of its own. */
  private async awaitOther(key: string, deadline: Deadline): Promise<CachedEntry | undefined> {
    if (this.store === undefined) return undefined;
    while (deadline.remainingMs() > OWN_CALL_RESERVE_MS + LEASE_POLL_MS) {
      await sleep(LEASE_POLL_MS, deadline.signal);
      // null: the table failed, so this turn calls rather than wait on it.
      const found = await this.withStore<CachedEntry | undefined | null>(deadline, 'catalog_cache_read_failed', null, (store, signal) => store.get(key, this.now(), signal, true));
      if (found === null) return undefined;
      if (found !== undefined) {
        this.lru.set(key, { entry: found });
        return found;
      }
    }
    return undefined;
  }

  /** Fills the product entries from a search page's products (rendered at quantity 1, like getProduct). */
  private async seedProducts(request: Marketplace, products: ProductsResult[], deadline: Deadline): Promise<void> {
    const now = this.now();
    await this.writeAll(
      products.map((p) => this.entryFor(CacheKinds.Product, productKey({ productRegion: request.productRegion, locale: request.locale, asin: p.asin }), JSON.stringify(p), now)),
      deadline,
    );
  }

  /**
   * Keeps the entries in the LRU at once and writes them to the store, waiting at most
   * WRITE_WAIT_MS (and never past the deadline) before the answer goes on; a write still
   * running goes on until the deadline aborts it.
   */
  private async writeAll(entries: CachedEntry[], deadline: Deadline, also?: () => Promise<void>): Promise<void> {
    for (const entry of entries) this.lru.set(entry.key, { entry });
    const store = this.store;
    const writes: Promise<unknown>[] = [];
    if (store !== undefined && entries.length > 0) {
      const batch = batchOf(deadline, deadline.remainingMs(), entries.length);
      const puts: Promise<unknown>[] = [];
      for (const entry of entries) {
        puts.push(
          store.put(entry, batch.signal).then(
            (written) => {
              if (!written) log.info('catalog_cache_item_too_large', { bytes: Buffer.byteLength(entry.body) });
            },
            (err: unknown) => log.warn('catalog_cache_write_failed', describeError(err)),
          ),
        );
      }
      writes.push(Promise.all(puts).finally(() => batch.dispose()));
    }
    if (also !== undefined) writes.push(also());
    if (writes.length === 0) return;
    await settlesWithin(Promise.all(writes), Math.max(0, Math.min(WRITE_WAIT_MS, deadline.remainingMs())));
  }
}
