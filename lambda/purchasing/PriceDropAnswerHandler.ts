import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames } from '../constants';
import { askWhatToFind } from '../conversation/elicit';
import { isIntent } from '../util/intentMatch';
import type { SkillDependencies } from '../dependencies';
import { chooseProduct, getShoppingState } from '../session';
import { startShoppingTaskFor } from '../shopping/StartShoppingTaskHandler';
import { TASKS } from '../shopping/tasks';
import { pendingQuestion } from '../conversation/pendingQuestion';
import { tr } from '../turn/respond';

/**
 * The answer to "Want to add it to your cart?" after a price drop: yes starts AddToCart for
 * the dropped product (the product in focus); no asks what to find.
 */
export class PriceDropAnswerHandler implements RequestHandler {
  constructor(private readonly deps: SkillDependencies) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.Yes, IntentNames.No) && pendingQuestion(input)?.kind === 'add-to-cart';
  }

  handle(input: HandlerInput): Promise<Response> | Response {
    const t = tr(input);
    const question = pendingQuestion(input);
    const inFocus = chooseProduct(getShoppingState(input), undefined);
    // Only the product the question named: a list changed since then is not what "yes" meant.
    const sameProduct = question?.kind === 'add-to-cart' && inFocus.kind === 'chosen' && inFocus.product.asin === question.asin;
    if (isIntent(input, IntentNames.No) || !sameProduct || inFocus.kind !== 'chosen') return askWhatToFind(input, t('PRICE_DROP_DECLINED'), t('WELCOME_REPROMPT'));
    return startShoppingTaskFor(input, this.deps, TASKS.AddToCart, inFocus);
  }
}
