/** Which listed product a details/offers request is about, or the answer to give instead. */
import { getSlotValue, type HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { SlotNames } from '../constants';
import { chooseProduct, type ListedProduct, type ShoppingState } from '../session';
import { ask, ordinalFrom, tr } from '../util/respond';

export type Chosen = { product: ListedProduct; index: number } | { answer: Response };

export function chosenProduct(input: HandlerInput, state: ShoppingState): Chosen {
  const t = tr(input);
  if (state.products.length === 0) return { answer: ask(input, t('NOTHING_LISTED'), t('SEARCH_ASK_QUERY')) };
  const choice = chooseProduct(state, ordinalFrom(getSlotValue(input.requestEnvelope, SlotNames.Ordinal) ?? undefined));
  if (choice.kind === 'none') return { answer: ask(input, t('DETAILS_WHICH'), t('NO_SUCH_ITEM_REPROMPT')) };
  if (choice.kind === 'out-of-range') {
    return { answer: ask(input, t('NO_SUCH_ITEM', { ordinal: choice.ordinal, count: choice.count }), t('NO_SUCH_ITEM_REPROMPT')) };
  }
  return { product: choice.product, index: choice.index };
}
