/**
 * The one retry policy (lambda/util/retry.ts): its backoff, which errors it retries, and the
 * loop's rules on fake timers (attempts, waits, the signal, the time left, per-attempt
 * timeouts); then its users: the SMAPI client's classification of ask-smapi-sdk's errors and
 * the Product Search client against its emulator.
 */
import { classify } from '../../infra/isp/smapi';
import { CatalogErrorCodes } from '../../lambda/catalog/errors';
import { AttemptTimeoutError, backoffDelayMs, isTransient, parseRateLimit, parseRetryAfterMs, RETRYABLE_STATUSES, retry } from '../../lambda/util/retry';
import { startUpstream } from '../catalog/upstream';

const POLICY = { maxAttempts: 6, baseDelayMs: 100, maxDelayMs: 1000 };

const httpError = (statusCode: number): Error => Object.assign(new Error(`HTTP ${statusCode}`), { statusCode });
const withStatus = (status: number, fields: Record<string, unknown> = {}): Error => Object.assign(new Error(`HTTP ${status}`), { status, ...fields });

afterEach(() => {
  jest.useRealTimers();
});

/** An attempt that fails with `failures` in turn, then answers 'ok'; it records the fake clock at each call. */
function scripted(failures: unknown[]): { attempt: () => Promise<string>; calledAt: number[] } {
  const calledAt: number[] = [];
  const start = Date.now();
  return {
    calledAt,
    attempt: async () => {
      calledAt.push(Date.now() - start);
      const next = failures[calledAt.length - 1];
      if (next !== undefined) throw next;
      return 'ok';
    },
  };
}

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

describe('which errors retry', () => {
  it.each([
    ['429 Too Many Requests', withStatus(429), true],
    ['500', withStatus(500), true],
    ['502', withStatus(502), true],
    ['503', withStatus(503), true],
    ['504', withStatus(504), true],
    ['501 Not Implemented', withStatus(501), false],
    ['400', withStatus(400), false],
    ['401', withStatus(401), false],
    ['403', withStatus(403), false],
    ['404', withStatus(404), false],
    ['409', withStatus(409), false],
    ['a 400 that says ProvisionedThroughputExceededException (DynamoDB throttling)', withStatus(400, { type: 'ProvisionedThroughputExceededException' }), true],
    ['a 400 that says ThrottlingException', withStatus(400, { code: 'ThrottlingException' }), true],
    ['a 400 ValidationException', withStatus(400, { type: 'ValidationException' }), false],
    ['an SDK error with statusCode 503', httpError(503), true],
    ['a reset connection (ECONNRESET)', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), true],
    ['a refused connection (ECONNREFUSED)', Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }), true],
    ['an attempt that ran out of its own time', new AttemptTimeoutError(100), true],
    ['an answer its client marks retryable', Object.assign(new Error('empty 200'), { retryable: true }), true],
    ['a 501 even when marked retryable', withStatus(501, { retryable: true }), false],
    ['an abort', new DOMException('aborted', 'AbortError'), false],
    ['a plain error', new TypeError('x is undefined'), false],
    ['a string', 'boom', false],
  ])('%s: %s', (_name, error, expected) => {
    expect(isTransient(error)).toBe(expected);
  });
});

describe('the retry loop (fake timers)', () => {
  it('retries transient failures with growing full-jitter waits until the attempts run out, then throws the last failure', async () => {
    // Prepare
    jest.useFakeTimers();
    const failures = [withStatus(502), withStatus(503), withStatus(500), withStatus(504), withStatus(429), withStatus(502)];
    const { attempt, calledAt } = scripted(failures);
    // Act
    const run = retry(attempt, { policy: POLICY, random: () => 0.999 }).catch((err: unknown) => err);
    await jest.advanceTimersByTimeAsync(10_000);
    // Assess: waits of 99, 199, 399, 799, 999 ms between the six attempts.
    expect(await run).toBe(failures[5]);
    expect(calledAt).toEqual([0, 99, 298, 697, 1496, 2495]);
  });

  it('answers with the first success', async () => {
    jest.useFakeTimers();
    const { attempt, calledAt } = scripted([withStatus(503)]);
    const run = retry(attempt, { policy: POLICY, random: () => 0.5 });
    await jest.advanceTimersByTimeAsync(49);
    expect(calledAt).toEqual([0]);
    await jest.advanceTimersByTimeAsync(1);
    expect(await run).toBe('ok');
    expect(calledAt).toEqual([0, 50]);
  });

  it('throws a failure that is not transient at once, after one attempt', async () => {
    jest.useFakeTimers();
    const notFound = withStatus(404);
    const { attempt, calledAt } = scripted([notFound]);
    await expect(retry(attempt, { policy: POLICY })).rejects.toBe(notFound);
    expect(calledAt).toEqual([0]);
  });

  it('waits at least what Retry-After or the rate limit asks, past maxDelayMs', async () => {
    jest.useFakeTimers();
    const { attempt, calledAt } = scripted([withStatus(429, { retryAfterMs: 3000 }), withStatus(429, { rateLimitPerSecond: 0.5 })]);
    const run = retry(attempt, { policy: POLICY, random: () => 0 });
    await jest.advanceTimersByTimeAsync(5000);
    expect(await run).toBe('ok');
    expect(calledAt).toEqual([0, 3000, 5000]);
  });

  it('cuts a wait short when the signal aborts, rejects with its reason and starts no further attempt', async () => {
    jest.useFakeTimers();
    const controller = new AbortController();
    const reason = new Error('turn deadline');
    const { attempt, calledAt } = scripted([withStatus(503), withStatus(503)]);
    const run = retry(attempt, { policy: { ...POLICY, baseDelayMs: 1000 }, signal: controller.signal, random: () => 0.999 }).catch((err: unknown) => err);
    await jest.advanceTimersByTimeAsync(300);
    controller.abort(reason);
    await jest.advanceTimersByTimeAsync(0);
    expect(await run).toBe(reason);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(calledAt).toEqual([0]);
  });

  it('starts nothing when the signal has already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('late'));
    const { attempt, calledAt } = scripted([]);
    await expect(retry(attempt, { policy: POLICY, signal: controller.signal })).rejects.toThrow('late');
    expect(calledAt).toEqual([]);
  });

  it('does not sleep into the deadline: a retry whose wait and shortest attempt do not fit in the time left is not made', async () => {
    jest.useFakeTimers();
    const first = withStatus(503);
    const { attempt, calledAt } = scripted([first]);
    let left = 500;
    // 499 ms of wait + 150 ms of attempt need 649 ms; 500 are left.
    const run = retry(attempt, { policy: { ...POLICY, baseDelayMs: 500, minAttemptMs: 150 }, remainingMs: () => left, random: () => 0.999 });
    await expect(run).rejects.toBe(first);
    expect(calledAt).toEqual([0]);
    // With room for both, the same failure is retried.
    left = 700;
    const again = scripted([withStatus(503)]);
    const second = retry(again.attempt, { policy: { ...POLICY, baseDelayMs: 500, minAttemptMs: 150 }, remainingMs: () => left, random: () => 0.999 });
    await jest.advanceTimersByTimeAsync(499);
    expect(await second).toBe('ok');
  });

  it('abandons an attempt that ignores its signal at attemptTimeoutMs, aborts that signal, and retries', async () => {
    jest.useFakeTimers();
    const signals: AbortSignal[] = [];
    let calls = 0;
    const attempt = (signal: AbortSignal | undefined): Promise<string> => {
      calls += 1;
      if (signal !== undefined) signals.push(signal);
      return calls === 1 ? new Promise<never>(() => undefined) : Promise.resolve('second');
    };
    const run = retry(attempt, { policy: POLICY, attemptTimeoutMs: 1000, random: () => 0 });
    await jest.advanceTimersByTimeAsync(999);
    expect(calls).toBe(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(await run).toBe('second');
    expect(signals[0]?.aborted).toBe(true);
  });

  it('ends with what recover finds after a wait, before attempting again', async () => {
    jest.useFakeTimers();
    const { attempt, calledAt } = scripted([withStatus(502), withStatus(502)]);
    const run = retry<string>(attempt, { policy: POLICY, random: () => 0, recover: async () => 'found' });
    await jest.advanceTimersByTimeAsync(0);
    expect(await run).toBe('found');
    expect(calledAt).toEqual([0]);
  });

  it('reports each retryable failure with the wait before the next attempt, and none after the last', async () => {
    jest.useFakeTimers();
    const seen: Array<{ attempt: number; retryInMs: number | undefined }> = [];
    const { attempt } = scripted([withStatus(500), withStatus(500)]);
    const run = retry(attempt, { policy: { ...POLICY, maxAttempts: 2 }, random: () => 0.5, onFailure: ({ attempt: n, retryInMs }) => seen.push({ attempt: n, retryInMs }) }).catch(
      (err: unknown) => err,
    );
    await jest.advanceTimersByTimeAsync(100);
    await run;
    expect(seen).toEqual([
      { attempt: 1, retryInMs: 50 },
      { attempt: 2, retryInMs: undefined },
    ]);
  });
});

describe('the SMAPI client’s reading of ask-smapi-sdk errors', () => {
  it('retries what the rule retries and takes Retry-After from the headers of a 429', () => {
    const throttled = Object.assign(httpError(429), { headers: [{ key: 'Retry-After', value: '30' }] });
    expect(classify(throttled)).toEqual({ retryable: true, floor: { retryAfterMs: 30_000 } });
    expect([400, 404, 500, 501, 502, 503, 504].map((status) => classify(httpError(status)).retryable)).toEqual([false, false, true, false, true, true, true]);
    expect(classify(new Error('Call to service failed: socket hang up')).retryable).toBe(true);
    expect(classify(new SyntaxError('Unexpected end of JSON input')).retryable).toBe(true);
    expect(classify(new AttemptTimeoutError(30_000)).retryable).toBe(true);
    expect(classify(new Error('something else')).retryable).toBe(false);
  });
});

describe('the Product Search client', () => {
  it('never retries a 501', async () => {
    const upstream = await startUpstream({
      api: { rateLimit: 1_000_000, faults: { forceStatus: { status: 501, code: 'SERVICE_ERROR' } } },
      client: { retry: { baseDelayMs: 0, maxDelayMs: 0, maxAttempts: 3 } },
    });
    try {
      await expect(upstream.catalog.searchProducts({ productRegion: 'US', locale: 'en_US', keywords: 'coffee' })).rejects.toMatchObject({
        code: CatalogErrorCodes.Unavailable,
        status: 501,
      });
      expect(upstream.api.requests().map((request) => request.status)).toEqual([501]);
    } finally {
      await upstream.close();
    }
  });

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
      await expect(search).rejects.toMatchObject({ code: CatalogErrorCodes.Unavailable });
      expect(upstream.api.requests().map((request) => request.status)).toEqual([status, status, status]);
    } finally {
      await upstream.close();
    }
  });
});
