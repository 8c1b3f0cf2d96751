/**
 * The shared work of the four intents that start a Shopping Action: find the product(s) the
 * customer means, refuse the ones that can't be bought, sign a token, build the directive.
 * The response carries only the directive: Alexa Shopping takes over the conversation and
 * `shouldEndSession` stays undefined, as the official sample does.
 */
import { getLocale, getSlotValue, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { DEFAULT_LOCALE, type IntentName, SlotNames } from '../constants';
import { isIntent } from '../core/intentMatch';
import type { SkillDependencies } from '../dependencies';
import { chooseProduct, getShoppingState, type ListedProduct, setShoppingState } from '../session';
import { log } from '../util/log';
import { ask, ordinalFrom, tr } from '../util/respond';
import { userIdOf } from '../security/userBinding';
import { issueConnectionToken } from './connectionToken';
import { buildShoppingDirective } from './directives';
import type { TaskSpec } from './tasks';
import { turnDeadline } from '../util/deadline';

export class StartShoppingTaskHandler implements RequestHandler {
  constructor(
    private readonly intent: IntentName,
    private readonly task: TaskSpec,
    private readonly deps: SkillDependencies,
  ) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, this.intent);
  }

  async handle(input: HandlerInput): Promise<Response> {
    const t = tr(input);
    const state = getShoppingState(input);
    let products: ListedProduct[];

    if (this.task.maxProducts > 1) {
      products = state.products.filter((p) => p.unavailableReason === undefined).slice(0, this.task.maxProducts);
      if (products.length === 0) return ask(input, t('NOTHING_TO_RECOMMEND'), t('NO_PRODUCT_REPROMPT'));
    } else {
      const ordinal = ordinalFrom(getSlotValue(input.requestEnvelope, SlotNames.Ordinal) ?? undefined);
      const choice = chooseProduct(state, ordinal);
      if (choice.kind === 'none') return ask(input, t('NO_PRODUCT_CHOSEN'), t('NO_PRODUCT_REPROMPT'));
      if (choice.kind === 'out-of-range') {
        return ask(input, t('NO_SUCH_ITEM', { ordinal: choice.ordinal, count: choice.count }), t('NO_SUCH_ITEM_REPROMPT'));
      }
      state.current = choice.index;
      setShoppingState(input, state);
      const { product } = choice;
      if (product.unavailableReason !== undefined) {
        const key = product.unavailableReason === 'blocked' ? 'UNAVAILABLE_BLOCKED' : 'UNAVAILABLE_RESTRICTED';
        return ask(input, t(key, { title: product.title }), t('ASK_SOMETHING_ELSE_REPROMPT'));
      }
      products = [product];
    }

    const asins = products.map((p) => p.asin);
    const locale = getLocale(input.requestEnvelope) || DEFAULT_LOCALE;
    const token = issueConnectionToken(this.task, asins, locale, this.deps.now(), await this.deps.tokenKey(turnDeadline(input).signal), userIdOf(input.requestEnvelope));
    const directive = buildShoppingDirective(this.task, asins, token, this.deps.attribution);
    log.info('shopping_task_started', { task: this.task.name, products: asins.length, attributed: this.deps.attribution !== undefined });
    return input.responseBuilder.addDirective(directive).getResponse();
  }
}
