/** The one promise cache: shared loads, failures forgotten, keys and expiry (fake timers for the TTL). */
import { InFlight, PromiseCache } from '../../../lambda/util/promiseCache';

afterEach(() => {
  jest.useRealTimers();
});

describe('PromiseCache', () => {
  it('shares one load between concurrent and later callers', async () => {
    const cache = new PromiseCache<number>();
    let loads = 0;
    const load = () => Promise.resolve(++loads);
    const [a, b] = await Promise.all([cache.get(load), cache.get(load)]);
    expect([a, b]).toEqual([1, 1]);
    expect(await cache.get(load)).toBe(1);
    expect(loads).toBe(1);
  });

  it('forgets a failed load, so the next call tries again', async () => {
    const cache = new PromiseCache<string>();
    await expect(cache.get(() => Promise.reject(new Error('throttled')))).rejects.toThrow('throttled');
    expect(await cache.get(() => Promise.resolve('second'))).toBe('second');
  });

  it('does not let an old failure evict a newer load', async () => {
    const cache = new PromiseCache<string>();
    let fail: (err: Error) => void = () => undefined;
    const first = cache.get(
      () =>
        new Promise<string>((_, reject) => {
          fail = reject;
        }),
      'a',
    );
    const second = cache.get(() => Promise.resolve('b'), 'b');
    fail(new Error('late'));
    await expect(first).rejects.toThrow('late');
    await second;
    expect(await cache.get(() => Promise.resolve('reloaded'), 'b')).toBe('b');
  });

  it('loads again when the key changes', async () => {
    const cache = new PromiseCache<string>();
    expect(await cache.get(() => Promise.resolve('one'), 'id-1')).toBe('one');
    expect(await cache.get(() => Promise.resolve('two'), 'id-2')).toBe('two');
    expect(await cache.get(() => Promise.resolve('three'), 'id-2')).toBe('two');
  });

  it('serves a value until it expires, then loads again', async () => {
    jest.useFakeTimers();
    const cache = new PromiseCache<{ n: number }>({ expiresAt: () => Date.now() + 1000 });
    let loads = 0;
    const load = () => Promise.resolve({ n: ++loads });
    expect((await cache.get(load)).n).toBe(1);
    jest.advanceTimersByTime(999);
    expect((await cache.get(load)).n).toBe(1);
    jest.advanceTimersByTime(1);
    expect((await cache.get(load)).n).toBe(2);
  });

  it('forgets everything on clear()', async () => {
    const cache = new PromiseCache<number>();
    expect(await cache.get(() => Promise.resolve(1))).toBe(1);
    cache.clear();
    expect(await cache.get(() => Promise.resolve(2))).toBe(2);
  });
});

describe('InFlight (request coalescing)', () => {
  it('gives concurrent callers of one key one load, and other keys their own', async () => {
    const inFlight = new InFlight<string>();
    let loads = 0;
    let release: (value: string) => void = () => undefined;
    const load = () => {
      loads += 1;
      return new Promise<string>((resolve) => {
        release = resolve;
      });
    };
    const first = inFlight.get('coffee', load);
    const second = inFlight.get('coffee', load);
    const other = inFlight.get('paper', () => Promise.resolve('paper page'));
    expect(loads).toBe(1);
    release('coffee page');
    expect(await Promise.all([first, second, other])).toEqual(['coffee page', 'coffee page', 'paper page']);
  });

  it('keeps nothing once a load settles: the next caller loads again, after a failure too', async () => {
    const inFlight = new InFlight<number>();
    await expect(inFlight.get('k', () => Promise.reject(new Error('throttled')))).rejects.toThrow('throttled');
    expect(inFlight.size).toBe(0);
    expect(await inFlight.get('k', () => Promise.resolve(1))).toBe(1);
    expect(await inFlight.get('k', () => Promise.resolve(2))).toBe(2);
  });
});
