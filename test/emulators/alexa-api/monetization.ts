/**
 * The Monetization API's `GET /v1/users/~current/skills/~current/inSkillProducts` for one
 * customer, seeded from the real ISP files (skill-package/isps/*), so names, types and
 * reference names are what ships. Paging per the In-Skill Purchasing Monetization Service API
 * reference (Get all in-skill products): at most 100 products a page,
 * `isTruncated` + an opaque `nextToken`. Filters `purchasable`, `entitled`, `productType`.
 *
 * Controls change the customer's entitlements the way Alexa's purchase flow would
 * (`acceptPurchase` grants a subscription or entitlement, adds one unit of a consumable), and
 * fault modes stand in for "Monetization down": failing status codes, dropped connections,
 * slow answers, and raw enum values the SDK model does not know.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { currencyOf, marketplaceFor } from '../../../lambda/catalog/regions';
import type { Route, RouteResult } from './server';

export const MONETIZATION_ROUTE = 'monetization.inSkillProducts';
const PRODUCTS_PATH = /^\/v1\/users\/~current\/skills\/~current\/inSkillProducts\/?$/;
/** The API's page limit (Monetization Service API reference, Get all in-skill products: maxResults). */
export const MAX_PAGE_SIZE = 100;

const ISPS_DIR = join(__dirname, '..', '..', '..', 'skill-package', 'isps');

export interface EmulatedProduct {
  productId: string;
  referenceName: string;
  type: string;
  /** Localised name and summary by locale. */
  text: Record<string, { name: string; summary: string }>;
  /** The ISP file's price listing by marketplace, and how often a subscription bills: what Alexa's purchase flow says. */
  prices?: Record<string, { price: number; currency: string }>;
  billing?: string;
  purchasable: string;
  entitled: string;
  entitlementReason: string;
  activeEntitlementCount: number;
}

export type MonetizationFault = { kind: 'status'; status: number } | { kind: 'drop' } | { kind: 'slow'; delayMs: number } | { kind: 'malformed' };

export interface MonetizationEmulator {
  readonly routes: Route[];
  /** Every product, in list order (copies). */
  products(): EmulatedProduct[];
  /** The product id Amazon assigned to a reference name (deterministic here). */
  productId(referenceName: string): string;
  /** Sets ownership: true/false, or a unit count for consumables. */
  setEntitlement(referenceName: string, entitled: boolean | number): void;
  setPurchasable(referenceName: string, purchasable: boolean): void;
  /** What an ACCEPTED purchase does: entitles, or adds one consumable unit. */
  acceptPurchase(referenceName: string): void;
  /** What an ACCEPTED cancel does. */
  revoke(referenceName: string): void;
  /** Adds a product (e.g. fillers for paging tests). */
  addProduct(product: Partial<EmulatedProduct> & { referenceName: string }): EmulatedProduct;
  /** Overwrites raw fields, e.g. an enum value the model does not know. */
  override(referenceName: string, fields: Partial<Pick<EmulatedProduct, 'purchasable' | 'entitled' | 'type'>>): void;
  /** Fault for the next `times` calls (default: until cleared). */
  fail(fault: MonetizationFault, times?: number): void;
  healthy(): void;
  /** Calls to inSkillProducts so far. */
  calls(): number;
  /** Back to the seeded state: nothing owned, everything purchasable, no faults. */
  reset(): void;
  // The simulator's EntitlementControl, by product id (test/sim/purchases.ts).
  describe(productId: string, locale: string): Promise<{ name: string; type: string; entitled: boolean; price?: string } | undefined>;
  grant(productId: string): Promise<void>;
  revokeById(productId: string): Promise<void>;
}

function productIdFor(referenceName: string): string {
  const h = createHash('sha256').update(referenceName).digest('hex');
  return `amzn1.adg.product.${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

function listJson(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return listJson(full);
    return e.isFile() && e.name.endsWith('.json') ? [full] : [];
  });
}

/** Reads the ISP definitions the skill package ships. */
export function seedFromIspFiles(dir = ISPS_DIR): EmulatedProduct[] {
  return listJson(dir)
    .sort()
    .map((file) => {
      const def = JSON.parse(readFileSync(file, 'utf8')) as {
        type: string;
        referenceName: string;
        publishingInformation: {
          locales: Record<string, { name: string; summary: string }>;
          pricing?: Record<string, { defaultPriceListing?: { price: number; currency: string } }>;
        };
        subscriptionInformation?: { subscriptionPaymentFrequency?: string };
      };
      const text: EmulatedProduct['text'] = {};
      for (const [locale, info] of Object.entries(def.publishingInformation.locales)) text[locale] = { name: info.name, summary: info.summary };
      const prices: NonNullable<EmulatedProduct['prices']> = {};
      for (const [marketplace, listing] of Object.entries(def.publishingInformation.pricing ?? {}))
        if (listing.defaultPriceListing !== undefined) prices[marketplace] = listing.defaultPriceListing;
      const billing = def.subscriptionInformation?.subscriptionPaymentFrequency;
      return {
        ...notOwned({ productId: productIdFor(def.referenceName), referenceName: def.referenceName, type: def.type, text }),
        prices,
        ...(billing === undefined ? {} : { billing }),
      };
    });
}

/**
 * The price Alexa's purchase flow states, as the locale writes it ("$2.99 a month"): the listing
 * in the locale's currency (the marketplace the skill's catalog uses for it). None for a
 * locale whose currency no listing has (en-CA: ISP has no CAD).
 */
function spokenIspPrice(product: EmulatedProduct, locale: string): string | undefined {
  const currency = currencyOf(marketplaceFor(locale).productRegion);
  const listing = Object.values(product.prices ?? {}).find((l) => l.currency === currency);
  if (listing === undefined) return undefined;
  const amount = new Intl.NumberFormat(locale, { style: 'currency', currency }).format(listing.price);
  return product.billing === 'MONTHLY' ? `${amount} a month` : product.billing === 'YEARLY' ? `${amount} a year` : amount;
}

function notOwned(p: Pick<EmulatedProduct, 'productId' | 'referenceName' | 'type' | 'text'>): EmulatedProduct {
  return { ...p, purchasable: 'PURCHASABLE', entitled: 'NOT_ENTITLED', entitlementReason: 'NOT_PURCHASED', activeEntitlementCount: 0 };
}

function localised(product: EmulatedProduct, acceptLanguage: string | undefined): { name: string; summary: string } {
  const text = (acceptLanguage !== undefined ? product.text[acceptLanguage] : undefined) ?? product.text['en-US'] ?? Object.values(product.text)[0];
  return text ?? { name: product.referenceName, summary: '' };
}

export function monetizationEmulator(seed: () => EmulatedProduct[] = seedFromIspFiles): MonetizationEmulator {
  let products = seed();
  let fault: { fault: MonetizationFault; remaining: number } | undefined;
  let callCount = 0;

  const byRef = (ref: string): EmulatedProduct => {
    const found = products.find((p) => p.referenceName === ref);
    if (found === undefined) throw new Error(`emulator has no product ${ref}`);
    return found;
  };
  const byId = (id: string): EmulatedProduct | undefined => products.find((p) => p.productId === id);

  const setOwned = (p: EmulatedProduct, count: number): void => {
    p.activeEntitlementCount = Math.max(0, count);
    p.entitled = p.activeEntitlementCount > 0 ? 'ENTITLED' : 'NOT_ENTITLED';
    p.entitlementReason = p.activeEntitlementCount > 0 ? 'PURCHASED' : 'NOT_PURCHASED';
    // A subscription or entitlement cannot be bought twice; a consumable always can.
    if (p.type !== 'CONSUMABLE') p.purchasable = p.activeEntitlementCount > 0 ? 'NOT_PURCHASABLE' : 'PURCHASABLE';
  };
  const accept = (p: EmulatedProduct): void => setOwned(p, p.type === 'CONSUMABLE' ? p.activeEntitlementCount + 1 : 1);

  const list = (url: URL, acceptLanguage: string | undefined): RouteResult => {
    const q = url.searchParams;
    const maxResults = q.has('maxResults') ? Number(q.get('maxResults')) : MAX_PAGE_SIZE;
    if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > MAX_PAGE_SIZE) {
      return { status: 400, body: { message: `maxResults must be 1 to ${MAX_PAGE_SIZE}` } };
    }
    let offset = 0;
    const token = q.get('nextToken');
    if (token !== null) {
      const decoded = Number(
        Buffer.from(token, 'base64url')
          .toString('utf8')
          .replace(/^offset:/, ''),
      );
      if (!Number.isInteger(decoded) || decoded < 0) return { status: 400, body: { message: 'invalid nextToken' } };
      offset = decoded;
    }
    const matching = products.filter(
      (p) =>
        (!q.has('purchasable') || p.purchasable === q.get('purchasable')) &&
        (!q.has('entitled') || p.entitled === q.get('entitled')) &&
        (!q.has('productType') || p.type === q.get('productType')),
    );
    const page = matching.slice(offset, offset + maxResults);
    const truncated = offset + maxResults < matching.length;
    return {
      status: 200,
      body: {
        inSkillProducts: page.map((p) => ({
          productId: p.productId,
          referenceName: p.referenceName,
          type: p.type,
          ...localised(p, acceptLanguage),
          purchasable: p.purchasable,
          entitled: p.entitled,
          entitlementReason: p.entitlementReason,
          activeEntitlementCount: p.activeEntitlementCount,
          purchaseMode: 'TEST',
        })),
        isTruncated: truncated,
        ...(truncated ? { nextToken: Buffer.from(`offset:${offset + maxResults}`).toString('base64url') } : {}),
      },
    };
  };

  const route: Route = {
    method: 'GET',
    path: PRODUCTS_PATH,
    name: MONETIZATION_ROUTE,
    handle: ({ url, headers }) => {
      callCount += 1;
      const acceptLanguage = typeof headers['accept-language'] === 'string' ? headers['accept-language'] : undefined;
      if (fault !== undefined) {
        const current = fault.fault;
        fault.remaining -= 1;
        if (fault.remaining <= 0) fault = undefined;
        if (current.kind === 'status') return { status: current.status, body: { message: 'Internal Server Error' } };
        if (current.kind === 'drop') return { status: 0, drop: true };
        if (current.kind === 'malformed') return { status: 200, body: { unexpected: true } };
        return { ...list(url, acceptLanguage), delayMs: current.delayMs };
      }
      return list(url, acceptLanguage);
    },
  };

  return {
    routes: [route],
    products: () => products.map((p) => ({ ...p, text: { ...p.text } })),
    productId: (ref) => byRef(ref).productId,
    setEntitlement: (ref, entitled) => setOwned(byRef(ref), typeof entitled === 'number' ? entitled : entitled ? 1 : 0),
    setPurchasable: (ref, purchasable) => {
      byRef(ref).purchasable = purchasable ? 'PURCHASABLE' : 'NOT_PURCHASABLE';
    },
    acceptPurchase: (ref) => accept(byRef(ref)),
    revoke: (ref) => setOwned(byRef(ref), 0),
    addProduct: (partial) => {
      const product: EmulatedProduct = {
        ...notOwned({
          productId: productIdFor(partial.referenceName),
          referenceName: partial.referenceName,
          type: 'ENTITLEMENT',
          text: { 'en-US': { name: partial.referenceName, summary: '' } },
        }),
        ...partial,
      };
      products.push(product);
      return product;
    },
    override: (ref, fields) => Object.assign(byRef(ref), fields),
    fail: (f, times = Number.POSITIVE_INFINITY) => {
      fault = { fault: f, remaining: times };
    },
    healthy: () => {
      fault = undefined;
    },
    calls: () => callCount,
    reset: () => {
      products = seed();
      fault = undefined;
      callCount = 0;
    },
    describe: async (productId, locale) => {
      const p = byId(productId);
      if (p === undefined) return undefined;
      const price = spokenIspPrice(p, locale);
      return { name: localised(p, locale).name, type: p.type, entitled: p.entitled === 'ENTITLED', ...(price === undefined ? {} : { price }) };
    },
    grant: async (productId) => {
      const p = byId(productId);
      if (p !== undefined) accept(p);
    },
    revokeById: async (productId) => {
      const p = byId(productId);
      if (p !== undefined) setOwned(p, 0);
    },
  };
}
