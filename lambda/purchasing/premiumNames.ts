/**
 * Premium words inside an open product query. "buy premium shopper" and "I want premium"
 * reach the product intents (their `buy {query}` / `I want {query}` samples take any words,
 * so the premium intents keep no sample of that shape: see the interaction model conflict
 * test). Here such a query is recognised and sent to the premium flow instead of a search.
 * The names and synonyms are those of PremiumProductType in the interaction models; a test
 * keeps the two in step.
 */
import { type PremiumProductRef, PremiumProducts } from '../constants';
import { plainWords } from '../util/text';

export const PREMIUM_NAMES: Record<PremiumProductRef, readonly string[]> = {
  [PremiumProducts.PremiumShopper]: ['premium shopper', 'premium', 'the premium subscription', 'premium subscription', 'the subscription', 'shopper premium'],
  [PremiumProducts.OfferInsights]: ['offer insights', 'offer comparison', 'insights', 'the offer insights pack', 'compare offers feature'],
  [PremiumProducts.WatchSlots]: ['watch slots', 'price watch slots', 'more watches', 'extra watch slots', 'price watches', 'watch slot pack', 'more watch slots'],
};

/** Words that are about the skill's premium features even without a product name. */
const GENERIC = /^(?:an? |the |some )?(?:premium features?|upgrades?|subscriptions?|premium upgrade|premium membership|membership)$/;


/** The premium product a query names, 'any' for premium words without a product, or undefined. */
export function premiumProductNamed(query: string): PremiumProductRef | 'any' | undefined {
  const said = plainWords(query);
  const bare = said.replace(/^(?:the|a|an|some|more|my)\s+/, '');
  for (const [ref, names] of Object.entries(PREMIUM_NAMES) as Array<[PremiumProductRef, readonly string[]]>) {
    for (const name of names) {
      const n = plainWords(name);
      if (n === said || n === bare || n.replace(/^the /, '') === bare || `${n} subscription` === bare) return ref;
    }
  }
  return GENERIC.test(said) ? 'any' : undefined;
}
