/** An ISP sync attempt that never answers is abandoned at attemptTimeoutMs (fake timers), through the one deadline helper. */
import { AttemptTimeoutError, RetriesExhausted, withRetry } from '../../infra/isp/retry';

afterEach(() => {
  jest.useRealTimers();
});

it('abandons a silent attempt at its timeout and reports it', async () => {
  jest.useFakeTimers();
  const policy = { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1, maxElapsedMs: 60_000, attemptTimeoutMs: 30_000 };
  const clock = { now: () => Date.now(), sleep: () => Promise.resolve(), random: () => 0 };
  const outcome = withRetry(() => new Promise<never>(() => undefined), policy, clock, { classify: () => ({ retryable: true }) }).catch((err: unknown) => err);
  await jest.advanceTimersByTimeAsync(29_999);
  let settled = false;
  void outcome.then(() => {
    settled = true;
  });
  await Promise.resolve();
  expect(settled).toBe(false);
  await jest.advanceTimersByTimeAsync(1);
  const error = await outcome;
  expect(error).toBeInstanceOf(RetriesExhausted);
  expect((error as RetriesExhausted).lastError).toBeInstanceOf(AttemptTimeoutError);
});
