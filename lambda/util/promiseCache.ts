/**
 * One promise computed once and shared by every caller, forgotten when it fails.
 *
 * Concurrent callers share one load (one secret read, one token exchange, one import); a
 * rejected load is dropped so the next call tries again (a transient failure must not poison a
 * warm container). A value may also expire (`expiresAt`), and a cache may be keyed: a call
 * with another key replaces the entry.
 */
export interface PromiseCacheOptions<T> {
  /** When a loaded value stops being served (epoch milliseconds); without it, never. */
  expiresAt?: (value: T) => number;
  /** The clock `expiresAt` is compared with; `Date.now` by default (jest fake timers move it). */
  now?: () => number;
}

interface Entry<T> {
  key: string | undefined;
  promise: Promise<T>;
  /** Set once the load succeeded and `expiresAt` is given. */
  expiresAt?: number;
}

export class PromiseCache<T> {
  private entry: Entry<T> | undefined;
  private readonly now: () => number;

  constructor(private readonly options: PromiseCacheOptions<T> = {}) {
    this.now = options.now ?? (() => Date.now());
  }

  /** The cached promise for `key`, or `load()`'s, cached until it fails or expires. */
  get(load: () => Promise<T>, key?: string): Promise<T> {
    const current = this.entry;
    if (current !== undefined && current.key === key && (current.expiresAt === undefined || current.expiresAt > this.now())) {
      return current.promise;
    }
    const promise = load();
    const entry: Entry<T> = { key, promise };
    this.entry = entry;
    const { expiresAt } = this.options;
    promise.then(
      (value) => {
        if (expiresAt !== undefined) entry.expiresAt = expiresAt(value);
      },
      () => {
        // Only forget this very load: a newer one may have replaced it meanwhile.
        if (this.entry === entry) this.entry = undefined;
      },
    );
    return promise;
  }

  /** Forgets the cached promise, settled or not: the next call loads again. */
  clear(): void {
    this.entry = undefined;
  }
}

/**
 * Request coalescing: concurrent callers asking for the same key share one load; the key is
 * forgotten as soon as the load settles (success or failure), so nothing is cached here: what
 * is kept, and for how long, is the caller's cache's business.
 */
export class InFlight<T> {
  private readonly pending = new Map<string, Promise<T>>();

  /** The load already running for `key`, or `load()`'s. */
  get(key: string, load: () => Promise<T>): Promise<T> {
    const running = this.pending.get(key);
    if (running !== undefined) return running;
    let promise: Promise<T>;
    try {
      promise = load();
    } catch (err) {
      return Promise.reject(err);
    }
    this.pending.set(key, promise);
    const forget = () => {
      if (this.pending.get(key) === promise) this.pending.delete(key);
    };
    promise.then(forget, forget);
    return promise;
  }

  /** Loads running now (tests). */
  get size(): number {
    return this.pending.size;
  }
}
