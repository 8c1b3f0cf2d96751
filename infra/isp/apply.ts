import type { IspApi } from './api';
import { IspSyncError } from './errors';
import { mapLimit, type Plan, type PlanItem, type Step } from './plan';

export interface ItemOutcome {
  readonly item: PlanItem;
  /** The product id after the run (a new one for a create). */
  readonly productId: string | undefined;
  readonly done: readonly Step[];
  /** Redacted message of the call that failed; the item's later steps were not attempted. */
  readonly error?: string;
}

export interface ApplyResult {
  readonly outcomes: readonly ItemOutcome[];
  readonly failed: number;
}

export interface ApplyOptions {
  readonly concurrency?: number;
  readonly log?: (line: string) => void;
}

/**
 * Carries out a plan: creates, updates and associations first, prunes after, so a product is
 * never missing between the two. Items are independent: one failure does not stop the rest,
 * and every failure is reported. Never writes `protected`, `conflict` or `other` items
 * (they have no steps), and re-checks the stage rule before every write.
 */
export async function applyPlan(api: IspApi, plan: Plan, options: ApplyOptions = {}): Promise<ApplyResult> {
  const log = options.log ?? (() => undefined);
  const concurrency = options.concurrency ?? 4;
  const run = (items: readonly PlanItem[]): Promise<ItemOutcome[]> => mapLimit(items, concurrency, (item) => applyItem(api, plan, item, log));
  const first = await run(plan.items.filter((item) => item.kind === 'sync'));
  const second = await run(plan.items.filter((item) => item.kind === 'prune'));
  const untouched = plan.items.filter((item) => item.kind !== 'sync' && item.kind !== 'prune').map((item): ItemOutcome => ({ item, productId: item.productId, done: [] }));
  const outcomes = [...first, ...second, ...untouched];
  return { outcomes, failed: outcomes.filter((outcome) => outcome.error !== undefined).length };
}

async function applyItem(api: IspApi, plan: Plan, item: PlanItem, log: (line: string) => void): Promise<ItemOutcome> {
  let productId = item.productId;
  const done: Step[] = [];
  for (const step of item.steps) {
    try {
      productId = await applyStep(api, plan, item, step, productId);
      done.push(step);
      log(`  ${pastTense(step)} ${item.referenceName}${productId === undefined ? '' : ` (${productId})`}`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`  FAILED ${step} ${item.referenceName}: ${message}`);
      return { item, productId, done, error: message };
    }
  }
  return { item, productId, done };
}

async function applyStep(api: IspApi, plan: Plan, item: PlanItem, step: Step, productId: string | undefined): Promise<string | undefined> {
  if (step === 'create') {
    if (item.product === undefined) throw new IspSyncError(`nothing to create for ${item.referenceName}`, 1);
    return api.create(plan.vendorId, item.product.definition);
  }
  if (productId === undefined) throw new IspSyncError(`no product id for ${item.referenceName}`, 1);
  // Belt and braces: the plan already excludes these, but a write outside development must never leave here.
  if (item.stage !== undefined && item.stage !== '' && item.stage !== 'development' && step !== 'associate') {
    throw new IspSyncError(`refusing to ${step} ${item.referenceName}: stage ${item.stage}`, 1);
  }
  switch (step) {
    case 'update':
      if (item.product === undefined) throw new IspSyncError(`nothing to update ${item.referenceName} with`, 1);
      await api.update(productId, plan.stage, item.product.definition);
      break;
    case 'associate':
      await api.associate(productId, plan.skillId);
      break;
    case 'disassociate':
      await api.disassociate(productId, plan.skillId);
      break;
    case 'delete':
      await api.delete(productId, plan.stage);
      break;
  }
  return productId;
}

function pastTense(step: Step): string {
  return { create: 'created', update: 'updated', associate: 'associated', disassociate: 'disassociated', delete: 'deleted' }[step];
}
