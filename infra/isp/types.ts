/**
 * The shapes the ISP sync works with. A product file is a bare `inSkillProductDefinition`
 * (the ASK skill package format, `isps/`); the service's summaries and lists follow the SMAPI
 * In-Skill Product Management API reference.
 */
import type { v1 } from 'ask-smapi-model';

/** A JSON value as read from a product file or a SMAPI body. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** Product types (reference: "type. Valid values: CONSUMABLE, ENTITLEMENT, SUBSCRIPTION"). */
export const PRODUCT_TYPES = ['CONSUMABLE', 'ENTITLEMENT', 'SUBSCRIPTION'] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];

/** Stages (reference: "stage. Valid values: development, certified, live"). */
export const STAGES = ['development', 'certified', 'live'] as const;
export type Stage = (typeof STAGES)[number];

/** The only stage the reference lets anyone update or delete in. */
export const WRITABLE_STAGE: Stage = 'development';

/**
 * A product definition that passed validation: Amazon's model type (`ask-smapi-model`
 * `v1.isp.InSkillProductDefinition`, which the file was type-checked against) and plain JSON.
 */
export type ProductDefinition = v1.isp.InSkillProductDefinition & JsonObject;

/** One parsed product file. `definition` is exactly what the file holds. */
export interface ProductFile {
  /** Path relative to the isps directory, e.g. `subscription/premium_shopper.json`. */
  readonly file: string;
  readonly referenceName: string;
  readonly type: ProductType;
  readonly definition: ProductDefinition;
}

/** What the service says about one product in a list (reference: "inSkillProducts[]"). */
export interface RemoteProductSummary {
  readonly productId: string;
  readonly referenceName: string;
  readonly type?: string;
  readonly stage?: string;
  readonly status?: string;
  readonly editableState?: string;
  readonly nameByLocale?: Readonly<Record<string, string>>;
}

/** A validation problem: which file, where in it (a JSON path), and the rule it breaks. */
export interface Problem {
  readonly file: string;
  readonly path: string;
  readonly rule: string;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
