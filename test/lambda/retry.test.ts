/**
 * The one backoff rule (lambda/util/retry.ts) and its two users: the Product Search client
 * (AmazonBusinessCatalog) and the SMAPI client of the ISP sync (infra/isp/). Time is virtual:
 * the SMAPI loop runs on a recording clock, and the catalog's waits are zero.
 */
import { DEFAULT_SMAPI_RETRY_POLICY, RetriesExhausted, type RetryClock, withRetry } from '../../infra/isp/retry';
import { classify } from '../../infra/isp/smapi';
import { CatalogUnavailableError } from '../../lambda/catalog/errors';
import { backoffDelayMs, parseRateLimit, parseRetryAfterMs, RETRYABLE_STATUSES } from '../../lambda/util/retry';
import { startUpstream } from '../catalog/upstream';

const POLICY = { maxAttempts: 6, baseDelayMs: 100, maxDelayMs: 1000 };

/** A clock whose sleeps only advance its own time and are recorded. */
function virtualClock(random = 0.999): RetryClock & { readonly slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    random: () => random,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

const httpError = (statusCode: number): Error => Object.assign(new Error(`HTTP ${statusCode}`), { statusCode });

describe('full-jitter backoff', () => {
  it('numbers retries from 1: the first retry waits below baseDelayMs, each next one below twice as much, up to maxDelayMs', () => {
    // Act
    const ceilings = [1, 2, 3, 4, 5, 6].map((retry) => backoffDelayMs(retry, POLICY, 0.999));
    // Assess
    expect(ceilings).toEqual([99, 199, 399, 799, 999, 999]);
    expect([1, 4].map((retry) => backoffDelayMs(retry, POLICY, 0))).toEqual([0, 0]);
  });

  it('never waits less than the announced rate limit or Retry-After allows', () => {
    // Act / Assess
    expect(backoffDelayMs(1, POLICY, 0, { rateLimitPerSecond: 5 })).toBe(200);
    expect(backoffDelayMs(1, POLICY, 0, { retryAfterMs: 3000 })).toBe(3000);
    expect(backoffDelayMs(4, POLICY, 0.5, { rateLimitPerSecond: 0, retryAfterMs: 10 })).toBe(400);
  });

  it('reads the pacing headers and retries 429, 500, 502, 503 and 504 only', () => {
    // Act / Assess
    expect([parseRateLimit('0.5'), parseRateLimit('0'), parseRateLimit(null)]).toEqual([0.5, undefined, undefined]);
    expect([parseRetryAfterMs('2'), parseRetryAfterMs('-1'), parseRetryAfterMs(undefined)]).toEqual([2000, undefined, undefined]);
    expect([400, 401, 403, 404, 409, 429, 500, 501, 502, 503, 504].filter((status) => RETRYABLE_STATUSES.has(status))).toEqual([429, 500, 502, 503, 504]);
  });
});

describe('the SMAPI retry loop', () => {
  it.each([502, 504])('retries a %i with growing full-jitter waits until the attempts run out', async (status) => {
    // Prepare
    const clock = virtualClock();
    let calls = 0;
    const attempt = async (): Promise<string> => {
      calls += 1;
      throw httpError(status);
    };
    // Act
    const run = withRetry(attempt, { ...DEFAULT_SMAPI_RETRY_POLICY, ...POLICY }, clock, { classify });
    // Assess
    await expect(run).rejects.toBeInstanceOf(RetriesExhausted);
    await expect(run).rejects.toMatchObject({ attempts: 6, lastError: { statusCode: status } });
    expect(calls).toBe(6);
    expect(clock.slept).toEqual([99, 199, 399, 799, 999]);
  });

  it('caps a Retry-After at maxDelayMs and stops a non-retryable status at once', async () => {
    // Prepare
    const clock = virtualClock(0);
    const throttled = Object.assign(httpError(429), { headers: [{ key: 'Retry-After', value: '30' }] });
    let calls = 0;
    const attempt = async (): Promise<string> => {
      calls += 1;
      if (calls === 1) throw throttled;
      if (calls === 2) return 'ok';
      throw httpError(400);
    };
    // Act
    const first = await withRetry(attempt, { ...DEFAULT_SMAPI_RETRY_POLICY, ...POLICY }, clock, { classify });
    const second = withRetry(attempt, { ...DEFAULT_SMAPI_RETRY_POLICY, ...POLICY }, clock, { classify });
    // Assess
    expect(first).toEqual({ value: 'ok', attempts: 2 });
    expect(clock.slept).toEqual([1000]);
    await expect(second).rejects.toMatchObject({ attempts: 1, lastError: { statusCode: 400 } });
    expect(calls).toBe(3);
  });
});

describe('the Product Search client', () => {
  it.each([502, 504])('retries a %i, which it reports as transient, until its attempts run out', async (status) => {
    // Prepare: no jitter and a rate limit so high that every wait is zero.
    const upstream = await startUpstream({
      api: { rateLimit: 1_000_000, faults: { forceStatus: { status, code: 'SERVICE_ERROR' } } },
      client: { retry: { baseDelayMs: 0, maxDelayMs: 0, maxAttempts: 3 } },
    });
    try {
      // Act
      const search = upstream.catalog.searchProducts({ productRegion: 'US', locale: 'en_US', keywords: 'coffee' });
      // Assess
      await expect(search).rejects.toBeInstanceOf(CatalogUnavailableError);
      expect(upstream.api.requests().map((request) => request.status)).toEqual([status, status, status]);
    } finally {
      await upstream.close();
    }
  });
});
