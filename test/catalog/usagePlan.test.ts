/**
 * The usage plan, on both sides: the Product Search emulator enforces a token bucket per
 * operation as "Rate limits in Amazon Business APIs" describes (429 REQUEST_RATE_LIMIT_EXCEEDED
 * over it, x-amzn-RateLimit-Limit on every answer), and the client's own bucket waits for a
 * token instead of spending calls on 429s (fake clock: the wait is measured on it, not timed).
 */
import { CatalogErrorCodes } from '../../lambda/catalog/errors';
import { marketplaceFor } from '../../lambda/catalog/regions';
import { Deadline } from '../../lambda/util/deadline';
import { LWA_TEST_CREDENTIALS } from '../emulators/lwa/server';
import { PRODUCT_SEARCH_TEST_EMAIL } from '../emulators/product-search/server';
import { until, useFakeClock } from '../support/fakeClock';
import { startUpstream } from './upstream';

const SEARCH = { ...marketplaceFor('en-US'), keywords: 'coffee' };
const PLAN = { ratePerSecond: 0.5, burst: 2 };

describe('the usage plan', () => {
  it('is enforced by the emulator per operation, with the reference error body and the rate on every answer', async () => {
    // A client with no plan of its own to speak of: the emulator's is the one tested.
    const upstream = await startUpstream({ api: { usagePlan: PLAN }, client: { usagePlan: { ratePerSecond: 1000, burst: 1000 }, retry: { maxAttempts: 1 } } });
    try {
      await upstream.catalog.searchProducts(SEARCH);
      await upstream.catalog.searchProducts(SEARCH);
      await expect(upstream.catalog.searchProducts(SEARCH)).rejects.toMatchObject({ code: CatalogErrorCodes.RateLimited });
      // Another operation has its own bucket.
      await upstream.catalog.getProduct({ ...marketplaceFor('en-US'), asin: 'B05K051569' });
      expect(upstream.api.requests().map((r) => [r.operation, r.status])).toEqual([
        ['searchProducts', 200],
        ['searchProducts', 200],
        ['searchProducts', 429],
        ['getProduct', 200],
      ]);

      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: LWA_TEST_CREDENTIALS.refreshToken,
        client_id: LWA_TEST_CREDENTIALS.clientId,
        client_secret: LWA_TEST_CREDENTIALS.clientSecret,
      });
      const { access_token: token } = (await (await fetch(upstream.lwa.tokenUrl, { method: 'POST', body: form })).json()) as { access_token: string };
      const raw = await fetch(`${upstream.api.url}/products/2020-08-26/products?productRegion=US&locale=en_US&keywords=coffee`, {
        headers: { 'x-amz-access-token': token, 'x-amz-user-email': PRODUCT_SEARCH_TEST_EMAIL },
      });
      expect(raw.status).toBe(429);
      expect(raw.headers.get('x-amzn-ratelimit-limit')).toBe('0.5');
      expect(await raw.json()).toEqual({ errors: [{ code: 'REQUEST_RATE_LIMIT_EXCEEDED', message: expect.any(String) }] });
    } finally {
      await upstream.close();
    }
  });

  it('makes the client wait for a token within the deadline instead of drawing a 429', async () => {
    // The client assumes a generous plan until the first answer announces 0.5 a second: without
    // adopting it, the third call would go at once and draw a 429.
    const upstream = await startUpstream({ api: { usagePlan: PLAN }, client: { usagePlan: { ratePerSecond: 100, burst: 2 }, retry: { maxAttempts: 1 } } });
    useFakeClock();
    try {
      const deadline = Deadline.after(5500);
      await upstream.catalog.searchProducts(SEARCH, { deadline });
      await upstream.catalog.searchProducts(SEARCH, { deadline });
      let done = false;
      const third = upstream.catalog.searchProducts(SEARCH, { deadline }).then(() => {
        done = true;
      });
      // Two seconds for the next token at the announced 0.5 a second: nothing is sent before.
      await jest.advanceTimersByTimeAsync(1990);
      expect(upstream.api.requests()).toHaveLength(2);
      await jest.advanceTimersByTimeAsync(20);
      await until(() => done, 'the third search');
      await third;
      expect(upstream.api.requests().map((r) => r.status)).toEqual([200, 200, 200]);
    } finally {
      jest.useRealTimers();
      await upstream.close();
    }
  });

  it('says the plan is spent at once when the next token would come after the turn', async () => {
    const upstream = await startUpstream({ api: { rateLimit: 0.5 }, client: { usagePlan: { ratePerSecond: 0.5, burst: 1 }, retry: { maxAttempts: 1 } } });
    try {
      await upstream.catalog.searchProducts(SEARCH);
      upstream.api.resetRequests();
      // At the announced 0.5 a second the next token is two seconds away: more than this turn has.
      await expect(upstream.catalog.searchProducts(SEARCH, { deadline: Deadline.after(1500) })).rejects.toMatchObject({ code: CatalogErrorCodes.RateLimited });
      expect(upstream.api.requests()).toHaveLength(0);
    } finally {
      await upstream.close();
    }
  });
});
