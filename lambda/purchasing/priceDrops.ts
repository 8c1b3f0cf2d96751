/**
 * Price drops announced first on launch. Watched products are re-priced with one
 * `getProductsByAsins` batch (the catalog splits it into calls of 30); a drop is a lower
 * price in the same currency. The announced price becomes the new baseline, so the same drop
 * is never announced twice. Everything here is best effort and bounded by the launch's budget
 * (LAUNCH_BUDGET_MS, a part of the turn's deadline): a customer opening the skill is welcomed
 * within it whatever the catalog, the table or the Monetization API are doing.
 */
import { getLocale, type HandlerInput } from 'ask-sdk-core';
import { toListedProduct } from '../browsing/listing';
import { marketplaceFor } from '../catalog/regions';
import { spokenPrice } from '../i18n/spoken';
import type { SkillDependencies } from '../dependencies';
import type { Translator } from '../i18n';
import { readCustomerState, updateCustomerState } from '../persistence/customerState';
import type { CustomerState, PriceWatch } from '../persistence/state';
import type { Money } from '../util/money';
import { type Deadline, DeadlineExceededError, withDeadline } from '../util/deadline';
import { turnBudgets, turnDeadline } from '../turn/context';
import { describeError, log } from '../util/log';
import { tr } from '../turn/respond';
import { loadProducts } from '../entitlements/entitlements';
import { isUnlocked, PremiumFeatures } from './features';

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
  const params = { title: biggest.title, was: spokenPrice(t, biggest.was.amount, biggest.was.currency), now: spokenPrice(t, biggest.now.amount, biggest.now.currency) };
  return t.plural('PRICE_DROPS', drops.length, { ...params, count: drops.length });
}

/** The rebaseline write ends this long before the launch's deadline, so a hung one is still said. */
const WRITE_RESERVE_MS = 150;

export type PriceDropDeps = Pick<SkillDependencies, 'catalog' | 'entitlements' | 'persistence'>;

/** The launch's part of the turn: it ends `turnMs - launchMs` before the turn does. */
export function launchDeadline(input: HandlerInput): Deadline {
  const budgets = turnBudgets(input);
  return turnDeadline(input).shortened(Math.max(0, budgets.turnMs - budgets.launchMs));
}

/** The announcement to say before the welcome, or '' when there is none (or it failed). */
export async function announcePriceDrops(input: HandlerInput, deps: PriceDropDeps): Promise<string> {
  return (await priceDropAnnouncement(input, deps)).speech;
}

/** The announcement and the drops it names (biggest saving first), for the follow-up offer. */
export async function priceDropAnnouncement(input: HandlerInput, deps: PriceDropDeps): Promise<{ speech: string; drops: PriceDrop[] }> {
  const deadline = launchDeadline(input);
  try {
    return await withDeadline(
      deadline,
      () => reprice(input, deps, deadline),
      () => new DeadlineExceededError('launch budget passed'),
    );
  } catch (err) {
    log.warn('price_watch_reprice_skipped', describeError(err));
    return { speech: '', drops: [] };
  } finally {
    deadline.dispose();
  }
}

async function reprice(input: HandlerInput, deps: PriceDropDeps, deadline: Deadline): Promise<{ speech: string; drops: PriceDrop[] }> {
  const none = { speech: '', drops: [] };
  const saved = await readCustomerState(input, deps.persistence, deadline);
  // No watches, no lookups: most launches cost nothing here.
  if (saved.watches.length === 0) return none;
  if (!isUnlocked(PremiumFeatures.PriceWatch, await loadProducts(input, deps.entitlements))) return none;
  const marketplace = marketplaceFor(getLocale(input.requestEnvelope));
  const response = await deps.catalog.getProductsByAsins({ ...marketplace, asins: saved.watches.map((w) => w.asin) }, { deadline });
  const current = new Map<string, Money>();
  for (const product of response.products) {
    const { price } = toListedProduct(product);
    if (price !== undefined) current.set(product.asin, price);
  }
  const drops = findDrops(saved.watches, current);
  log.info('price_watch_repriced', { watches: saved.watches.length, priced: current.size, drops: drops.length });
  if (drops.length === 0) return none;
  const t = tr(input);
  const writeDeadline = deadline.shortened(WRITE_RESERVE_MS);
  try {
    await updateCustomerState(input, deps.persistence, (state) => ({ state: rebaseline(state, drops), result: undefined }), writeDeadline);
  } catch (err) {
    // The drops are true, so they are said; that they will be said again is said too.
    log.warn('price_watch_rebaseline_failed', describeError(err));
    return { speech: `${dropsSpeech(t, drops)} ${t('PRICE_DROPS_NOT_SAVED')}`, drops };
  } finally {
    writeDeadline.dispose();
  }
  return { speech: dropsSpeech(t, drops), drops };
}
