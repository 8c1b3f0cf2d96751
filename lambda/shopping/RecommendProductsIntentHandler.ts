import { IntentNames } from '../constants';
import type { PremiumRedirect, ShoppingDependencies } from './deps';
import { StartShoppingTaskHandler } from './StartShoppingTaskHandler';
import { TASKS } from './tasks';

/** RecommendProducts: starts Recommend with up to 10 listed products as recommendations. */
export class RecommendProductsIntentHandler extends StartShoppingTaskHandler {
  constructor(deps: ShoppingDependencies, premium?: PremiumRedirect) {
    super(IntentNames.RecommendProducts, TASKS.Recommend, deps, premium);
  }
}
