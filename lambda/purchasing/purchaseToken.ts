/**
 * The token sent with `Connections.SendRequest`. It comes back untouched in the
 * `Connections.Response`, through Alexa and the device, so it is framed and signed by the
 * token codec (security/tokenCodec.ts: the customer's binding, a nonce, the saved context's
 * id). Its own fields say which request it was (Buy, Upsell, Cancel), which product by
 * reference name and in-skill product id, and what a paid continuation needs even when the
 * customer's state cannot be read: what to continue with after an upsell. The list, the page
 * and the product in focus are not here: they are the saved shopping context
 * (conversation/shoppingContext.ts), which the token names by id. The response is acted on only in that customer's
 * session and only when its `payload.productId` is that product. It is never proof of a
 * purchase: `payload.purchaseResult` and the Monetization API are.
 */
import { type PremiumProductRef, type PurchaseRequestName, PurchaseRequestNames } from '../constants';
import type { VerifyResult } from '../security/signedToken';
import { issueToken, readToken, type TokenKind } from '../security/tokenCodec';
import { premiumProductRef } from './features';
import { compactPending, type PendingPremiumRequest, parsePending } from './pending';

/**
 * Purchase flows take a minute or two. Ten minutes bounds a replay when the state store
 * cannot record the token's use (persistence/usedTokens.ts).
 */
export const PURCHASE_TOKEN_MAX_AGE_SECONDS = 600;

export interface PurchaseTokenRecord {
  request: PurchaseRequestName;
  referenceName: PremiumProductRef;
  /** The in-skill product id the directive names (amzn1.adg.product.…). */
  productId: string;
  /**
   * After an Upsell, the request to continue once the customer has paid, with the product it
   * was about. Here and only here: the customer must get what they paid for even when the
   * state store cannot be read, and a session copy could be forged.
   */
  pending: PendingPremiumRequest | undefined;
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
  // n: request name; r: product reference name; p: in-skill product id; q: pending request.
  // (Version 1 tokens also carried `c`, the product in focus: ignored, the saved context has it.)
  write: (record) => {
    const fields: Record<string, unknown> = { n: record.request, r: record.referenceName, p: record.productId };
    if (record.pending !== undefined) fields.q = compactPending(record.pending);
    return fields;
  },
  read: ({ n, r, p, q }) => {
    if (!isRequestName(n) || typeof p !== 'string' || !PRODUCT_ID_PATTERN.test(p)) return undefined;
    const referenceName = premiumProductRef(typeof r === 'string' ? r : undefined);
    if (referenceName === undefined) return undefined;
    return { request: n, referenceName, productId: p, pending: parsePending(q) };
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
