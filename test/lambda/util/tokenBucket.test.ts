/** The client-side usage plan: a token bucket per operation, on fake timers (no wall clock). */
import { Deadline } from '../../../lambda/util/deadline';
import { Lru } from '../../../lambda/util/lru';
import { RateLimiter, TokenBucket } from '../../../lambda/util/tokenBucket';

beforeEach(() => {
  jest.useFakeTimers({ now: Date.UTC(2026, 11, 7, 9) });
});

afterEach(() => {
  jest.useRealTimers();
});

/** A turn's deadline on the faked clock. */
const turn = (ms: number) => Deadline.after(ms, () => Date.now());

describe('TokenBucket', () => {
  it('lets a burst through at once, then one call per interval', async () => {
    const bucket = new TokenBucket({ ratePerSecond: 0.5, burst: 3 });
    const deadline = turn(10_000);
    for (let i = 0; i < 3; i++) expect(await bucket.take(deadline)).toBe(true);
    expect(bucket.waitMs()).toBe(2000);
    let taken: boolean | undefined;
    void bucket.take(deadline).then((ok) => {
      taken = ok;
    });
    await jest.advanceTimersByTimeAsync(1999);
    expect(taken).toBeUndefined();
    await jest.advanceTimersByTimeAsync(1);
    expect(taken).toBe(true);
  });

  it('queues waiting callers one interval apart, first come first served', async () => {
    const bucket = new TokenBucket({ ratePerSecond: 2, burst: 1 });
    const deadline = turn(10_000);
    await bucket.take(deadline);
    const order: number[] = [];
    const waits = [1, 2, 3].map((n) => bucket.take(deadline).then(() => order.push(n)));
    await jest.advanceTimersByTimeAsync(500);
    expect(order).toEqual([1]);
    await jest.advanceTimersByTimeAsync(500);
    expect(order).toEqual([1, 2]);
    await jest.advanceTimersByTimeAsync(500);
    await Promise.all(waits);
    expect(order).toEqual([1, 2, 3]);
  });

  it('refuses at once when the wait and the reserve would not fit in the deadline, and takes nothing', async () => {
    const bucket = new TokenBucket({ ratePerSecond: 0.5, burst: 1 });
    await bucket.take(turn(10_000));
    expect(await bucket.take(turn(2100), 150)).toBe(false);
    expect(bucket.waitMs()).toBe(2000);
    const taking = bucket.take(turn(2200), 150);
    await jest.advanceTimersByTimeAsync(2000);
    expect(await taking).toBe(true);
  });

  it('gives the token back when the deadline passes during the wait', async () => {
    const bucket = new TokenBucket({ ratePerSecond: 1, burst: 1 });
    await bucket.take(turn(10_000));
    // The turn's own clock, moved by hand: the deadline passes while the caller waits.
    let turnClock = 0;
    const deadline = Deadline.after(3000, () => turnClock);
    const waiting = bucket.take(deadline);
    turnClock = 5000;
    await jest.advanceTimersByTimeAsync(1000);
    expect(await waiting).toBe(false);
    // Without the token given back, the next one would be a second away.
    expect(bucket.waitMs()).toBe(0);
  });

  it('adopts the rate the API announces (x-amzn-RateLimit-Limit)', async () => {
    const bucket = new TokenBucket({ ratePerSecond: 0.5, burst: 1 });
    await bucket.take(turn(10_000));
    expect(bucket.waitMs()).toBe(2000);
    bucket.setRate(10);
    expect(bucket.ratePerSecond).toBe(10);
    expect(bucket.waitMs()).toBe(100);
    bucket.setRate(Number.NaN);
    expect(bucket.ratePerSecond).toBe(10);
  });

  it('never holds more than the burst after a quiet spell', async () => {
    const bucket = new TokenBucket({ ratePerSecond: 1, burst: 2 });
    jest.advanceTimersByTime(60_000);
    const deadline = turn(10_000);
    expect(await bucket.take(deadline)).toBe(true);
    expect(await bucket.take(deadline)).toBe(true);
    expect(bucket.waitMs()).toBe(1000);
  });
});

describe('RateLimiter', () => {
  it('keeps one bucket per operation, as the usage plans are per operation', async () => {
    const limiter = new RateLimiter({ ratePerSecond: 0.5, burst: 1 });
    const deadline = turn(10_000);
    expect(await limiter.bucket('searchProducts').take(deadline)).toBe(true);
    expect(limiter.bucket('searchProducts').waitMs()).toBe(2000);
    expect(limiter.bucket('getProduct').waitMs()).toBe(0);
  });
});

describe('Lru', () => {
  it('drops the least recently used entry past its capacity', () => {
    const lru = new Lru<number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.get('c')).toBe(3);
    expect(lru.size).toBe(2);
  });
});
