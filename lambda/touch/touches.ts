/**
 * The touch contract, read: the arguments of a `SendEvent` the skill's documents send (README,
 * "Screens"). Pure. Anything else (another shape, an unknown event, a product touch without a
 * well-formed ASIN) is not a touch of this skill.
 */
import { TouchEvents, type TouchEvent } from '../constants';
import { currentPage, type ShoppingState } from '../session';
import type { ChosenProduct } from '../browsing/choice';
import { isAsin } from '../util/asin';

export type PageTouch = typeof TouchEvents.NextPage | typeof TouchEvents.PreviousPage;
export type ProductTouch = Exclude<TouchEvent, PageTouch>;
export type Touch = { kind: 'page'; event: PageTouch } | { kind: 'product'; event: ProductTouch; asin: string };

const PAGE_TOUCHES: readonly string[] = [TouchEvents.NextPage, TouchEvents.PreviousPage];
const PRODUCT_TOUCHES: readonly string[] = [TouchEvents.ShowDetails, TouchEvents.AddToCart, TouchEvents.Buy, TouchEvents.AddToWishList, TouchEvents.CompareOffers];

export function parseTouch(args: unknown): Touch | undefined {
  if (!Array.isArray(args)) return undefined;
  const [event, asin] = args as unknown[];
  if (typeof event !== 'string') return undefined;
  if (PAGE_TOUCHES.includes(event) && args.length === 1) return { kind: 'page', event: event as PageTouch };
  if (PRODUCT_TOUCHES.includes(event) && args.length === 2 && isAsin(asin)) return { kind: 'product', event: event as ProductTouch, asin };
  return undefined;
}

/**
 * The product a touch names, if it is on the customer's screen: on the page of the list last
 * shown, or the product in focus (a details screen). Anything else starts nothing, whatever
 * the request claims: the session's list is what the skill drew.
 */
export function productOnScreen(state: ShoppingState, asin: string): ChosenProduct | undefined {
  const page = currentPage(state);
  const onPage = page.findIndex((p) => p.asin === asin);
  const pageProduct = page[onPage];
  if (pageProduct !== undefined) return { product: pageProduct, index: state.pageStart + onPage };
  const current = state.current === undefined ? undefined : state.products[state.current];
  if (current !== undefined && state.current !== undefined && current.asin === asin) return { product: current, index: state.current };
  return undefined;
}
