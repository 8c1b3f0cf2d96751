/**
 * The shared work of the four intents that start a Shopping Action: find the product(s) the
 * customer means, refuse the ones that can't be bought, sign a token, build the directive.
 * The response carries only the directive: Alexa Shopping takes over the conversation and
 * `shouldEndSession` stays undefined, as the official sample does.
 *
 * A product named instead of chosen ("add coffee to my cart") is searched first, and the
 * customer is asked which one; "it" with several products listed is asked about too.
 */
import { phrasesFor } from '../i18n/phrases';
import { getLocale, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { type IntentName, IntentNames } from '../constants';
import { askWhich, choicesText, pickProduct, answerNoSuch, answerOutOfRange } from '../conversation/choose';
import { askWhatToFind } from '../conversation/elicit';
import { setAwaitingChoice } from '../conversation/awaiting';
import { productNameFromSlots, referenceFromSlots } from '../conversation/references';
import { saveShoppingContext } from '../conversation/shoppingContext';
import { isIntent } from '../util/intentMatch';
import type { MessageKey } from '../i18n';
import { askWithPage } from '../browsing/answers';
import { runSearch, usableQuery } from '../browsing/search';
import { getShoppingState, type ListedProduct, setShoppingState } from '../session';
import { log } from '../util/log';
import { ask, tr } from '../turn/respond';
import { issueConnectionToken } from './connectionToken';
import type { PremiumRedirect, ShoppingDependencies } from './deps';
import { buildShoppingDirective } from './directives';
import type { TaskSpec } from './tasks';
import type { ChosenProduct } from '../browsing/choice';
import { turnCustomer, turnDeadline } from '../turn/context';

/** The question after a search by name that found exactly one product. */
const ONE_KEY: Partial<Record<IntentName, MessageKey>> = {
  [IntentNames.AddToCart]: 'ONE_CART',
  [IntentNames.BuyProduct]: 'ONE_BUY',
  [IntentNames.AddToWishList]: 'ONE_WISHLIST',
};
const WHICH_KEY: Partial<Record<IntentName, MessageKey>> = {
  [IntentNames.AddToCart]: 'WHICH_CART',
  [IntentNames.BuyProduct]: 'WHICH_BUY',
  [IntentNames.AddToWishList]: 'WHICH_WISHLIST',
};

export class StartShoppingTaskHandler implements RequestHandler {
  constructor(
    private readonly intent: IntentName,
    private readonly task: TaskSpec,
    private readonly deps: ShoppingDependencies,
    /** The premium flow for premium words said as a product name; none in tests that need none. */
    private readonly premium?: PremiumRedirect,
  ) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, this.intent);
  }

  async handle(input: HandlerInput): Promise<Response> {
    const t = tr(input);
    const state = getShoppingState(input);
    if (this.task.maxProducts > 1) {
      const products = state.products.filter((p) => p.unavailableReason === undefined).slice(0, this.task.maxProducts);
      if (products.length === 0) return askWhatToFind(input, t('NOTHING_TO_RECOMMEND'), t('NO_PRODUCT_REPROMPT'));
      return startTask(input, this.deps, this.task, products);
    }
    const name = productNameFromSlots(input);
    if (name !== undefined) return this.byName(input, name);
    const pick = pickProduct(state, referenceFromSlots(input));
    if (pick.kind === 'empty') return askWhatToFind(input, t('NO_PRODUCT_CHOSEN'), t('NO_PRODUCT_REPROMPT'));
    if (pick.kind === 'which') return askWhich(input, this.intent, pick.count);
    if (pick.kind === 'no-such') return answerNoSuch(input, pick);
    if (pick.kind === 'out-of-range') return answerOutOfRange(input, pick);
    return startShoppingTaskFor(input, this.deps, this.task, pick);
  }

  /** "add coffee to my cart": search, read the first page, then ask which one (never act unasked). */
  private async byName(input: HandlerInput, name: string): Promise<Response> {
    const t = tr(input);
    const premium = await this.premium?.(input, name);
    if (premium !== undefined) return premium;
    const query = usableQuery(name, phrasesFor(getLocale(input.requestEnvelope)));
    if (query === '') return askWhatToFind(input, t('SEARCH_ASK_QUERY'), t('SEARCH_ASK_QUERY_REPROMPT'));
    const outcome = await runSearch(input, this.deps.catalog, query);
    if ('answer' in outcome) return outcome.answer;
    const page = outcome.state.products.slice(0, outcome.state.pageSize);
    setAwaitingChoice(input, this.intent);
    if (page.length === 1) {
      outcome.state.current = 0;
      setShoppingState(input, outcome.state);
      return askWithPage(input, t, outcome.lead, { speech: t(ONE_KEY[this.intent] ?? 'ONE_CART'), reprompt: t('ONE_REPROMPT') });
    }
    const choices = { ssml: choicesText(t, page.length) };
    return askWithPage(input, t, outcome.lead, { speech: t(WHICH_KEY[this.intent] ?? 'WHICH_CART', { choices }), reprompt: t('WHICH_REPROMPT', { choices }) });
  }
}

/**
 * Starts a one-product Shopping Action on a chosen listed product, which becomes the one in
 * focus; a product that can't be ordered is refused in words instead.
 */
export async function startShoppingTaskFor(input: HandlerInput, deps: ShoppingDependencies, task: TaskSpec, chosen: ChosenProduct): Promise<Response> {
  const t = tr(input);
  const state = getShoppingState(input);
  state.current = chosen.index;
  setShoppingState(input, state);
  const { product } = chosen;
  if (product.unavailableReason !== undefined) {
    const key = product.unavailableReason === 'blocked' ? 'UNAVAILABLE_BLOCKED' : 'UNAVAILABLE_RESTRICTED';
    return ask(input, t(key, { title: product.title }), t('ASK_SOMETHING_ELSE_REPROMPT'));
  }
  return startTask(input, deps, task, [product]);
}

/** Signs a token (after saving the shopping context) and hands the conversation to Alexa Shopping. */
async function startTask(input: HandlerInput, deps: ShoppingDependencies, task: TaskSpec, products: readonly ListedProduct[]): Promise<Response> {
  const asins = products.map((p) => p.asin);
  // The result may come back without the session's list: the context is saved first.
  const context = await saveShoppingContext(input, deps.persistence, deps.now());
  const token = issueConnectionToken(task, asins, deps.now(), await deps.tokenKey(turnDeadline(input).signal), turnCustomer(input).userId, context);
  const directive = buildShoppingDirective(task, asins, token, deps.attribution);
  log.info('shopping_task_started', { task: task.name, products: asins.length, attributed: deps.attribution !== undefined });
  return input.responseBuilder.addDirective(directive).getResponse();
}
