import { IntentNames } from '../constants';
import type { SkillDependencies } from '../dependencies';
import { StartShoppingTaskHandler } from './StartShoppingTaskHandler';
import { TASKS } from './tasks';

/** AddToCart: starts AddToCart with a product to the customer's cart (basket in en-GB). */
export class AddToCartIntentHandler extends StartShoppingTaskHandler {
  constructor(deps: SkillDependencies) {
    super(IntentNames.AddToCart, TASKS.AddToCart, deps);
  }
}
