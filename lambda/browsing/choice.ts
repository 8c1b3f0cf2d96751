/** Which listed product a details/offers request is about, or the answer to give instead. */
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { IntentName } from '../constants';
import { askWhich, pickProduct } from '../conversation/choose';
import { askWhatToFind } from '../conversation/elicit';
import { referenceFromSlots } from '../conversation/references';
import type { ListedProduct, ShoppingState } from '../session';
import { ask, tr } from '../turn/respond';

/** A listed product the customer chose, and its index in the listed products. */
export interface ChosenProduct {
  product: ListedProduct;
  index: number;
}

export type Chosen = ChosenProduct | { answer: Response };

export function chosenProduct(input: HandlerInput, state: ShoppingState, intent: IntentName): Chosen {
  const t = tr(input);
  const pick = pickProduct(state, referenceFromSlots(input));
  if (pick.kind === 'empty') return { answer: askWhatToFind(input, t('NOTHING_LISTED'), t('SEARCH_ASK_QUERY')) };
  if (pick.kind === 'which') return { answer: askWhich(input, intent, pick.count) };
  if (pick.kind === 'out-of-range') {
    return { answer: ask(input, t('NO_SUCH_ITEM', { ordinal: pick.ordinal, count: pick.count }), t('NO_SUCH_ITEM_REPROMPT')) };
  }
  return { product: pick.product, index: pick.index };
}
