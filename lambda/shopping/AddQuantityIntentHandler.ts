import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { numberValue } from '../understanding/slotValues';
import { IntentNames, SlotNames } from '../constants';
import type { PremiumRedirect, ShoppingDependencies } from './deps';
import { currentProduct } from '../session';
import { log } from '../util/log';
import { ask, tr } from '../turn/respond';
import { StartShoppingTaskHandler } from './StartShoppingTaskHandler';
import { TASKS } from './tasks';

/** More than this is not a spoken shopping quantity; ask again rather than pass it on. */
const MAX_QUANTITY = 999;

/**
 * "add two of them": Shopping Actions carry one ASIN and no quantity (Alexa Shopping Actions
 * API reference, AddToShoppingCart), so the product is added and the customer is told
 * plainly that the quantity is set in the cart.
 */
export class AddQuantityIntentHandler extends StartShoppingTaskHandler {
  constructor(deps: ShoppingDependencies, premium?: PremiumRedirect) {
    super(IntentNames.AddQuantity, TASKS.AddToCart, deps, premium);
  }

  override async handle(input: HandlerInput): Promise<Response> {
    const t = tr(input);
    const quantity = numberValue(input, SlotNames.Quantity);
    if (quantity === undefined || !Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) {
      return ask(input, t('QUANTITY_INVALID'), t('QUANTITY_INVALID'));
    }
    const response = await super.handle(input);
    const started = (response.directives ?? []).some((d) => d.type === 'Connections.StartConnection');
    const product = currentProduct(input);
    log.info('quantity_requested', { quantity, started });
    if (!started || quantity === 1 || product === undefined) return response;
    // Said before Alexa Shopping takes over: the cart gets one, the customer sets the rest.
    input.responseBuilder.speak(t('QUANTITY_NOTE', { title: product.title, quantity }));
    return input.responseBuilder.getResponse();
  }
}
