import { IntentNames } from '../constants';
import type { SkillDependencies } from '../dependencies';
import { StartShoppingTaskHandler } from './StartShoppingTaskHandler';
import { TASKS } from './tasks';

/** RecommendProducts: starts Recommend with up to 10 listed products as recommendations. */
export class RecommendProductsIntentHandler extends StartShoppingTaskHandler {
  constructor(deps: SkillDependencies) {
    super(IntentNames.RecommendProducts, TASKS.Recommend, deps);
  }
}
