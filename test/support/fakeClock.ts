/**
 * Fake timers for deadline, backoff and TTL tests that still talk real HTTP to an emulator:
 * `setTimeout`, `Date`, `performance.now` and `process.hrtime` are faked (the turn's deadline, the retry waits,
 * token lifetimes and the emulators' own delays all run on the one fake clock), while
 * `setImmediate` and `process.nextTick` stay real so sockets keep moving. The clock only
 * moves when a test says so: no assertion depends on how busy the machine is.
 */

// The real clock, taken before any test fakes it: the one real-time bound (how long to wait
// for I/O at most) must not stand still.
const performanceNowReal = performance.now.bind(performance);

export function useFakeClock(now: number = Date.UTC(2026, 10, 22, 12)): void {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'], now });
}

/**
 * Lets real I/O run, without moving the fake clock, until `condition` holds (a request has
 * reached an emulator, a socket has closed). Fails the test after `realMs` of real time.
 */
export async function until(condition: () => boolean, what: string, realMs = 10_000): Promise<void> {
  const giveUpAt = performanceNowReal() + realMs;
  while (!condition()) {
    if (performanceNowReal() > giveUpAt) throw new Error(`still waiting for ${what} after ${realMs} ms`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Runs `work` on the fake clock: lets its I/O settle (`until` its emulator has the request,
 * told by `ready`), then moves the clock `ms` and waits for the result.
 */
export async function settleAfter<T>(work: Promise<T>, ready: () => boolean, what: string, ms: number): Promise<T> {
  await until(ready, what);
  await jest.advanceTimersByTimeAsync(ms);
  return work;
}
