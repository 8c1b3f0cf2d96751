/**
 * Reads the Monetization API's in-skill products without trusting their types. Unknown enum
 * values count as not entitled / not purchasable (ask-sdk-model: "Any new values introduced
 * later should be treated as 'NOT_ENTITLED'"); a record without a productId or referenceName
 * cannot be bought or checked, so it is dropped rather than guessed at.
 */
import type { PremiumProduct, ProductKind } from './types';
import { isRecord } from '../util/guards';

const KINDS: readonly ProductKind[] = ['SUBSCRIPTION', 'ENTITLEMENT', 'CONSUMABLE'];

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function parseProduct(raw: unknown): PremiumProduct | undefined {
  if (!isRecord(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  const productId = text(r.productId);
  const referenceName = text(r.referenceName);
  if (productId === undefined || referenceName === undefined) return undefined;
  const kind = KINDS.find((k) => k === r.type) ?? 'UNKNOWN';
  const count = typeof r.activeEntitlementCount === 'number' && Number.isInteger(r.activeEntitlementCount) && r.activeEntitlementCount > 0 ? r.activeEntitlementCount : 0;
  const entitled = r.entitled === 'ENTITLED';
  return {
    productId,
    referenceName,
    name: text(r.name) ?? referenceName,
    summary: text(r.summary) ?? '',
    kind,
    entitled,
    purchasable: r.purchasable === 'PURCHASABLE',
    // An entitled subscription or entitlement counts once even if the count field is missing.
    activeEntitlementCount: entitled && kind !== 'CONSUMABLE' ? Math.max(1, count) : count,
  };
}

export interface ProductsPage {
  products: PremiumProduct[];
  nextToken: string | undefined;
}

/** One page of `GET /v1/users/~current/skills/~current/inSkillProducts`. */
export function parseProductsPage(body: unknown): ProductsPage | undefined {
  if (!isRecord(body)) return undefined;
  const b = body as Record<string, unknown>;
  if (!Array.isArray(b.inSkillProducts)) return undefined;
  const products = b.inSkillProducts.map(parseProduct).filter((p): p is PremiumProduct => p !== undefined);
  const nextToken = b.isTruncated === true ? text(b.nextToken) : undefined;
  return { products, nextToken };
}
