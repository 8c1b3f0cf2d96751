/**
 * What the customer asked for before an upsell, so an accepted purchase continues with it
 * instead of making them ask again. It travels in the signed purchase token (the purchase
 * flow may come back in a new session), and only there: a copy in the session attributes
 * could be forged, so none is kept.
 */
import type { IntentName } from '../constants';
import { type ListedProduct, parseListedProduct } from '../session';
import { PremiumFeatures } from './features';
import { isRecord } from '../util/guards';
import { parseMoney } from '../util/money';

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
  if (!isRecord(value)) return undefined;
  const v = value as { intent?: unknown; product?: unknown };
  if (typeof v.intent !== 'string' || !CONTINUABLE.includes(v.intent)) return undefined;
  const pending: PendingPremiumRequest = { intent: v.intent as IntentName };
  const product = parseListedProduct(v.product);
  if (product !== undefined) pending.product = product;
  return pending;
}

/** A product as kept in tokens and session: ASIN, a shortened title, the price. */
export function compactProduct(product: ListedProduct): ListedProduct {
  const { asin, title } = product;
  const price = parseMoney(product.price);
  return price === undefined ? { asin, title: title.slice(0, MAX_TITLE) } : { asin, title: title.slice(0, MAX_TITLE), price };
}

/** The compact copy kept in tokens and session: only what the continuation needs. */
export function compactPending(pending: PendingPremiumRequest): PendingPremiumRequest {
  if (pending.product === undefined) return { intent: pending.intent };
  return { intent: pending.intent, product: compactProduct(pending.product) };
}
