import type { ApplyResult } from './apply';
import type { Plan, PlanItem, Step } from './plan';
import type { Problem, RemoteProductSummary } from './types';

export function describeSteps(item: PlanItem): string {
  if (item.kind === 'protected') return 'nothing (protected)';
  if (item.kind === 'conflict') return 'nothing (conflict)';
  if (item.steps.length === 0) return 'nothing';
  return item.steps.join(' + ');
}

/** The plan as a plain-text table: one row per product file and per remote product. */
export function formatPlanTable(plan: Plan): string {
  const rows = plan.items.map((item) => [
    item.referenceName,
    item.file ?? '-',
    item.productId ?? '(new)',
    item.stage ?? '-',
    describeSteps(item),
    [item.changes.length > 0 ? `changed: ${item.changes.join(', ')}` : '', item.note ?? ''].filter((part) => part !== '').join('; '),
  ]);
  return table(['referenceName', 'file', 'productId', 'stage', 'action', 'details'], rows);
}

/** The plan for machines: stable keys, no definitions (they are in the files). */
export function planToJson(plan: Plan): object {
  return {
    vendorId: plan.vendorId,
    skillId: plan.skillId,
    stage: plan.stage,
    prune: plan.prune,
    items: plan.items.map((item) => ({
      referenceName: item.referenceName,
      kind: item.kind,
      file: item.file ?? null,
      productId: item.productId ?? null,
      stage: item.stage ?? null,
      actions: item.steps,
      changes: item.changes,
      note: item.note ?? null,
    })),
    counts: countSteps(plan.items.map((item) => item.steps)),
  };
}

export function countSteps(stepLists: readonly (readonly Step[])[]): Record<Step, number> {
  const counts: Record<Step, number> = { create: 0, update: 0, associate: 0, disassociate: 0, delete: 0 };
  for (const steps of stepLists) for (const step of steps) counts[step] += 1;
  return counts;
}

export function formatApplySummary(result: ApplyResult, calls: { total: number; writes: number }, elapsedMs: number): string {
  const counts = countSteps(result.outcomes.map((outcome) => outcome.done));
  const unchanged = result.outcomes.filter((o) => o.item.kind === 'sync' && o.item.steps.length === 0).length;
  const protectedCount = result.outcomes.filter((o) => o.item.kind === 'protected').length;
  const conflicts = result.outcomes.filter((o) => o.item.kind === 'conflict').length;
  const parts = [
    `created ${counts.create}`,
    `updated ${counts.update}`,
    `associated ${counts.associate}`,
    `disassociated ${counts.disassociate}`,
    `deleted ${counts.delete}`,
    `unchanged ${unchanged}`,
    `protected ${protectedCount}`,
    `conflicts ${conflicts}`,
    `failed ${result.failed}`,
  ];
  return `Summary: ${parts.join(', ')}. ${calls.total} SMAPI call(s), ${calls.writes} write(s), ${(elapsedMs / 1000).toFixed(1)} s.`;
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((problem) => `${problem.file}: ${problem.path === '' ? '(file)' : problem.path}: ${problem.rule}`).join('\n');
}

export interface ListedProduct {
  readonly summary: RemoteProductSummary;
  readonly skillIds: readonly string[];
}

export function formatList(products: readonly ListedProduct[]): string {
  const rows = products.map(({ summary, skillIds }) => [
    summary.referenceName,
    summary.productId,
    summary.type ?? '-',
    summary.stage ?? '-',
    summary.status ?? '-',
    skillIds.length === 0 ? '(none)' : skillIds.join(', '),
  ]);
  return table(['referenceName', 'productId', 'type', 'stage', 'status', 'associated skills'], rows);
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
