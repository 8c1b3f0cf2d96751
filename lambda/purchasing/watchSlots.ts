/**
 * Price-watch slot accounting. Capacity = the subscription's included slots (while it is
 * active) + WATCH_SLOTS_PER_UNIT per consumable unit bought (`activeEntitlementCount` of
 * watch_slots, isps/consumable/watch_slots.json: "Each purchase adds five"). Used slots are
 * stored per customer and survive sessions; a slot is spent when a watch is set and given back
 * when the watch is stopped (watchList.ts).
 */
import { PremiumProducts } from '../constants';
import type { CustomerState, PriceWatch } from '../persistence/state';
import { findProduct, type PremiumProduct } from '../entitlements/types';

/** Slots that come with Premium Shopper. A product decision, kept here only. */
export const SUBSCRIPTION_WATCH_SLOTS = 5;
/** isps/consumable/watch_slots.json: "Five more products you can watch". */
export const WATCH_SLOTS_PER_UNIT = 5;

export function watchCapacity(products: readonly PremiumProduct[]): number {
  const subscription = findProduct(products, PremiumProducts.PremiumShopper);
  const packs = findProduct(products, PremiumProducts.WatchSlots);
  const included = subscription?.entitled === true ? SUBSCRIPTION_WATCH_SLOTS : 0;
  return included + WATCH_SLOTS_PER_UNIT * (packs?.activeEntitlementCount ?? 0);
}

export type WatchResult = { kind: 'added'; used: number; capacity: number } | { kind: 'already-watching' } | { kind: 'limit-reached'; used: number; capacity: number };

/** Pure: what setting a watch does to the state. Watching a product twice spends nothing. */
export function addWatch(state: CustomerState, watch: PriceWatch, capacity: number): { state?: CustomerState; result: WatchResult } {
  if (state.watches.some((w) => w.asin === watch.asin)) return { result: { kind: 'already-watching' } };
  if (state.usedSlots >= capacity) return { result: { kind: 'limit-reached', used: state.usedSlots, capacity } };
  const used = state.usedSlots + 1;
  return { state: { ...state, watches: [...state.watches, watch], usedSlots: used }, result: { kind: 'added', used, capacity } };
}
