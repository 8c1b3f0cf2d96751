import type { JsonObject, RemoteProductSummary } from './types';

/**
 * The eleven In-Skill Product Management operations the sync needs, as an interface so the
 * planner and applier never see the SDK (SMAPI In-Skill Product Management REST API reference).
 * The real implementation is `SmapiIspApi` (smapi.ts).
 */
export interface ProductPage {
  readonly products: readonly RemoteProductSummary[];
  readonly nextToken: string | undefined;
}

export interface SkillIdPage {
  readonly skillIds: readonly string[];
  readonly nextToken: string | undefined;
}

export interface VendorListQuery {
  readonly vendorId: string;
  readonly stage?: string;
  readonly referenceName?: string;
  readonly nextToken?: string;
  readonly maxResults?: number;
}

export interface IspApi {
  listVendorProducts(query: VendorListQuery): Promise<ProductPage>;
  listSkillProducts(skillId: string, stage: string, nextToken?: string): Promise<ProductPage>;
  listAssociatedSkills(productId: string, stage: string, nextToken?: string): Promise<SkillIdPage>;
  getDefinition(productId: string, stage: string): Promise<JsonObject>;
  /**
   * Creates a product and returns its id. Implementations must never create a second product
   * for the same referenceName when an answer is lost (see smapi.ts).
   */
  create(vendorId: string, definition: JsonObject): Promise<string>;
  update(productId: string, stage: string, definition: JsonObject): Promise<void>;
  delete(productId: string, stage: string): Promise<void>;
  associate(productId: string, skillId: string): Promise<void>;
  disassociate(productId: string, skillId: string): Promise<void>;
  resetEntitlement(productId: string, stage: string): Promise<void>;
}

/** The reference's page limit for every list operation ("maxResults ... Valid values: 1–50"). */
export const MAX_PAGE_SIZE = 50;

/** Follows `nextToken` through every page. */
export async function collectPages<T>(fetchPage: (nextToken: string | undefined) => Promise<{ items: readonly T[]; nextToken: string | undefined }>): Promise<T[]> {
  const all: T[] = [];
  const seenTokens = new Set<string>();
  let nextToken: string | undefined;
  do {
    const page = await fetchPage(nextToken);
    all.push(...page.items);
    nextToken = page.nextToken;
    // A service that hands back the same token twice would loop forever; stop instead.
    if (nextToken !== undefined) {
      if (seenTokens.has(nextToken)) break;
      seenTokens.add(nextToken);
    }
  } while (nextToken !== undefined);
  return all;
}

export async function listAllVendorProducts(api: IspApi, query: Omit<VendorListQuery, 'nextToken' | 'maxResults'>): Promise<RemoteProductSummary[]> {
  return collectPages(async (nextToken) => {
    const page = await api.listVendorProducts({ ...query, maxResults: MAX_PAGE_SIZE, ...(nextToken === undefined ? {} : { nextToken }) });
    return { items: page.products, nextToken: page.nextToken };
  });
}

export async function listAllSkillProducts(api: IspApi, skillId: string, stage: string): Promise<RemoteProductSummary[]> {
  return collectPages(async (nextToken) => {
    const page = await api.listSkillProducts(skillId, stage, nextToken);
    return { items: page.products, nextToken: page.nextToken };
  });
}

export async function listAllAssociatedSkills(api: IspApi, productId: string, stage: string): Promise<string[]> {
  return collectPages(async (nextToken) => {
    const page = await api.listAssociatedSkills(productId, stage, nextToken);
    return { items: page.skillIds, nextToken: page.nextToken };
  });
}
