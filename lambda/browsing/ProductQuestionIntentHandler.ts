import { getLocale, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { type IntentName, IntentNames } from '../constants';
import { isIntent } from '../util/intentMatch';
import type { Catalog } from '../catalog/Catalog';
import { getShoppingState, type ListedProduct, setShoppingState } from '../session';
import { turnDeadline } from '../turn/context';
import { log } from '../util/log';
import { ask, tr } from '../turn/respond';
import { chosenProduct } from './choice';
import { toListedProduct } from './listing';
import { answerQuestion, type QuestionKind } from './questions';
import { marketplaceFor } from '../catalog/regions';
import { noteTurn } from '../observe/turnRecord';
import { QUESTIONS, questionNamedByPosition } from '../understanding/questions';

/**
 * "how much is it", "what's the rating of the second one", "who sells it", "how many in a
 * pack", "is it Prime", "is there a bulk price": one sentence about the product in focus (or
 * the one named), fetched fresh, which then becomes the product in focus.
 */
export class ProductQuestionIntentHandler implements RequestHandler {
  constructor(private readonly deps: { catalog: Catalog }) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, ...QUESTIONS.map(([name]) => name)) || questionNamedByPosition(input) !== undefined;
  }

  async handle(input: HandlerInput): Promise<Response> {
    const named = questionNamedByPosition(input);
    const [intent, kind] =
      named === undefined
        ? (QUESTIONS.find(([name]) => isIntent(input, name)) ?? [IntentNames.PriceQuestion, 'price'])
        : (QUESTIONS.find(([, k]) => k === named) ?? [IntentNames.PriceQuestion, named]);
    const state = getShoppingState(input);
    // "which one?" is asked for this question, so a bare "the second one" answers it.
    const chosen = chosenProduct(input, state, intent);
    if ('answer' in chosen) return chosen.answer;
    return answerProductQuestion(input, this.deps.catalog, kind, chosen);
  }
}

/** The question kind a question intent asks, or undefined for any other intent. */
export function questionKindOf(intent: IntentName): QuestionKind | undefined {
  return QUESTIONS.find(([name]) => name === intent)?.[1];
}

/** One sentence about the chosen product, fetched fresh; it becomes the product in focus. */
export async function answerProductQuestion(input: HandlerInput, catalog: Catalog, kind: QuestionKind, chosen: { product: ListedProduct; index: number }): Promise<Response> {
  const t = tr(input);
  noteTurn(input, { asked: kind });
  const state = getShoppingState(input);
  const product = await catalog.getProduct({ ...marketplaceFor(getLocale(input.requestEnvelope)), asin: chosen.product.asin }, { deadline: turnDeadline(input) });
  // The list's own title stays: two products that would sound alike were told apart there.
  state.products[chosen.index] = { ...toListedProduct(product), title: chosen.product.title };
  state.current = chosen.index;
  setShoppingState(input, state);
  log.info('product_question', { kind });
  return ask(input, `${answerQuestion(t, kind, product, chosen.product.title)} ${t('QUESTION_NEXT')}`, t('QUESTION_NEXT_REPROMPT'));
}
