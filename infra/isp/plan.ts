import { type IspApi, listAllAssociatedSkills, listAllSkillProducts, listAllVendorProducts } from './api';
import { diffDefinitions } from './compare';
import type { ProductFile, RemoteProductSummary } from './types';

/** One write the sync can make, in the order it makes them for a product. */
export type Step = 'create' | 'update' | 'associate' | 'disassociate' | 'delete';

/**
 * - `sync`: the file's product (created, updated, associated as needed; no steps = in sync).
 * - `protected`: live or certified; never written.
 * - `conflict`: cannot be converged safely (duplicates, a type change); never written.
 * - `prune`: associated with the skill but named by no file.
 * - `other`: in the account, not this skill's, not named by a file; never written.
 */
export type ItemKind = 'sync' | 'protected' | 'conflict' | 'prune' | 'other';

export interface PlanItem {
  readonly kind: ItemKind;
  readonly referenceName: string;
  readonly file?: string;
  readonly productId?: string;
  readonly stage?: string;
  readonly steps: readonly Step[];
  /** JSON paths of the fields an update changes. */
  readonly changes: readonly string[];
  readonly note?: string;
  /** For `sync` items: the definition to create or update with. */
  readonly product?: ProductFile;
}

export interface Plan {
  readonly vendorId: string;
  readonly skillId: string;
  readonly stage: string;
  readonly prune: boolean;
  readonly items: readonly PlanItem[];
}

export interface PlanOptions {
  readonly vendorId: string;
  readonly skillId: string;
  readonly stage: string;
  readonly prune: boolean;
  readonly concurrency?: number;
}

/** Stages in which the sync never writes: the reference allows updates and deletes in development only. */
const PROTECTED_STAGES: ReadonlySet<string> = new Set(['live', 'certified']);

/**
 * Reads the account (every page) and decides what `apply` must do. Reads only: lists, then
 * one definition per matched development product, then associated skills for prune candidates.
 */
export async function buildPlan(api: IspApi, products: readonly ProductFile[], options: PlanOptions): Promise<Plan> {
  const { vendorId, skillId, stage } = options;
  const concurrency = options.concurrency ?? 4;
  // No stage filter: a live product must be seen, or its file would look new and be created twice.
  const remote = await listAllVendorProducts(api, { vendorId });
  const associated = new Set((await listAllSkillProducts(api, skillId, stage)).map((product) => product.productId));
  const byReference = groupByReference(remote);
  const named = new Set(products.map((product) => product.referenceName));

  const syncItems = await mapLimit(products, concurrency, async (product): Promise<PlanItem> => {
    const base = { referenceName: product.referenceName, file: product.file, product };
    const matches = byReference.get(product.referenceName) ?? [];
    const ids = [...new Set(matches.map((match) => match.productId))];
    if (ids.length === 0) return { ...base, kind: 'sync', steps: ['create', 'associate'], changes: [] };
    if (ids.length > 1) {
      return { ...base, kind: 'conflict', steps: [], changes: [], note: `${ids.length} remote products share this referenceName (${ids.join(', ')}); fix by hand` };
    }
    const productId = ids[0] ?? '';
    const locked = matches.find((match) => PROTECTED_STAGES.has(match.stage ?? ''));
    if (locked !== undefined) {
      return { ...base, kind: 'protected', productId, stage: locked.stage ?? '', steps: [], changes: [], note: `${locked.stage} product: never updated by this tool` };
    }
    const definition = await api.getDefinition(productId, stage);
    if (definition['type'] !== product.type) {
      return {
        ...base,
        kind: 'conflict',
        productId,
        stage,
        steps: [],
        changes: ['type'],
        note: `type cannot change (${String(definition['type'])} -> ${product.type}); use a new referenceName`,
      };
    }
    const changes = diffDefinitions(product.definition, definition);
    const steps: Step[] = [];
    if (changes.length > 0) steps.push('update');
    if (!associated.has(productId)) steps.push('associate');
    return { ...base, kind: 'sync', productId, stage, steps, changes };
  });

  const leftovers = remote.filter((product) => !named.has(product.referenceName));
  const otherItems = await mapLimit(oneRowPerProduct(leftovers), concurrency, async (product): Promise<PlanItem> => {
    const base = { referenceName: product.referenceName, productId: product.productId, stage: product.stage ?? '', changes: [] };
    if (!associated.has(product.productId)) return { ...base, kind: 'other', steps: [], note: 'not associated with this skill' };
    if (PROTECTED_STAGES.has(product.stage ?? '')) {
      return { ...base, kind: 'protected', steps: [], note: `${product.stage} product no file names: never disassociated or deleted` };
    }
    if (!options.prune) return { ...base, kind: 'prune', steps: [], note: 'no file names it; --prune would disassociate and delete it' };
    // The reference forbids deleting an associated product; one shared with another skill is only disassociated.
    const skills = await listAllAssociatedSkills(api, product.productId, stage);
    const others = skills.filter((id) => id !== skillId);
    if (others.length > 0) return { ...base, kind: 'prune', steps: ['disassociate'], note: `kept: also associated with ${others.length} other skill(s)` };
    return { ...base, kind: 'prune', steps: ['disassociate', 'delete'] };
  });

  return { vendorId, skillId, stage, prune: options.prune, items: [...syncItems, ...otherItems] };
}

/**
 * The vendor list has one row per product and stage, in no specified order. One row per
 * product, and when any of its rows is live or certified, that row: a product with a live row
 * is protected whichever row the list happens to show first.
 */
export function oneRowPerProduct(rows: readonly RemoteProductSummary[]): RemoteProductSummary[] {
  const chosen = new Map<string, RemoteProductSummary>();
  for (const row of rows) {
    const current = chosen.get(row.productId);
    if (current === undefined || (!PROTECTED_STAGES.has(current.stage ?? '') && PROTECTED_STAGES.has(row.stage ?? ''))) chosen.set(row.productId, row);
  }
  return [...chosen.values()];
}

function groupByReference(products: readonly RemoteProductSummary[]): Map<string, RemoteProductSummary[]> {
  const groups = new Map<string, RemoteProductSummary[]>();
  for (const product of products) {
    const group = groups.get(product.referenceName);
    if (group === undefined) groups.set(product.referenceName, [product]);
    else group.push(product);
  }
  return groups;
}

/** Runs `fn` over `items` with at most `limit` in flight, keeping the input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      const item = items[index];
      if (item !== undefined) results[index] = await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
