import { getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { interfaces, Response } from 'ask-sdk-model';
import { productDetails } from '../browsing/ProductDetailsIntentHandler';
import { nextPage } from '../browsing/NextIntentHandler';
import { previousPage } from '../browsing/PreviousIntentHandler';
import { RequestTypes, ScreenDocuments, TouchEvents } from '../constants';
import type { SkillDependencies } from '../dependencies';
import { ask, tr } from '../turn/respond';
import { compareOffersIfEntitled } from '../purchasing/CompareOffersIntentHandler';
import { getShoppingState } from '../session';
import { startShoppingTaskFor } from '../shopping/StartShoppingTaskHandler';
import { TASKS } from '../shopping/tasks';
import { log } from '../util/log';
import { parseTouch, productOnScreen } from './touches';

const SCREEN_TOKENS: readonly string[] = Object.values(ScreenDocuments);

/**
 * A touch on one of the skill's screens (`Alexa.Presentation.APL.UserEvent`): the same feature
 * functions voice reaches, never a replayed intent. "Show details" is "tell me about the second
 * one", "Add to cart" is "add it to my cart", Next and Previous are "next" and "previous"; a
 * touch that names a product no longer on the customer's screen starts nothing and says so.
 */
export class ScreenTouchHandler implements RequestHandler {
  constructor(private readonly deps: SkillDependencies) {}

  canHandle(input: HandlerInput): boolean {
    return getRequestType(input.requestEnvelope) === RequestTypes.AplUserEvent;
  }

  async handle(input: HandlerInput): Promise<Response> {
    const t = tr(input);
    const request = input.requestEnvelope.request as interfaces.alexa.presentation.apl.UserEvent;
    const touch = SCREEN_TOKENS.includes(request.token ?? '') ? parseTouch(request.arguments) : undefined;
    if (touch === undefined) {
      log.warn('touch_refused', { reason: 'not_the_contract' });
      return ask(input, t('TOUCH_UNKNOWN'), t('TOUCH_REPROMPT'));
    }
    if (touch.kind === 'page') return touch.event === TouchEvents.NextPage ? nextPage(input, this.deps.catalog) : previousPage(input);
    const chosen = productOnScreen(getShoppingState(input), touch.asin);
    if (chosen === undefined) {
      log.warn('touch_refused', { reason: 'not_on_screen', touch: touch.event });
      return ask(input, t('TOUCH_NOT_ON_SCREEN'), t('TOUCH_REPROMPT'));
    }
    switch (touch.event) {
      case TouchEvents.ShowDetails:
        return productDetails(input, this.deps.catalog, chosen);
      case TouchEvents.AddToCart:
        return startShoppingTaskFor(input, this.deps, TASKS.AddToCart, chosen);
      case TouchEvents.Buy:
        return startShoppingTaskFor(input, this.deps, TASKS.Buy, chosen);
      case TouchEvents.AddToWishList:
        return startShoppingTaskFor(input, this.deps, TASKS.AddToList, chosen);
      case TouchEvents.CompareOffers:
        return compareOffersIfEntitled(input, this.deps, chosen);
    }
  }
}
