import { IntentNames } from '../constants';
import type { PremiumRedirect, ShoppingDependencies } from './deps';
import { StartShoppingTaskHandler } from './StartShoppingTaskHandler';
import { TASKS } from './tasks';

/** BuyProduct: starts Buy with a one-product order. */
export class BuyProductIntentHandler extends StartShoppingTaskHandler {
  constructor(deps: ShoppingDependencies, premium?: PremiumRedirect) {
    super(IntentNames.BuyProduct, TASKS.Buy, deps, premium);
  }
}
