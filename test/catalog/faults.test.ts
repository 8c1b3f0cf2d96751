/**
 * The search turn under upstream faults, through the real skill, the real
 * AmazonBusinessCatalog and the emulators over HTTP.
 */
import { CatalogErrorCodes } from '../../lambda/catalog/errors';
import { startAlexaApiEmulator } from '../emulators/alexa-api/server';
import { intentRequest, speechOf } from '../support/envelopes';
import { captureLogs } from '../support/logs';
import { skillWith } from './helpers';
import { startUpstream } from './upstream';
import { until, useFakeClock } from '../support/fakeClock';

const US = { productRegion: 'US', locale: 'en_US' } as const;

describe('the search intent under upstream faults', () => {
  it('still answers correctly when 30% of upstream calls fail with 429, 500 or 503', async () => {
    // A generous announced rate limit (1 ms between calls): this test counts answers and
    // retries; how long the client waits is the rate-limit test's subject, on a fake clock.
    const upstream = await startUpstream({ api: { rateLimit: 1000, faults: { errorShare: 0.3, seed: 7 } }, client: { retry: { baseDelayMs: 1, maxDelayMs: 1 } } });
    const logs = captureLogs();
    try {
      const invoke = skillWith(upstream.catalog);
      for (let i = 0; i < 20; i++) {
        const answer = await invoke(intentRequest('SearchProductsIntent', { query: 'coffee' }));
        expect(speechOf(answer)).toMatch(/^I found 23 results for coffee\. Here are the first three: 1, /);
      }
      const injected = (upstream.api.injected['429'] ?? 0) + (upstream.api.injected['500'] ?? 0) + (upstream.api.injected['503'] ?? 0);
      expect(injected).toBeGreaterThanOrEqual(3);
      expect(logs.events().filter((e) => e === 'catalog_call_failed')).toHaveLength(injected);
    } finally {
      logs.restore();
      await upstream.close();
    }
  });

  it('answers honestly at the turn deadline when the upstream hangs', async () => {
    const upstream = await startUpstream({ api: { faults: { hang: true } } });
    const logs = captureLogs();
    useFakeClock();
    try {
      const turn = skillWith(upstream.catalog, { budgets: { turnMs: 800, launchMs: 400 } })(intentRequest('SearchProductsIntent', { query: 'batteries' }));
      // Nothing answers before the clock reaches the turn's deadline; then the skill does.
      await until(() => upstream.api.requests().length === 1, 'the search to reach the API');
      await jest.advanceTimersByTimeAsync(799);
      expect(logs.events()).not.toContain('catalog_deadline_exceeded');
      await jest.advanceTimersByTimeAsync(1);
      const answer = await turn;
      expect(speechOf(answer)).toBe(
        'Sorry, Amazon Business is taking too long to answer. Please try again in a moment. You can try again, or search for something else. What would you like to do?',
      );
      expect(answer.response.shouldEndSession).toBe(false);
      // The catalog gave up because the turn's deadline passed, not a budget of its own.
      expect(logs.events()).toContain('catalog_deadline_exceeded');
    } finally {
      jest.useRealTimers();
      logs.restore();
      await upstream.close();
    }
  });

  it("answers before Lambda's own timeout when the function has less time than the budget", async () => {
    const upstream = await startUpstream({ api: { faults: { hang: true } } });
    const logs = captureLogs();
    useFakeClock();
    try {
      // The default 5.5 s budget, in an invocation Lambda ends 1.3 s from now: 0.8 s, less the margin.
      const lambdaContext = { getRemainingTimeInMillis: () => 1300 };
      const turn = skillWith(upstream.catalog)(intentRequest('SearchProductsIntent', { query: 'batteries' }), lambdaContext);
      await until(() => upstream.api.requests().length === 1, 'the search to reach the API');
      await jest.advanceTimersByTimeAsync(799);
      expect(logs.events()).not.toContain('catalog_deadline_exceeded');
      await jest.advanceTimersByTimeAsync(1);
      const answer = await turn;
      expect(speechOf(answer)).toMatch(/^Sorry, Amazon Business is taking too long to answer\./);
      expect(logs.events()).toContain('catalog_deadline_exceeded');
    } finally {
      jest.useRealTimers();
      logs.restore();
      await upstream.close();
    }
  });

  it('reports a 401 once and does not retry it', async () => {
    const upstream = await startUpstream({ api: { faults: { forceStatus: { status: 401, code: 'UNAUTHORIZED' } } } });
    const logs = captureLogs();
    try {
      const answer = await skillWith(upstream.catalog)(intentRequest('SearchProductsIntent', { query: 'batteries' }));
      expect(speechOf(answer)).toMatch(/can't reach its Amazon Business account/);
      expect(upstream.api.requests()).toHaveLength(1);
      expect(logs.events().filter((e) => e === 'catalog_auth_failed')).toHaveLength(1);
      expect(logs.lines.map((l) => l.line).join('\n')).not.toMatch(/Atza\|catalog-tests/);
    } finally {
      logs.restore();
      await upstream.close();
    }
  });

  it('sends a progressive response only when the upstream is slow', async () => {
    const upstream = await startUpstream({ api: { faults: { delayMs: 700 } } });
    const alexa = await startAlexaApiEmulator();
    useFakeClock();
    try {
      const invoke = skillWith(upstream.catalog);
      const turn = invoke(intentRequest('SearchProductsIntent', { query: 'batteries' }, { apiEndpoint: alexa.url }));
      await until(() => upstream.api.requests().length === 1, 'the search to reach the API');
      await jest.advanceTimersByTimeAsync(299);
      expect(alexa.directives.received()).toEqual([]);
      await jest.advanceTimersByTimeAsync(1);
      await until(() => alexa.directives.received().length === 1, 'the progressive response');
      expect(alexa.directives.received()).toEqual([
        { header: { requestId: expect.any(String) }, directive: { type: 'VoicePlayer.Speak', speech: '<speak>Looking for batteries.</speak>' } },
      ]);
      await jest.advanceTimersByTimeAsync(400);
      expect(speechOf(await turn)).toMatch(/^I found 28 results for batteries/);
      // An upstream that answers at once: the clock never reaches the progressive response.
      upstream.api.setFaults({});
      await invoke(intentRequest('SearchProductsIntent', { query: 'coffee' }, { apiEndpoint: alexa.url }));
      expect(alexa.directives.received()).toHaveLength(1);
    } finally {
      jest.useRealTimers();
      await alexa.close();
      await upstream.close();
    }
  });

  it('does not wait for a directive service that is down', async () => {
    const upstream = await startUpstream({ api: { faults: { delayMs: 500 } } });
    const logs = captureLogs();
    useFakeClock();
    try {
      // The default envelope points at a closed port: the progressive response fails fast.
      const turn = skillWith(upstream.catalog)(intentRequest('SearchProductsIntent', { query: 'batteries' }));
      await until(() => upstream.api.requests().length === 1, 'the search to reach the API');
      await jest.advanceTimersByTimeAsync(300);
      await until(() => logs.events().includes('progressive_response_failed'), 'the progressive response to fail');
      // The search goes on to its own answer, on time.
      await jest.advanceTimersByTimeAsync(200);
      expect(speechOf(await turn)).toMatch(/^I found 28 results/);
    } finally {
      jest.useRealTimers();
      logs.restore();
      await upstream.close();
    }
  });
});

describe('AmazonBusinessCatalog over HTTP', () => {
  it('sends the reference headers and shares one LWA token between concurrent calls', async () => {
    const upstream = await startUpstream();
    try {
      await Promise.all(['coffee', 'batteries', 'notebook', 'sunscreen'].map((keywords) => upstream.catalog.searchProducts({ ...US, keywords })));
      await upstream.catalog.getProduct({ ...US, asin: upstream.api.catalog.asinsIn('US')[0] ?? '' });
      expect(upstream.lwa.exchanges()).toBe(1);
      const [first] = upstream.api.requests();
      expect(first?.headers).toEqual({
        'x-amz-access-token': 'Atza|catalog-tests-access-1',
        'x-amz-user-email': 'buyer@example.com',
        'x-amz-date': expect.stringMatching(/^\d{8}T\d{6}Z$/),
        'user-agent': expect.stringContaining('VoiceShoppingSkill'),
      });
      expect(first?.query).toMatchObject({ productRegion: 'US', locale: 'en_US', facets: 'OFFERS,IMAGES' });
    } finally {
      await upstream.close();
    }
  });

  it('exchanges a new token once the cached one is about to expire', async () => {
    // 30 s tokens are inside the refresh margin: every call needs a fresh one.
    const upstream = await startUpstream({ lwa: { lifetimeSeconds: 30 } });
    try {
      await upstream.catalog.searchProducts({ ...US, keywords: 'coffee' });
      await upstream.catalog.searchProducts({ ...US, keywords: 'coffee' });
      expect(upstream.lwa.exchanges()).toBe(2);
    } finally {
      await upstream.close();
    }
  });

  it('keeps its token until a minute before it expires, then exchanges a new one (fake clock)', async () => {
    const upstream = await startUpstream({ lwa: { lifetimeSeconds: 3600 } });
    useFakeClock();
    try {
      await upstream.catalog.searchProducts({ ...US, keywords: 'coffee' });
      jest.setSystemTime(Date.now() + (3600 - 61) * 1000);
      await upstream.catalog.searchProducts({ ...US, keywords: 'coffee' });
      expect(upstream.lwa.exchanges()).toBe(1);
      jest.setSystemTime(Date.now() + 2000);
      await upstream.catalog.searchProducts({ ...US, keywords: 'coffee' });
      expect(upstream.lwa.exchanges()).toBe(2);
    } finally {
      jest.useRealTimers();
      await upstream.close();
    }
  });

  it('splits more than 30 ASINs into concurrent calls of at most 30', async () => {
    const upstream = await startUpstream();
    try {
      const asins = upstream.api.catalog.asinsIn('US').slice(0, 65);
      const result = await upstream.catalog.getProductsByAsins({ ...US, asins });
      expect(result.products.map((p) => p.asin)).toEqual(asins);
      const calls = upstream.api.requests().filter((r) => r.operation === 'getProductsByAsins');
      expect(calls.map((c) => (c.body as { productIds: string[] }).productIds.length)).toEqual(expect.arrayContaining([30, 30, 5]));
    } finally {
      await upstream.close();
    }
  });

  it('turns a malformed body into a typed error, not a crash', async () => {
    const upstream = await startUpstream({ api: { faults: { malformedShare: 1 } } });
    try {
      await expect(upstream.catalog.searchProducts({ ...US, keywords: 'coffee' })).rejects.toMatchObject({ code: CatalogErrorCodes.BadResponse });
    } finally {
      await upstream.close();
    }
  });

  it('gives up on 503 after its attempts and honours the announced rate limit between them (fake clock)', async () => {
    const upstream = await startUpstream({
      api: { rateLimit: 5, faults: { forceStatus: { status: 503, code: 'SERVICE_ERROR' } } },
      client: { retry: { baseDelayMs: 1, maxDelayMs: 1, maxAttempts: 3 } },
    });
    const logs = captureLogs();
    useFakeClock();
    try {
      const call = upstream.catalog.searchProducts({ ...US, keywords: 'coffee' }).catch((err: unknown) => err);
      // Each retry waits 1000 / 5 = 200 ms on the clock, though the jittered backoff alone is ~1 ms.
      for (const attempt of [2, 3]) {
        await until(() => upstream.api.requests().length === attempt - 1, `attempt ${attempt - 1}`);
        await jest.advanceTimersByTimeAsync(199);
        expect(upstream.api.requests()).toHaveLength(attempt - 1);
        await jest.advanceTimersByTimeAsync(1);
        await until(() => upstream.api.requests().length === attempt, `attempt ${attempt}`);
      }
      expect(await call).toMatchObject({ code: CatalogErrorCodes.Unavailable });
      expect(upstream.api.requests()).toHaveLength(3);
      // The client says so in its log: the waits it chose, none after the last attempt.
      const waits = logs.lines.filter((l) => l.record.event === 'catalog_call_failed').map((l) => l.record.retryInMs);
      expect(waits).toEqual([200, 200, undefined]);
    } finally {
      jest.useRealTimers();
      logs.restore();
      await upstream.close();
    }
  });

  it('does not retry a 400 and reports its error code', async () => {
    const upstream = await startUpstream();
    try {
      await expect(upstream.catalog.searchProducts({ ...US, keywords: 'coffee', pageSize: 99 })).rejects.toMatchObject({
        apiCode: 'INVALID_REQUEST_PARAMETER',
        status: 400,
      });
      expect(upstream.api.requests()).toHaveLength(1);
    } finally {
      await upstream.close();
    }
  });

  it('treats refused LWA credentials as an auth error without calling the API', async () => {
    const upstream = await startUpstream({ client: { credentials: async () => ({ clientId: 'x', clientSecret: 'y', refreshToken: 'z', userEmail: 'buyer@example.com' }) } });
    try {
      await expect(upstream.catalog.searchProducts({ ...US, keywords: 'coffee' })).rejects.toMatchObject({ code: CatalogErrorCodes.Auth });
      expect(upstream.api.requests()).toHaveLength(0);
    } finally {
      await upstream.close();
    }
  });
});

describe('a marketplace Amazon Business refuses', () => {
  it.each([
    ['de-DE', 'DE', 'Entschuldige, Amazon Business sucht für diesen Skill in deinem Land noch keine Produkte.'],
    ['ja-JP', 'JP', 'すみません、お住まいの国では、このスキルでAmazon Businessの商品検索をまだご利用いただけません。'],
    ['fr-CA', 'CA', 'Désolée, Amazon Business ne recherche pas encore de produits dans votre pays pour ce skill.'],
  ])('is told in %s and logged with the marketplace %s', async (locale, region, sentence) => {
    const upstream = await startUpstream({ api: { servedRegions: ['US'] } });
    const logs = captureLogs();
    try {
      const answer = await skillWith(upstream.catalog)(intentRequest('SearchProductsIntent', { query: 'coffee' }, { locale }));
      expect(speechOf(answer)).toContain(sentence);
      expect(answer.response.shouldEndSession).toBe(false);
      const refused = logs.lines.find((l) => l.record.event === 'catalog_marketplace_refused');
      expect(refused?.record).toMatchObject({ productRegion: region, operation: 'searchProducts' });
      // Refused once: a marketplace the account cannot use is not retried.
      expect(upstream.api.requests()).toHaveLength(1);
    } finally {
      logs.restore();
      await upstream.close();
    }
  });

  it('still serves the marketplaces the account has', async () => {
    const upstream = await startUpstream({ api: { servedRegions: ['US'] } });
    try {
      const answer = await skillWith(upstream.catalog)(intentRequest('SearchProductsIntent', { query: 'coffee' }));
      expect(speechOf(answer)).toMatch(/^I found \d+ results for coffee/);
    } finally {
      await upstream.close();
    }
  });
});
