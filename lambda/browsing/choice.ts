/** Which listed product a details/offers request is about, or the answer to give instead. */
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { IntentName } from '../constants';
import { answerNoSuch, answerOutOfRange, askWhich, pickProduct } from '../conversation/choose';
import { askWhatToFind } from '../conversation/elicit';
import { type ProductReference, referenceFromSlots } from '../conversation/references';
import type { ListedProduct, ShoppingState } from '../session';
import { tr } from '../turn/respond';

/** A listed product the customer chose, and its index in the listed products. */
export interface ChosenProduct {
  product: ListedProduct;
  index: number;
}

export type Chosen = ChosenProduct | { answer: Response };

/** @param ref the product named; by default, the one the request's slots name. */
export function chosenProduct(input: HandlerInput, state: ShoppingState, intent: IntentName, ref: ProductReference = referenceFromSlots(input)): Chosen {
  const t = tr(input);
  const pick = pickProduct(state, ref);
  if (pick.kind === 'no-such') return { answer: answerNoSuch(input, pick) };
  if (pick.kind === 'empty') return { answer: askWhatToFind(input, t('NOTHING_LISTED'), t('SEARCH_ASK_QUERY')) };
  if (pick.kind === 'which') return { answer: askWhich(input, intent, pick.count) };
  if (pick.kind === 'out-of-range') return { answer: answerOutOfRange(input, pick) };
  return { product: pick.product, index: pick.index };
}
