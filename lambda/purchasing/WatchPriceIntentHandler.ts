/**
 * "Watch the price": an entitled customer watches the current product; the ASIN, title and
 * price at watch time are stored. Not entitled: the premium gate upsells Premium Shopper.
 * All slots used: an Upsell of Price Watch Slots that continues this request once bought.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { spokenPrice } from '../i18n/spoken';
import { IntentNames, PremiumProducts } from '../constants';
import { isIntent } from '../util/intentMatch';
import type { SkillDependencies } from '../dependencies';
import { updateCustomerState } from '../persistence/customerState';
import { currentPage, getShoppingState, setShoppingState } from '../session';
import { log } from '../util/log';
import { ask, tr } from '../turn/respond';
import { WatchLimitReachedError } from './errors';
import { PremiumFeatures, productToOffer } from './features';
import { requirePremium } from './requirePremium';
import { addWatch, watchCapacity } from './watchSlots';
import { upsellResponse } from './upsell';
import { type ChosenProduct, chosenProduct } from '../browsing/choice';

type WatchPriceDeps = Pick<SkillDependencies, 'now' | 'tokenKey' | 'entitlements' | 'persistence'>;

export class WatchPriceIntentHandler implements RequestHandler {
  constructor(private readonly deps: WatchPriceDeps) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.WatchPrice);
  }

  async handle(input: HandlerInput): Promise<Response> {
    const t = tr(input);
    // Which product first: a customer with nothing listed needs no entitlement lookup. The
    // reference is read as every product request reads it ("number two", "the last one", "the
    // cheaper one"), not from the ordinal slot alone.
    const state = getShoppingState(input);
    if (currentPage(state).length === 0) return ask(input, t('NO_PRODUCT_CHOSEN'), t('NO_PRODUCT_REPROMPT'));
    const chosen = chosenProduct(input, state, IntentNames.WatchPrice);
    if ('answer' in chosen) return chosen.answer;
    return watchPrice(input, this.deps, chosen);
  }
}

/** Watches a chosen product's price, for a customer entitled to it; the upsell otherwise. */
export async function watchPrice(input: HandlerInput, deps: WatchPriceDeps, chosen: ChosenProduct): Promise<Response> {
  const t = tr(input);
  const { product } = chosen;
  const state = getShoppingState(input);
  state.current = chosen.index;
  setShoppingState(input, state);
  if (product.price === undefined) return ask(input, t('WATCH_NO_PRICE', { title: product.title }), t('ASK_SOMETHING_ELSE_REPROMPT'));

  const gate = await requirePremium(input, deps, PremiumFeatures.PriceWatch, product);
  if (!gate.granted) return gate.response;

  const capacity = watchCapacity(gate.products);
  const watch = { asin: product.asin, title: product.title, price: product.price, watchedAt: deps.now() };
  const result = await updateCustomerState(input, deps.persistence, (saved) => addWatch(saved, watch, capacity));
  log.info('price_watch', { outcome: result.kind, capacity });

  if (result.kind === 'already-watching') return ask(input, t('WATCH_ALREADY', { title: product.title }), t('WHAT_NEXT'));
  if (result.kind === 'limit-reached') {
    const packs = productToOffer([PremiumProducts.WatchSlots], gate.products);
    if (packs === undefined) throw new WatchLimitReachedError(result.used, result.capacity);
    return upsellResponse(input, deps, packs, 'UPSELL_WATCH_SLOTS', { intent: IntentNames.WatchPrice, product });
  }
  return ask(
    input,
    t('WATCH_ADDED', { title: product.title, price: spokenPrice(t, product.price.amount, product.price.currency), used: result.used, capacity: result.capacity }),
    t('WHAT_NEXT'),
  );
}
