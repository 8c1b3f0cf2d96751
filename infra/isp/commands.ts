import { type IspApi, listAllAssociatedSkills, listAllSkillProducts, listAllVendorProducts } from './api';
import { type ApplyResult, applyPlan } from './apply';
import { UsageError, ValidationError } from './errors';
import type { ListedProduct } from './format';
import { buildPlan, mapLimit, type Plan } from './plan';
import { type ProductFile, WRITABLE_STAGE } from './types';
import { validateProductDirectory } from './validate';

/**
 * The four commands as library functions: the CLI wires them to arguments and output, tests
 * and the benchmark call them directly.
 */
export interface SyncTarget {
  readonly vendorId: string;
  readonly skillId: string;
  readonly stage: string;
}

/** Validates every file before any remote call; throws ValidationError listing every problem. */
export async function loadProducts(dir: string): Promise<ProductFile[]> {
  const { problems, products } = await validateProductDirectory(dir);
  if (problems.length > 0) throw new ValidationError(problems);
  return [...products];
}

export async function planSync(api: IspApi, products: readonly ProductFile[], target: SyncTarget, prune: boolean): Promise<Plan> {
  return buildPlan(api, products, { ...target, prune });
}

export async function applySync(
  api: IspApi,
  products: readonly ProductFile[],
  target: SyncTarget,
  options: { prune: boolean; log?: (line: string) => void },
): Promise<{ plan: Plan; result: ApplyResult }> {
  assertWritableStage(target.stage, 'apply');
  const plan = await buildPlan(api, products, { ...target, prune: options.prune });
  const result = await applyPlan(api, plan, options.log === undefined ? {} : { log: options.log });
  return { plan, result };
}

/** Every product of the vendor with the skills it is associated with (in `stage`). */
export async function listProducts(api: IspApi, vendorId: string, stage: string): Promise<ListedProduct[]> {
  const products = await listAllVendorProducts(api, { vendorId });
  return mapLimit(products, 4, async (summary) => ({
    summary,
    skillIds: await listAllAssociatedSkills(api, summary.productId, summary.stage ?? stage),
  }));
}

/**
 * Reset entitlements is a development-only test aid (reference: "Use this operation to test
 * your skill in the development stage"). `--product` takes a referenceName; `--all` means
 * every product associated with the skill.
 */
export async function resetEntitlements(
  api: IspApi,
  target: SyncTarget,
  selection: { product?: string; all: boolean },
  log: (line: string) => void = () => undefined,
): Promise<string[]> {
  assertWritableStage(target.stage, 'reset-entitlements');
  let productIds: { productId: string; referenceName: string }[];
  if (selection.all) {
    productIds = await listAllSkillProducts(api, target.skillId, target.stage);
  } else if (selection.product !== undefined) {
    const reference = selection.product;
    const found = (await listAllVendorProducts(api, { vendorId: target.vendorId, referenceName: reference })).filter((p) => p.referenceName === reference);
    if (found.length === 0) throw new UsageError(`no product with referenceName ${reference} in the account`);
    productIds = found;
  } else {
    throw new UsageError('reset-entitlements needs --product REF or --all');
  }
  const done: string[] = [];
  for (const { productId, referenceName } of productIds) {
    await api.resetEntitlement(productId, target.stage);
    log(`  reset entitlements of ${referenceName} (${productId})`);
    done.push(referenceName);
  }
  return done;
}

export function assertWritableStage(stage: string, command: string): void {
  if (stage !== WRITABLE_STAGE) {
    throw new UsageError(`${command} writes only to stage ${WRITABLE_STAGE} (the reference allows updates and deletes there only); got --stage ${stage}`);
  }
}
