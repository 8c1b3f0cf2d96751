/**
 * The token sent with `Connections.SendRequest`. It comes back untouched in the
 * `Connections.Response`, through Alexa and the device, so it is framed and signed by the
 * token codec (security/tokenCodec.ts: the customer's binding, a nonce, the saved context's
 * id). Its own fields say which request it was (Buy, Upsell, Cancel), which product by
 * reference name and in-skill product id, and what a paid continuation needs even when the
 * customer's state cannot be read: what to continue with after an upsell and the catalog
 * product the customer was looking at. The response is acted on only in that customer's
 * session and only when its `payload.productId` is that product. It is never proof of a
 * purchase: `payload.purchaseResult` and the Monetization API are.
 */
import { type PremiumProductRef, type PurchaseRequestName, PurchaseRequestNames } from '../constants';
import type { VerifyResult } from '../security/signedToken';
import { issueToken, readToken, type TokenKind } from '../security/tokenCodec';
import { premiumProductRef } from './features';
import { type ListedProduct, parseListedProduct } from '../session';
import { compactPending, compactProduct, type PendingPremiumRequest, parsePending } from './pending';

/** Purchase flows take a minute or two; an hour-old token belongs to another conversation. */
export const PURCHASE_TOKEN_MAX_AGE_SECONDS = 3600;

export interface PurchaseTokenRecord {
  request: PurchaseRequestName;
  referenceName: PremiumProductRef;
  /** The in-skill product id the directive names (amzn1.adg.product.…). */
  productId: string;
  pending: PendingPremiumRequest | undefined;
  /** The catalog product the customer was looking at, to make current again afterwards. */
  current?: ListedProduct | undefined;
  /** The saved shopping context to bring back when the flow returns. */
  context?: string | undefined;
}

const NAMES: readonly string[] = Object.values(PurchaseRequestNames);
const isRequestName = (value: unknown): value is PurchaseRequestName => typeof value === 'string' && NAMES.includes(value);
/** Amazon's in-skill product ids: "amzn1.adg.product." and a UUID; bounded either way. */
const PRODUCT_ID_PATTERN = /^[\w.:-]{1,128}$/;

type PurchasePayload = Omit<PurchaseTokenRecord, 'context'>;

const PURCHASE: TokenKind<PurchasePayload> = {
  tag: 'p',
  maxAgeSeconds: PURCHASE_TOKEN_MAX_AGE_SECONDS,
  // n: request name; r: product reference name; p: in-skill product id; q: pending request;
  // c: the catalog product that was current.
  write: (record) => {
    const fields: Record<string, unknown> = { n: record.request, r: record.referenceName, p: record.productId };
    if (record.pending !== undefined) fields.q = compactPending(record.pending);
    if (record.current !== undefined) fields.c = compactProduct(record.current);
    return fields;
  },
  read: ({ n, r, p, q, c }) => {
    if (!isRequestName(n) || typeof p !== 'string' || !PRODUCT_ID_PATTERN.test(p)) return undefined;
    const referenceName = premiumProductRef(typeof r === 'string' ? r : undefined);
    if (referenceName === undefined) return undefined;
    const payload: PurchasePayload = { request: n, referenceName, productId: p, pending: parsePending(q) };
    const current = parseListedProduct(c);
    if (current !== undefined) payload.current = current;
    return payload;
  },
};

/** @param userId the customer the purchase flow is for: the response is refused in any other session. */
export function issuePurchaseToken(record: PurchaseTokenRecord, nowMs: number, key: Uint8Array, userId: string): string {
  const { context, ...payload } = record;
  return issueToken(PURCHASE, payload, { key, nowMs, userId }, context);
}

/** @param userId the customer of the request the response came in: another customer's token is refused. */
export function readPurchaseToken(token: unknown, key: Uint8Array, nowMs: number, userId: string): VerifyResult<PurchaseTokenRecord> {
  const read = readToken(PURCHASE, token, { key, nowMs, userId });
  if (!read.ok) return read;
  const { payload, context } = read.record;
  return { ok: true, record: { ...payload, context } };
}
