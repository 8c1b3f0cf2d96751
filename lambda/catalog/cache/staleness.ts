/**
 * What the customer is told when an answer came from the cache past its freshness because the
 * API was throttled or down, and only when it is old enough to matter (CATALOG_STALE_NOTICE_SECONDS):
 * the catalog cache notes the age on the turn's deadline, the one object every catalog call of a
 * turn carries, and a response interceptor (StaleCatalogInterceptor) says it once. Kept apart
 * from the cache so the interceptor loads nothing of it on a cold start.
 */
import type { Deadline } from '../../util/deadline';

const servedAge = new WeakMap<Deadline, number>();

/** Records that this turn heard data `ageMs` old (the oldest one wins). */
export function noteStaleServed(deadline: Deadline | undefined, ageMs: number): void {
  if (deadline === undefined) return;
  servedAge.set(deadline, Math.max(ageMs, servedAge.get(deadline) ?? 0));
}

/** The age of the oldest stale answer this turn served, worth saying; undefined when none. */
export function staleServedMs(deadline: Deadline): number | undefined {
  return servedAge.get(deadline);
}
