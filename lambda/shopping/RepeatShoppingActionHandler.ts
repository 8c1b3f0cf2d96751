/**
 * "add another one" repeats the last Shopping Action on the same product (with none, it adds
 * the product in focus to the cart); "try again" repeats the last one when its result said it
 * may work later, and with none asks what to look for. The action starts afresh: a new token,
 * the context saved again.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames } from '../constants';
import { chosenProduct } from '../browsing/choice';
import type { RoutedHandler } from '../routing/router';
import { getShoppingState } from '../session';
import { tr } from '../turn/respond';
import { askWhatToFind } from '../conversation/elicit';
import type { ShoppingDependencies } from './deps';
import { lastAction } from './lastAction';
import { startShoppingTaskFor } from './StartShoppingTaskHandler';
import { TASKS } from './tasks';

export class RepeatShoppingActionHandler implements RoutedHandler {
  constructor(
    private readonly deps: ShoppingDependencies,
    private readonly mode: 'another' | 'retry',
  ) {}

  handle(input: HandlerInput): Promise<Response> | Response {
    const t = tr(input);
    const last = lastAction(input);
    const state = getShoppingState(input);
    const index = last === undefined ? -1 : state.products.findIndex((p) => p.asin === last.asin);
    const product = state.products[index];
    const repeatable = last !== undefined && product !== undefined && (this.mode === 'another' ? !last.retryable : last.retryable);
    if (repeatable) return startShoppingTaskFor(input, this.deps, TASKS[last.task], { product, index });
    // Nothing to try again ("search again" says the same words): what to look for.
    if (this.mode === 'retry') return askWhatToFind(input, t('SEARCH_ASK_QUERY'), t('SEARCH_ASK_QUERY_REPROMPT'));
    // Nothing done yet: "add another one" adds the one in focus, or asks which.
    const chosen = chosenProduct(input, state, IntentNames.AddToCart);
    if ('answer' in chosen) return chosen.answer;
    return startShoppingTaskFor(input, this.deps, TASKS.AddToCart, chosen);
  }
}
