/**
 * What a turn showed, recorded by the answer builders that speak it (a page of results, a
 * product's details, its offers, the price watches, the welcome) and read once, after the
 * handler, by the one response step that draws it (ScreenInterceptor.ts): an APL screen on a
 * device that has one, a card in the Alexa app otherwise. Handlers never build screens.
 *
 * Kept in a slot of the turn's context (lambda/turn/context.ts): nothing here travels in the session.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { getTurnSlot, setTurnSlot, turnSlot } from '../turn/context';
import type { Offer, ProductsResult } from '../catalog/types';
import type { PriceWatch } from '../persistence/state';
import type { ListedProduct } from '../session';

export type Shown =
  /** The page of the session's list just read out (the list is read from the session at the end of the turn). */
  | { kind: 'list' }
  /** One product's details, fetched fresh this turn, with its featured offer and the list entry it updated. */
  | { kind: 'detail'; product: ProductsResult; offer: Offer | undefined; listed: ListedProduct }
  /** The offers read out for a product. */
  | { kind: 'offers'; listed: ListedProduct; offers: readonly Offer[] }
  /** The customer's price watches, in the order they are numbered. */
  | { kind: 'watches'; watches: readonly PriceWatch[] }
  | { kind: 'welcome' };

const SHOWN = turnSlot<Shown>('screenShown');

/** Records what this turn's answer is about; the last call of a turn wins. */
export function show(input: HandlerInput, shown: Shown): void {
  setTurnSlot(input, SHOWN, shown);
}

export function shownThisTurn(input: HandlerInput): Shown | undefined {
  return getTurnSlot(input, SHOWN);
}
