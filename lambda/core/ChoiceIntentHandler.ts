/**
 * A bare answer to the skill's own questions. "the second one", "number two", "the last
 * one", "that one" (SelectItemIntent) finish the action a "which one?" question waits for,
 * or, with nothing waiting, open that product's details. "yes" after "Should I add it to
 * your cart?" finishes the add with the product in focus. The action is called directly
 * with the chosen product; no request is rebuilt.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { type ChosenProduct, chosenProduct } from '../browsing/choice';
import { productDetails } from '../browsing/ProductDetailsIntentHandler';
import { answerProductQuestion, questionKindOf } from '../browsing/ProductQuestionIntentHandler';
import { type IntentName, IntentNames } from '../constants';
import { awaitingChoice, clearAwaitingChoice } from '../conversation/awaiting';
import type { SkillDependencies } from '../dependencies';
import { compareOffersIfEntitled } from '../purchasing/CompareOffersIntentHandler';
import { watchPrice } from '../purchasing/WatchPriceIntentHandler';
import { getShoppingState } from '../session';
import { startShoppingTaskFor } from '../shopping/StartShoppingTaskHandler';
import { TASKS } from '../shopping/tasks';
import { isIntent } from '../util/intentMatch';

export class ChoiceIntentHandler implements RequestHandler {
  constructor(private readonly deps: SkillDependencies) {}

  canHandle(input: HandlerInput): boolean {
    if (isIntent(input, IntentNames.SelectItem)) return true;
    return isIntent(input, IntentNames.Yes) && awaitingChoice(input) !== undefined;
  }

  async handle(input: HandlerInput): Promise<Response> {
    const intent = awaitingChoice(input) ?? IntentNames.ProductDetails;
    clearAwaitingChoice(input);
    // "yes" fills no slot, so it means the product in focus; the ordinal, number or position
    // of a SelectItemIntent names a listed one. Not clear: "which one?" again, for the same action.
    const chosen = chosenProduct(input, getShoppingState(input), intent);
    if ('answer' in chosen) return chosen.answer;
    return finishChoice(input, this.deps, intent, chosen);
  }
}

/** Finishes the action a "which one?" question waited for (or reads the details) with the product chosen. */
export function finishChoice(input: HandlerInput, deps: SkillDependencies, intent: IntentName, chosen: ChosenProduct): Promise<Response> | Response {
  switch (intent) {
    case IntentNames.AddToCart:
      return startShoppingTaskFor(input, deps, TASKS.AddToCart, chosen);
    case IntentNames.BuyProduct:
      return startShoppingTaskFor(input, deps, TASKS.Buy, chosen);
    case IntentNames.AddToWishList:
      return startShoppingTaskFor(input, deps, TASKS.AddToList, chosen);
    case IntentNames.CompareOffers:
      return compareOffersIfEntitled(input, deps, chosen);
    case IntentNames.WatchPrice:
      return watchPrice(input, deps, chosen);
    default: {
      const kind = questionKindOf(intent);
      if (kind !== undefined) return answerProductQuestion(input, deps.catalog, kind, chosen);
      return productDetails(input, deps.catalog, chosen);
    }
  }
}
