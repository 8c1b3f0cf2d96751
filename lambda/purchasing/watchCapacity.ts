/** The customer's price-watch capacity for a spoken slot count, or undefined when entitlements can't be read. */
import type { HandlerInput } from 'ask-sdk-core';
import type { SkillDependencies } from '../dependencies';
import { describeError, log } from '../util/log';
import { loadProducts } from '../entitlements/entitlements';
import { watchCapacity } from './watchSlots';

export async function capacityOrUndefined(input: HandlerInput, deps: Pick<SkillDependencies, 'entitlements'>): Promise<number | undefined> {
  try {
    return watchCapacity(await loadProducts(input, deps.entitlements));
  } catch (err) {
    // The watches are the customer's own data: they are read and removed without the count.
    log.warn('watch_capacity_unknown', describeError(err));
    return undefined;
  }
}
