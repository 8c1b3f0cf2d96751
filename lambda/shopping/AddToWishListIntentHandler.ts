import { IntentNames } from '../constants';
import type { SkillDependencies } from '../dependencies';
import { StartShoppingTaskHandler } from './StartShoppingTaskHandler';
import { TASKS } from './tasks';

/** AddToWishList: starts AddToList with a product to the customer's Amazon Wish List. */
export class AddToWishListIntentHandler extends StartShoppingTaskHandler {
  constructor(deps: SkillDependencies) {
    super(IntentNames.AddToWishList, TASKS.AddToList, deps);
  }
}
