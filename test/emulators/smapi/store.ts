/**
 * The emulator's account: products with their stage, associations and test entitlements.
 * Rules from the SMAPI In-Skill Product Management REST API reference live in routes.ts; this is data.
 */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonRecord = { [key: string]: Json };

export type EmulatedStage = 'development' | 'certified' | 'live';

export interface StoredProduct {
  readonly productId: string;
  readonly vendorId: string;
  stage: EmulatedStage;
  definition: JsonRecord;
  lastUpdated: string;
  readonly skills: Set<string>;
  entitlements: number;
  /**
   * A certified or live product still has its development row: the vendor list then shows one
   * row per stage. `first` or `last` says where that row comes, as the service's order is not specified.
   */
  developmentRow?: 'first' | 'last';
}

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class ProductStore {
  private readonly products = new Map<string, StoredProduct>();
  private sequence = 0;

  add(vendorId: string, definition: JsonRecord, stage: EmulatedStage = 'development'): StoredProduct {
    this.sequence += 1;
    const productId = `amzn1.adg.product.${String(this.sequence).padStart(4, '0')}-emu`;
    const product: StoredProduct = {
      productId,
      vendorId,
      stage,
      definition: withServiceFields(definition),
      lastUpdated: new Date().toISOString(),
      skills: new Set(),
      entitlements: 0,
    };
    this.products.set(productId, product);
    return product;
  }

  get(productId: string): StoredProduct | undefined {
    return this.products.get(productId);
  }

  replace(product: StoredProduct, definition: JsonRecord): void {
    product.definition = withServiceFields(definition);
    product.lastUpdated = new Date().toISOString();
  }

  remove(productId: string): void {
    this.products.delete(productId);
  }

  all(): StoredProduct[] {
    return [...this.products.values()];
  }
}

/**
 * What the service fills in when a definition leaves it out, so clients must ignore these
 * when comparing: purchasable and promotable state, and a release date per marketplace.
 */
function withServiceFields(definition: JsonRecord): JsonRecord {
  const copy = JSON.parse(JSON.stringify(definition)) as JsonRecord;
  if (copy['purchasableState'] === undefined) copy['purchasableState'] = 'PURCHASABLE';
  if (copy['promotableState'] === undefined) copy['promotableState'] = 'IN_SKILL_ONLY';
  const publishing = copy['publishingInformation'];
  const pricing = isRecord(publishing) ? publishing['pricing'] : undefined;
  if (isRecord(pricing)) {
    for (const entry of Object.values(pricing)) {
      if (isRecord(entry) && entry['releaseDate'] === undefined) entry['releaseDate'] = '2026-01-01T00:00:00Z';
    }
  }
  return copy;
}

/** The vendor list's rows for a product: one per stage it exists in, in the seeded order. */
export function listRows(product: StoredProduct): JsonRecord[] {
  const own = summarize(product);
  if (product.developmentRow === undefined || product.stage === 'development') return [own];
  const development = summarize(product, 'development');
  return product.developmentRow === 'first' ? [development, own] : [own, development];
}

/** The summary shape of list and summary answers (reference: "inSkillProducts[]"). */
export function summarize(product: StoredProduct, stage: EmulatedStage = product.stage): JsonRecord {
  const definition = product.definition;
  const publishing = definition['publishingInformation'];
  const locales = isRecord(publishing) ? publishing['locales'] : undefined;
  const nameByLocale: JsonRecord = {};
  if (isRecord(locales)) {
    for (const [locale, info] of Object.entries(locales)) if (isRecord(info) && typeof info['name'] === 'string') nameByLocale[locale] = info['name'];
  }
  const pricing = isRecord(publishing) ? publishing['pricing'] : undefined;
  return {
    type: definition['type'] ?? null,
    productId: product.productId,
    referenceName: definition['referenceName'] ?? null,
    lastUpdated: product.lastUpdated,
    nameByLocale,
    status: stage === 'live' ? 'PUBLISHED' : stage === 'certified' ? 'CERTIFICATION' : 'COMPLETE',
    stage,
    editableState: stage === 'development' ? 'EDITABLE' : 'NOT_EDITABLE',
    purchasableState: definition['purchasableState'] ?? 'PURCHASABLE',
    promotableState: definition['promotableState'] ?? 'IN_SKILL_ONLY',
    pricing: isRecord(pricing) ? pricing : {},
  };
}
