/**
 * The shared catalog cache, end to end: two "containers" (each its own skill, catalog cache,
 * LRU and Amazon Business client: no memory in common) over one dynalite table and the Product
 * Search emulator over HTTP. The caches' clock is injected, so entries age without waiting.
 *
 * Every test runs on the fake clock (test/support/fakeClock.ts): the cache's own bounds (a
 * table read within READ_BUDGET_MS, a write waited for WRITE_WAIT_MS, the store's attempt
 * timeout, the turn's deadline) never pass while real I/O to dynalite and the emulators is
 * running, so a busy machine cannot turn a slow table into a miss and a second API call. The
 * clock moves only where a test says so.
 */
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { AmazonBusinessCatalog, type AmazonBusinessCatalogOptions } from '../../../lambda/catalog/AmazonBusinessCatalog';
import { CachingCatalog } from '../../../lambda/catalog/cache/CachingCatalog';
import { searchKey } from '../../../lambda/catalog/cache/keys';
import { staleServedMs } from '../../../lambda/catalog/cache/staleness';
import { LEASE_POLL_MS } from '../../../lambda/catalog/cache/CachingCatalog';
import { type CatalogStore, DynamoCatalogStore, MAX_CACHE_ITEM_BYTES } from '../../../lambda/catalog/cache/store';
import { CatalogErrorCodes } from '../../../lambda/catalog/errors';
import { FETCH_BATCH } from '../../../lambda/browsing/answers';
import { marketplaceFor } from '../../../lambda/catalog/regions';
import { IntentNames } from '../../../lambda/constants';
import { Deadline } from '../../../lambda/util/deadline';
import { LWA_TEST_CREDENTIALS } from '../../emulators/lwa/server';
import { PRODUCT_SEARCH_TEST_EMAIL } from '../../emulators/product-search/server';
import { type LocalDynamo, startDynalite } from '../../persistence/dynalite';
import { intentRequest, speechOf } from '../../support/envelopes';
import { until, useFakeClock } from '../../support/fakeClock';
import { conversation, skillWith } from '../helpers';
import { startUpstream, type Upstream } from '../upstream';

const HOUR = 3600_000;
const T0 = Date.UTC(2026, 11, 7, 9);
/** The search the skill makes for "coffee" in en-US. */
const COFFEE = { ...marketplaceFor('en-US'), keywords: 'coffee', pageSize: FETCH_BATCH };

let dynamo: LocalDynamo;
let upstream: Upstream;
let table: string;
let tables = 0;
/** The caches' clock (epoch ms). */
let now = T0;

beforeAll(async () => {
  dynamo = await startDynalite();
  upstream = await startUpstream();
});

afterAll(async () => {
  await upstream.close();
  await dynamo.close();
});

beforeEach(async () => {
  // A cold cache for every test.
  table = `catalog-cache-${++tables}`;
  await dynamo.createTable(table);
  now = T0;
  upstream.api.setFaults({});
  upstream.api.resetRequests();
  useFakeClock(T0);
});

afterEach(() => {
  jest.useRealTimers();
});

/** A container's own Amazon Business client. */
function client(options: Partial<AmazonBusinessCatalogOptions> = {}): AmazonBusinessCatalog {
  return new AmazonBusinessCatalog({
    endpoint: upstream.api.url,
    tokenEndpoint: upstream.lwa.tokenUrl,
    credentials: async () => ({ ...LWA_TEST_CREDENTIALS, userEmail: PRODUCT_SEARCH_TEST_EMAIL }),
    // One attempt: a failure is the cache's to handle, at once.
    retry: { maxAttempts: 1 },
    ...options,
  });
}

/** One container: its own Amazon Business client, LRU and in-flight map, the shared table. */
function container(store: CatalogStore = new DynamoCatalogStore({ tableName: table, endpoint: dynamo.endpoint })): CachingCatalog {
  return new CachingCatalog(client(), { store, now: () => now });
}

/** The shared table, telling whether a call to it is running. */
function watchedStore(): CatalogStore & { busy(): boolean } {
  const store = new DynamoCatalogStore({ tableName: table, endpoint: dynamo.endpoint });
  let running = 0;
  const watch = <T>(call: Promise<T>): Promise<T> => {
    running += 1;
    return call.finally(() => {
      running -= 1;
    });
  };
  return {
    get: (...args) => watch(store.get(...args)),
    put: (...args) => watch(store.put(...args)),
    lease: (...args) => watch(store.lease(...args)),
    release: (...args) => watch(store.release(...args)),
    busy: () => running > 0,
  };
}

const calls = (operation?: string) => upstream.api.requests().filter((r) => operation === undefined || r.operation === operation).length;

describe('the catalog cache shared through DynamoDB', () => {
  it("answers one container's search to another from DynamoDB, and the details of its products with no call", async () => {
    const first = conversation(skillWith(container()));
    const second = conversation(skillWith(container()));
    const heardFirst = speechOf(await first(intentRequest(IntentNames.SearchProducts, { query: 'coffee' })));
    expect(heardFirst).toMatch(/^I found 23 results for coffee\./);
    expect(calls()).toBe(1);

    const heardSecond = speechOf(await second(intentRequest(IntentNames.SearchProducts, { query: 'Coffee' })));
    expect(heardSecond).toBe(heardFirst.replace('for coffee', 'for Coffee'));
    const details = speechOf(await second(intentRequest(IntentNames.ProductDetails, { ordinal: '2' })));
    expect(details).toMatch(/Lavazza/);
    // The second container made no call: the page and its products came from the table.
    expect(calls()).toBe(1);
  });

  it('coalesces concurrent turns in one container, and two cold containers into one call', async () => {
    const shared = watchedStore();
    const a = container(shared);
    const b = container(shared);
    let settled = 0;
    const turns = [a.searchProducts(COFFEE), a.searchProducts(COFFEE), a.searchProducts(COFFEE), b.searchProducts(COFFEE), b.searchProducts(COFFEE)].map((turn) =>
      turn.finally(() => {
        settled += 1;
      }),
    );
    const allSettled = () => settled === turns.length;
    // The lease holder's turns answer on real I/O alone (its write is waited for in full on the
    // fake clock); the other container waits, looking at the table every LEASE_POLL_MS. The
    // clock moves one poll at a time, and only while no table call is running.
    await until(() => settled >= 2, "the lease holder's answer");
    while (!allSettled()) {
      await until(() => allSettled() || !shared.busy(), 'the table calls');
      if (!allSettled()) await jest.advanceTimersByTimeAsync(LEASE_POLL_MS);
    }
    const answers = await Promise.all(turns);
    expect(new Set(answers.map((r) => JSON.stringify(r))).size).toBe(1);
    // One container took the refresh lease and called; the other waited for its answer in the table.
    expect(calls('searchProducts')).toBe(1);
  });

  it('re-prices what it does not hold fresh in one getProductsByAsins call', async () => {
    const a = container();
    const page = await a.searchProducts(COFFEE);
    const seeded = page.products.slice(0, 3).map((p) => p.asin);
    const [other] = (await upstream.api.catalog.searchProducts({ ...marketplaceFor('en-US'), keywords: 'batteries' })).products;
    if (other === undefined) throw new Error('the emulator has no batteries');
    upstream.api.resetRequests();

    const answer = await container().getProductsByAsins({ ...marketplaceFor('en-US'), asins: [...seeded, other.asin] });
    expect(answer.products.map((p) => p.asin)).toEqual([...seeded, other.asin]);
    expect(upstream.api.requests().map((r) => [r.operation, (r.body as { productIds: string[] }).productIds])).toEqual([['getProductsByAsins', [other.asin]]]);
  });

  it('answers from the stale entry when the API fails, and tells the customer when it is hours old', async () => {
    await container().searchProducts(COFFEE);
    now = T0 + 4 * HOUR;
    upstream.api.setFaults({ forceStatus: { status: 500, code: 'SERVICE_ERROR' } });
    upstream.api.resetRequests();

    const answer = speechOf(await skillWith(container())(intentRequest(IntentNames.SearchProducts, { query: 'coffee' })));
    expect(answer).toMatch(/^I couldn't reach Amazon Business just now, so this is from my last look about 4 hours ago; prices may have changed\. I found 23 results for coffee\./);
    // It did try: the entry was stale, so this container took the lease and called.
    expect(calls('searchProducts')).toBe(1);
  });

  it('serves a stale entry without a word when it is not old enough to matter, and refreshes it once', async () => {
    const fetched = await container().searchProducts(COFFEE);
    now = T0 + HOUR + 60_000;
    upstream.api.setFaults({ forceStatus: { status: 429, code: 'REQUEST_RATE_LIMIT_EXCEEDED' } });
    const deadline = Deadline.after(5500);
    const stale = await container().searchProducts(COFFEE, { deadline });
    expect(stale).toEqual(fetched);
    expect(staleServedMs(deadline)).toBeUndefined();

    upstream.api.setFaults({});
    upstream.api.resetRequests();
    const b = container();
    await b.searchProducts(COFFEE);
    await b.searchProducts(COFFEE);
    expect(calls('searchProducts')).toBe(1);
  });

  it('answers from stale within the budget when the API hangs (fake clock)', async () => {
    const fetched = await container().searchProducts(COFFEE);
    now = T0 + 2 * HOUR;
    upstream.api.setFaults({ hang: true });
    upstream.api.resetRequests();
    const b = container();
    useFakeClock(now);
    try {
      const deadline = Deadline.after(5500);
      let answered = false;
      const answer = b.searchProducts(COFFEE, { deadline }).then((r) => {
        answered = true;
        return r;
      });
      await until(() => calls('searchProducts') === 1, 'the refresh to reach the API');
      // The refresh gets at most 2.5 s of the turn: the stale page is there to fall back on.
      await jest.advanceTimersByTimeAsync(2400);
      expect(answered).toBe(false);
      await jest.advanceTimersByTimeAsync(200);
      await until(() => answered, 'the stale answer');
      expect(await answer).toEqual(fetched);
      expect(deadline.remainingMs()).toBeGreaterThan(2500);
    } finally {
      jest.useRealTimers();
    }
  });

  it('treats an item past its expiresAt as absent, though dynalite still holds it', async () => {
    await container().searchProducts(COFFEE);
    // Fresh for an hour, kept a day more for outages; then the TTL attribute has passed.
    now = T0 + 25 * HOUR + 1000;
    const raw = await dynamo.client.send(new GetItemCommand({ TableName: table, Key: { id: { S: searchKey(COFFEE) } } }));
    expect(Number(raw.Item?.['expiresAt']?.N) * 1000).toBeLessThanOrEqual(now);

    upstream.api.setFaults({ forceStatus: { status: 500, code: 'SERVICE_ERROR' } });
    await expect(container().searchProducts(COFFEE)).rejects.toMatchObject({ code: CatalogErrorCodes.Unavailable });
    upstream.api.setFaults({});
    upstream.api.resetRequests();
    await container().searchProducts(COFFEE);
    expect(calls('searchProducts')).toBe(1);
  });

  it('without a table (CATALOG_CACHE=memory) still serves its own stale answer when the API fails', async () => {
    const alone = new CachingCatalog(client(), { now: () => now });
    const fetched = await alone.searchProducts(COFFEE);
    now = T0 + 2 * HOUR;
    upstream.api.setFaults({ forceStatus: { status: 503, code: 'SERVICE_ERROR' } });
    upstream.api.resetRequests();
    expect(await alone.searchProducts(COFFEE, { deadline: Deadline.after(5500) })).toEqual(fetched);
    // It tried the API first.
    expect(calls('searchProducts')).toBe(1);
    await expect(new CachingCatalog(client(), { now: () => now }).searchProducts(COFFEE)).rejects.toMatchObject({ code: CatalogErrorCodes.Unavailable });
  });

  it('keeps an answer too large for a DynamoDB item out of the table', async () => {
    const store = new DynamoCatalogStore({ tableName: table, endpoint: dynamo.endpoint });
    const body = JSON.stringify({ products: [], padding: 'x'.repeat(MAX_CACHE_ITEM_BYTES) });
    const written = await store.put({ key: 'catalog#search#US#en-US#big', body, fetchedAt: now, freshUntil: now + HOUR, expiresAt: now + 2 * HOUR }, new AbortController().signal);
    expect(written).toBe(false);
    expect(await store.get('catalog#search#US#en-US#big', now, new AbortController().signal)).toBeUndefined();
  });
});
