/**
 * What the skill remembers within a session, kept small: Alexa caps a response at 24 KB and
 * session attributes travel in every request. A listed product keeps its ASIN and the few
 * fields speech needs, never a whole catalog record.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { parseRefinementState } from './refinementState';
import type { RefinementState } from './refinements';
import { SessionKeys } from '../constants';
import { isPlainSpokenSsml } from '../util/ssml';
import { isFiniteNumber, isRecord } from '../util/guards';
import { type Money, parseMoney } from '../util/money';
import { isSafeImageUrl } from '../util/limits';
import { getTurnSlot, setTurnSlot, turnSlot } from '../turn/context';

export interface ListedProduct {
  asin: string;
  /** A short, speakable title (already shortened, not escaped). */
  title: string;
  /** Price of the featured offer, when known. */
  price?: Money;
  /** Average star rating, when known. */
  rating?: number;
  /**
   * Set when the featured offer cannot be bought (buying guidance BLOCKED or RESTRICTED):
   * the reason key is spoken instead of starting a Shopping Action.
   */
  unavailableReason?: 'blocked' | 'restricted';
  /** The product image a screen or card shows: https, at most MAX_IMAGE_URL_CHARS (util/limits.ts). */
  image?: string;
  /** The featured offer carries the Prime badge (shown on screens, never spoken). */
  prime?: true;
}

export interface ShoppingState {
  query?: string;
  /** Products listed so far, in the order they were read out. */
  products: ListedProduct[];
  /** Index in `products` of the first item of the page last read out. */
  pageStart: number;
  /** How many products each page reads out. */
  pageSize: number;
  /** Index in `products` of the product the customer is talking about, if any. */
  current?: number;
  /** Total number of results the catalog reported for the query. */
  totalResults?: number;
  /**
   * The two products last compared or heard one after the other, by ASIN: what "the other
   * one" and "the cheaper one" measure against (conversation/relative.ts).
   */
  pair?: [string, string];
  /** Refinements on the list (Prime, brand, price, sort…) and the ids the last response offered. */
  refinements?: RefinementState;
}

export interface LastAnswer {
  speech: string;
  reprompt?: string;
}

export const DEFAULT_PAGE_SIZE = 3;

/** Where the session's attributes are kept for a request that has no session. */
const DETACHED = turnSlot<Record<string, unknown>>('detachedSessionAttributes');

/**
 * The session's attributes, the one way every module reads and writes them. A request out of
 * session (a `Connections.Response` can come without one) has none, and the SDK throws when
 * asked: such a turn gets an object of its own that lives for the turn and goes nowhere.
 */
export function sessionAttributes(input: HandlerInput): Record<string, unknown> {
  if (input.requestEnvelope.session !== undefined) return input.attributesManager.getSessionAttributes();
  const detached = getTurnSlot(input, DETACHED);
  if (detached !== undefined) return detached;
  const fresh: Record<string, unknown> = {};
  setTurnSlot(input, DETACHED, fresh);
  return fresh;
}

/**
 * Titles are shortened before they are listed; a longer one did not come from this skill,
 * and speaking it could pass Alexa's 8,000-character speech limit.
 */
export const MAX_LISTED_TITLE_LENGTH = 500;
/** A search query is spoken back too; no utterance is longer than this. */
export const MAX_QUERY_LENGTH = 200;

/**
 * The one reader of a listed product coming back from the session or a signed token: an ASIN
 * string, a title of at most MAX_LISTED_TITLE_LENGTH characters, and optional fields that are each
 * valid or absent. The optional fields are spoken too ("12 dollars 99, 4.5 stars"): a wrong
 * type would be read out as "[object Object]", so a product with one is not one this skill
 * wrote, and is refused whole. Only the known fields are copied.
 */
export function parseListedProduct(value: unknown): ListedProduct | undefined {
  if (!isRecord(value)) return undefined;
  const { asin, title, price, rating, unavailableReason, image, prime } = value;
  // The ASIN's format is checked where it is used (directives, catalog requests), so a bad one
  // gets its own clear answer instead of vanishing from the list.
  if (typeof asin !== 'string' || typeof title !== 'string' || title.length > MAX_LISTED_TITLE_LENGTH) return undefined;
  const product: ListedProduct = { asin, title };
  if (price !== undefined) {
    const money = parseMoney(price);
    if (money === undefined) return undefined;
    product.price = money;
  }
  if (rating !== undefined) {
    if (!isFiniteNumber(rating)) return undefined;
    product.rating = rating;
  }
  if (unavailableReason !== undefined) {
    if (unavailableReason !== 'blocked' && unavailableReason !== 'restricted') return undefined;
    product.unavailableReason = unavailableReason;
  }
  // Shown, never spoken: an image that is not a safe URL is left out rather than refusing the product.
  if (isSafeImageUrl(image)) product.image = image;
  if (prime === true) product.prime = true;
  return product;
}

/**
 * Reads the shopping state defensively: session attributes come back from the device, and
 * anything malformed is treated as "nothing listed yet" rather than trusted.
 */
export function getShoppingState(input: HandlerInput): ShoppingState {
  return parseShoppingState(sessionAttributes(input)[SessionKeys.Shopping]);
}

/** The one reader of a ShoppingState from anywhere it was kept (the session, the saved context). */
export function parseShoppingState(raw: unknown): ShoppingState {
  const empty: ShoppingState = { products: [], pageStart: 0, pageSize: DEFAULT_PAGE_SIZE };
  if (!isRecord(raw)) return empty;
  const value = raw as Partial<ShoppingState>;
  const products = Array.isArray(value.products) ? value.products.flatMap((p: unknown) => parseListedProduct(p) ?? []) : [];
  const index = (n: unknown): number | undefined => (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < products.length ? n : undefined);
  const pageSize = typeof value.pageSize === 'number' && Number.isInteger(value.pageSize) && value.pageSize > 0 && value.pageSize <= 10 ? value.pageSize : DEFAULT_PAGE_SIZE;
  const state: ShoppingState = { products, pageStart: index(value.pageStart) ?? 0, pageSize };
  // Spoken back ("Last time you looked at coffee"): braces or markup are not words anyone said.
  if (typeof value.query === 'string' && value.query.length <= MAX_QUERY_LENGTH && !/[{}<>]/.test(value.query)) state.query = value.query;
  const current = index(value.current);
  if (current !== undefined) state.current = current;
  if (typeof value.totalResults === 'number' && Number.isFinite(value.totalResults)) state.totalResults = value.totalResults;
  // Only two different ASINs that are both still listed: anything else is no pair.
  const listed = (asin: unknown): asin is string => typeof asin === 'string' && products.some((p) => p.asin === asin);
  const [a, b, ...rest] = Array.isArray(value.pair) ? (value.pair as unknown[]) : [];
  if (listed(a) && listed(b) && a !== b && rest.length === 0) state.pair = [a, b];
  const refinements = parseRefinementState(value.refinements);
  if (refinements !== undefined) state.refinements = refinements;
  return state;
}

export function setShoppingState(input: HandlerInput, state: ShoppingState): void {
  sessionAttributes(input)[SessionKeys.Shopping] = state;
}

/** The products of the page last read out. */
export function currentPage(state: ShoppingState): ListedProduct[] {
  return state.products.slice(state.pageStart, state.pageStart + state.pageSize);
}

/** Out of range: `count` on the page read out, `total` results known (more when the search found more). */
export type ProductChoice = { kind: 'chosen'; index: number; product: ListedProduct } | { kind: 'none' } | { kind: 'out-of-range'; ordinal: number; count: number; total: number };

/**
 * Picks the product the customer means: "the second one" counts within the page just read
 * out; with no ordinal it is the current product, or the only one listed on the page.
 */
export function chooseProduct(state: ShoppingState, ordinal: number | undefined): ProductChoice {
  const page = currentPage(state);
  // Nothing listed yet: "the second one" means nothing, so ask what to look for instead.
  if (page.length === 0) return { kind: 'none' };
  if (ordinal !== undefined) {
    const product = page[ordinal - 1];
    if (ordinal < 1 || product === undefined) return { kind: 'out-of-range', ordinal, count: page.length, total: Math.max(state.totalResults ?? 0, state.products.length) };
    return { kind: 'chosen', index: state.pageStart + ordinal - 1, product };
  }
  if (state.current !== undefined) {
    const product = state.products[state.current];
    if (product !== undefined) return { kind: 'chosen', index: state.current, product };
  }
  const [only] = page;
  if (page.length === 1 && only !== undefined) return { kind: 'chosen', index: state.pageStart, product: only };
  return { kind: 'none' };
}

export function getLastAnswer(input: HandlerInput): LastAnswer | undefined {
  const raw = sessionAttributes(input)[SessionKeys.LastAnswer];
  if (!isRecord(raw)) return undefined;
  const value = raw as Partial<LastAnswer>;
  // Replayed as SSML: only what the skill itself would have said, never whatever came back.
  if (typeof value.speech !== 'string' || !isPlainSpokenSsml(value.speech)) return undefined;
  return typeof value.reprompt === 'string' && isPlainSpokenSsml(value.reprompt) ? { speech: value.speech, reprompt: value.reprompt } : { speech: value.speech };
}

export function setLastAnswer(input: HandlerInput, answer: LastAnswer): void {
  sessionAttributes(input)[SessionKeys.LastAnswer] = answer;
}

/** The product the customer is talking about, if one is current (no ordinal given). */
export function currentProduct(input: HandlerInput): ListedProduct | undefined {
  const choice = chooseProduct(getShoppingState(input), undefined);
  return choice.kind === 'chosen' ? choice.product : undefined;
}
