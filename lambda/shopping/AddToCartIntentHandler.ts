import { IntentNames } from '../constants';
import type { PremiumRedirect, ShoppingDependencies } from './deps';
import { StartShoppingTaskHandler } from './StartShoppingTaskHandler';
import { TASKS } from './tasks';

/** AddToCart: starts AddToCart with a product to the customer's cart (basket in en-GB). */
export class AddToCartIntentHandler extends StartShoppingTaskHandler {
  constructor(deps: ShoppingDependencies, premium?: PremiumRedirect) {
    super(IntentNames.AddToCart, TASKS.AddToCart, deps, premium);
  }
}
