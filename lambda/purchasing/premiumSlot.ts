/**
 * Reads the `premiumProduct` slot. The PremiumProductType value ids are the reference names,
 * so a successful entity resolution gives the reference name directly; without one (tests,
 * a spoken value that matched no synonym) the spoken value is tried as a name ("premium
 * shopper" → premium_shopper). Anything else is no product.
 */
import { getSlot, type HandlerInput } from 'ask-sdk-core';
import { type PremiumProductRef, SlotNames } from '../constants';
import { premiumProductRef } from './features';

export function premiumProductFromSlot(input: HandlerInput): { ref: PremiumProductRef | undefined; spoken: string | undefined } {
  const slot = getSlot(input.requestEnvelope, SlotNames.PremiumProduct);
  // getSlot gives null without a slots map and undefined when the map lacks the slot.
  if (slot === null || slot === undefined) return { ref: undefined, spoken: undefined };
  const spoken = typeof slot.value === 'string' && slot.value.trim() !== '' ? slot.value.trim() : undefined;
  for (const authority of slot.resolutions?.resolutionsPerAuthority ?? []) {
    if (authority.status.code !== 'ER_SUCCESS_MATCH') continue;
    for (const { value } of authority.values) {
      const ref = premiumProductRef(value.id);
      if (ref !== undefined) return { ref, spoken };
    }
  }
  const guess = spoken?.toLowerCase().replace(/[\s-]+/g, '_');
  return { ref: premiumProductRef(guess), spoken };
}
