import { IntentNames } from '../constants';
import type { PremiumRedirect, ShoppingDependencies } from './deps';
import { StartShoppingTaskHandler } from './StartShoppingTaskHandler';
import { TASKS } from './tasks';

/** AddToWishList: starts AddToList with a product to the customer's Amazon Wish List. */
export class AddToWishListIntentHandler extends StartShoppingTaskHandler {
  constructor(deps: ShoppingDependencies, premium?: PremiumRedirect) {
    super(IntentNames.AddToWishList, TASKS.AddToList, deps, premium);
  }
}
