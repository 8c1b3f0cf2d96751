/**
 * Price drops announced first on launch. Watched products are re-priced with one
 * `getProductsByAsins` batch (the catalog splits it into calls of 30); a drop is a lower
 * price in the same currency. The announced price becomes the new baseline, so the same drop
 * is never announced twice. Everything here is best effort: a customer opening the skill is
 * welcomed whatever the catalog, the table or the Monetization API are doing.
 */
import { getLocale, type HandlerInput } from 'ask-sdk-core';
import { Deadline } from '../catalog/deadline';
import { toListedProduct } from '../catalog/listing';
import { marketplaceFor } from '../catalog/regions';
import { speakPrice } from '../catalog/speech';
import type { SkillDependencies } from '../dependencies';
import type { Translator } from '../i18n';
import { readCustomerState, updateCustomerState } from '../persistence/customerState';
import type { CustomerState, Money, PriceWatch } from '../persistence/state';
import { describeError, log } from '../util/log';
import { tr } from '../util/respond';
import { loadProducts } from './entitlements';
import { isUnlocked, PremiumFeatures } from './features';

/** Launch must stay quick: the re-pricing gets this much of the turn. */
export const REPRICE_BUDGET_MS = 2500;

export interface PriceDrop {
  asin: string;
  title: string;
  was: Money;
  now: Money;
}

/** Pure: which watches got cheaper, biggest saving first. */
export function findDrops(watches: readonly PriceWatch[], current: ReadonlyMap<string, Money>): PriceDrop[] {
  const drops: PriceDrop[] = [];
  for (const watch of watches) {
    const price = current.get(watch.asin);
    if (price === undefined || price.currency !== watch.price.currency) continue;
    // Sub-cent differences are rounding noise, not a drop worth announcing.
    if (watch.price.amount - price.amount >= 0.01) drops.push({ asin: watch.asin, title: watch.title, was: watch.price, now: price });
  }
  return drops.sort((a, b) => b.was.amount - b.now.amount - (a.was.amount - a.now.amount));
}

/** Pure: the state with each dropped price as the new baseline. */
export function rebaseline(state: CustomerState, drops: readonly PriceDrop[]): CustomerState {
  const lower = new Map(drops.map((d) => [d.asin, d.now]));
  return { ...state, watches: state.watches.map((w) => ({ ...w, price: lower.get(w.asin) ?? w.price })) };
}

/**
 * One drop is read whole; several are grouped: the count and the biggest drop, so a launch
 * with many drops still welcomes the customer within seconds.
 */
export function dropsSpeech(t: Translator, drops: readonly PriceDrop[]): string {
  const [biggest] = drops;
  if (biggest === undefined) return '';
  const params = { title: biggest.title, was: speakPrice(biggest.was.amount, biggest.was.currency), now: speakPrice(biggest.now.amount, biggest.now.currency) };
  if (drops.length === 1) return t('PRICE_DROP', params);
  return t('PRICE_DROPS_GROUPED', { ...params, count: drops.length });
}

export type PriceDropDeps = Pick<SkillDependencies, 'catalog' | 'entitlements'>;

/** The announcement to say before the welcome, or '' when there is none (or it failed). */
export async function announcePriceDrops(input: HandlerInput, deps: PriceDropDeps): Promise<string> {
  try {
    const saved = await readCustomerState(input);
    // No watches, no lookups: most launches cost nothing here.
    if (saved.watches.length === 0) return '';
    if (!isUnlocked(PremiumFeatures.PriceWatch, await loadProducts(input, deps.entitlements))) return '';
    const marketplace = marketplaceFor(getLocale(input.requestEnvelope));
    const response = await deps.catalog.getProductsByAsins(
      { ...marketplace, asins: saved.watches.map((w) => w.asin) },
      { deadline: Deadline.after(REPRICE_BUDGET_MS) },
    );
    const current = new Map<string, Money>();
    for (const product of response.products) {
      const { price } = toListedProduct(product);
      if (price !== undefined) current.set(product.asin, price);
    }
    const drops = findDrops(saved.watches, current);
    log.info('price_watch_repriced', { watches: saved.watches.length, priced: current.size, drops: drops.length });
    if (drops.length === 0) return '';
    await updateCustomerState(input, (state) => ({ state: rebaseline(state, drops), result: undefined }));
    return dropsSpeech(tr(input), drops);
  } catch (err) {
    log.warn('price_watch_reprice_skipped', describeError(err));
    return '';
  }
}
