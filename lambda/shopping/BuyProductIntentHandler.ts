import { IntentNames } from '../constants';
import type { SkillDependencies } from '../dependencies';
import { StartShoppingTaskHandler } from './StartShoppingTaskHandler';
import { TASKS } from './tasks';

/** BuyProduct: starts Buy with a one-product order. */
export class BuyProductIntentHandler extends StartShoppingTaskHandler {
  constructor(deps: SkillDependencies) {
    super(IntentNames.BuyProduct, TASKS.Buy, deps);
  }
}
