/**
 * What the customer asked for before an upsell, so an accepted purchase continues with it
 * instead of making them ask again. It travels in the signed purchase token (the purchase
 * flow may come back in a new session) and in the session attributes as a second copy.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { type IntentName, SessionKeys } from '../constants';
import type { ListedProduct } from '../session';
import { isCurrencyCode } from '../browsing/speech';
import { PremiumFeatures } from './features';
import { sessionAttributes } from '../session';

export interface PendingPremiumRequest {
  intent: IntentName;
  /** The product the request was about, as it was listed. */
  product?: ListedProduct;
}

/** Only premium intents can be continued: anything else in a token or session is ignored. */
const CONTINUABLE: readonly string[] = Object.values(PremiumFeatures).map((f) => f.intent);

/** Titles are shortened so a token stays well under the 2 KB limit of signed records. */
const MAX_TITLE = 120;

export function parsePending(value: unknown): PendingPremiumRequest | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as { intent?: unknown; product?: unknown };
  if (typeof v.intent !== 'string' || !CONTINUABLE.includes(v.intent)) return undefined;
  const pending: PendingPremiumRequest = { intent: v.intent as IntentName };
  const product = parseListedProduct(v.product);
  if (product !== undefined) pending.product = product;
  return pending;
}

/** A listed product read back from a token or session, or undefined if it is not one. */
export function parseListedProduct(value: unknown): ListedProduct | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const p = value as { asin?: unknown; title?: unknown; price?: unknown };
  if (typeof p.asin !== 'string' || !/^[A-Z0-9]{10}$/.test(p.asin) || typeof p.title !== 'string') return undefined;
  const product: ListedProduct = { asin: p.asin, title: p.title.slice(0, MAX_TITLE) };
  const price = p.price as { amount?: unknown; currency?: unknown } | undefined;
  if (typeof price === 'object' && price !== null && typeof price.amount === 'number' && Number.isFinite(price.amount) && price.amount >= 0 && isCurrencyCode(price.currency)) {
    product.price = { amount: price.amount, currency: price.currency };
  }
  return product;
}

/** A product as kept in tokens and session: ASIN, a shortened title, the price. */
export function compactProduct(product: ListedProduct): ListedProduct {
  const { asin, title, price } = product;
  const valid = price !== undefined && Number.isFinite(price.amount) && price.amount >= 0 && isCurrencyCode(price.currency);
  return valid ? { asin, title: title.slice(0, MAX_TITLE), price: { amount: price.amount, currency: price.currency } } : { asin, title: title.slice(0, MAX_TITLE) };
}

/** The compact copy kept in tokens and session: only what the continuation needs. */
export function compactPending(pending: PendingPremiumRequest): PendingPremiumRequest {
  if (pending.product === undefined) return { intent: pending.intent };
  return { intent: pending.intent, product: compactProduct(pending.product) };
}

export function setPendingInSession(input: HandlerInput, pending: PendingPremiumRequest | undefined): void {
  const attrs = sessionAttributes(input);
  if (pending === undefined) delete attrs[SessionKeys.PendingPremiumRequest];
  else attrs[SessionKeys.PendingPremiumRequest] = compactPending(pending);
}

export function pendingFromSession(input: HandlerInput): PendingPremiumRequest | undefined {
  return parsePending(sessionAttributes(input)[SessionKeys.PendingPremiumRequest]);
}
