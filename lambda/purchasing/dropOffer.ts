/**
 * After a price-drop announcement the skill offers the next step ("Want to add it to your
 * cart?"): the dropped products become the list, the biggest saving is the product in focus,
 * and a "yes" next turn adds it.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { DEFAULT_PAGE_SIZE, setShoppingState } from '../session';
import { setPendingQuestion } from '../conversation/pendingQuestion';
import type { PriceDrop } from './priceDrops';

export function offerDroppedProducts(input: HandlerInput, drops: readonly PriceDrop[]): void {
  const [first] = drops;
  if (first === undefined) return;
  setShoppingState(input, {
    products: drops.map((d) => ({ asin: d.asin, title: d.title, price: d.now })),
    pageStart: 0,
    pageSize: DEFAULT_PAGE_SIZE,
    current: 0,
  });
  setPendingQuestion(input, { kind: 'add-to-cart', asin: first.asin });
}
