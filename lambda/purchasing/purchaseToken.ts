/**
 * The token sent with `Connections.SendRequest`. It comes back untouched in the
 * `Connections.Response`, through Alexa and the device, so it is signed
 * (security/signedToken.ts): it says which request it was (Buy, Upsell, Cancel), which
 * product by reference name, what to continue with after an upsell, and which catalog
 * product the customer was looking at (the flow may come back in a new session with no list).
 * It is bound to the customer (a keyed hash of the user id) and to the in-skill product id
 * the directive named: the response is acted on only in that customer's session and only
 * when its `payload.productId` is that product. It is never proof of a purchase:
 * `payload.purchaseResult` and the Monetization API are.
 */
import { type PremiumProductRef, type PurchaseRequestName, PurchaseRequestNames } from '../constants';
import { signRecord, type TimedRecord, type VerifyResult, verifyRecord } from '../security/signedToken';
import { isBoundTo, USER_BINDING_LENGTH, userBinding } from '../security/userBinding';
import { parseContextId } from '../conversation/contextId';
import { premiumProductRef } from './features';
import { type ListedProduct, parseListedProduct } from '../session';
import { compactPending, compactProduct, type PendingPremiumRequest, parsePending } from './pending';
import { isRecord } from '../util/guards';

/**
 * Purchase flows take a minute or two. Ten minutes bounds a replay when the state store
 * cannot record the token's use (persistence/usedTokens.ts).
 */
export const PURCHASE_TOKEN_MAX_AGE_SECONDS = 600;

interface WireRecord extends TimedRecord {
  v: 1;
  /** request name */
  n: PurchaseRequestName;
  /** product reference name */
  r: PremiumProductRef;
  /** pending request */
  q?: PendingPremiumRequest;
  /** the catalog product that was current */
  c?: ListedProduct;
  /** the in-skill product id the directive named */
  p: string;
  /** keyed hash of the user id the token was issued to */
  u: string;
  /** id of the saved shopping context (conversation/shoppingContext.ts) */
  x?: string;
}

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
/** Amazon's in-skill product ids: "amzn1.adg.product." and a UUID; bounded either way. */
const PRODUCT_ID_PATTERN = /^[\w.:-]{1,128}$/;

/** @param userId the customer the purchase flow is for: the response is refused in any other session. */
export function issuePurchaseToken(record: PurchaseTokenRecord, nowMs: number, key: Uint8Array, userId: string): string {
  const wire: WireRecord = { v: 1, n: record.request, r: record.referenceName, p: record.productId, u: userBinding(userId, key), iat: Math.floor(nowMs / 1000) };
  if (record.pending !== undefined) wire.q = compactPending(record.pending);
  if (record.current !== undefined) wire.c = compactProduct(record.current);
  if (record.context !== undefined) wire.x = record.context;
  return signRecord(wire, key);
}

function parseWire(value: unknown): WireRecord | undefined {
  if (!isRecord(value)) return undefined;
  const v = value as Partial<WireRecord>;
  if (v.v !== 1 || typeof v.n !== 'string' || !NAMES.includes(v.n) || typeof v.iat !== 'number') return undefined;
  if (typeof v.p !== 'string' || !PRODUCT_ID_PATTERN.test(v.p) || typeof v.u !== 'string' || v.u.length !== USER_BINDING_LENGTH) return undefined;
  const ref = premiumProductRef(typeof v.r === 'string' ? v.r : undefined);
  if (ref === undefined) return undefined;
  const wire: WireRecord = { v: 1, n: v.n, r: ref, p: v.p, u: v.u, iat: v.iat };
  const pending = parsePending(v.q);
  if (pending !== undefined) wire.q = pending;
  const current = parseListedProduct(v.c);
  if (current !== undefined) wire.c = current;
  const context = parseContextId(v.x);
  if (context !== undefined) wire.x = context;
  return wire;
}

/** @param userId the customer of the request the response came in: another customer's token is refused. */
export function readPurchaseToken(token: unknown, key: Uint8Array, nowMs: number, userId: string): VerifyResult<PurchaseTokenRecord> {
  const verified = verifyRecord(token, key, nowMs, PURCHASE_TOKEN_MAX_AGE_SECONDS, parseWire);
  if (!verified.ok) return verified;
  if (!isBoundTo(verified.record.u, userId, key)) return { ok: false, reason: 'other-user' };
  const { n, r, p, q, c, x } = verified.record;
  return { ok: true, record: { request: n, referenceName: r, productId: p, pending: q, current: c, context: x } };
}
