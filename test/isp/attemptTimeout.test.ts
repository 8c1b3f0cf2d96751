/** An ISP sync attempt that never answers is abandoned at attemptTimeoutMs (fake timers), by the one retry policy's per-attempt timeout. */
import { AttemptTimeoutError, retry } from '../../lambda/util/retry';

afterEach(() => {
  jest.useRealTimers();
});

it('abandons a silent attempt at its timeout and reports it', async () => {
  jest.useFakeTimers();
  const policy = { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 };
  const outcome = retry(() => new Promise<never>(() => undefined), { policy, attemptTimeoutMs: 30_000 }).catch((err: unknown) => err);
  await jest.advanceTimersByTimeAsync(29_999);
  let settled = false;
  void outcome.then(() => {
    settled = true;
  });
  await Promise.resolve();
  expect(settled).toBe(false);
  await jest.advanceTimersByTimeAsync(1);
  expect(await outcome).toBeInstanceOf(AttemptTimeoutError);
});
