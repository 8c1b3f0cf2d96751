/**
 * `npm run isp -- <plan|apply|reset-entitlements|list> [options]`: deploy-time sync of
 * skill-package/isps/ with the developer account through SMAPI. Progress goes to stderr;
 * tables, JSON and the summary to stdout. Exit 0 success, 1 a remote call failed (after
 * retries) or the account cannot be converged, 2 bad input (every problem listed).
 */
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { askStatesSkillId } from '../ask-cli';
import { asksForHelp, helpText } from '../cli';
import { type CliOptions, ISP_CLI, parseArgs } from './args';
import { applySync, listProducts, loadProducts, planSync, resetEntitlements } from './commands';
import { loadCredentials, resolveEndpoints, type SmapiCredentials, secretValues } from './credentials';
import { IspSyncError, UsageError, ValidationError } from './errors';
import { formatApplySummary, formatList, formatPlanTable, formatProblems, planToJson } from './format';
import { redact } from '../../lambda/util/redact';
import { SmapiIspApi } from './smapi';

/** Tuning for tests and slow links; unset in normal use. */
const RETRY_BASE_ENV = 'ISP_SYNC_RETRY_BASE_MS';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly homeDir: string;
  readonly cwd: string;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  if (asksForHelp(argv)) {
    io.out(helpText(ISP_CLI));
    return 0;
  }
  let secrets: string[] = [];
  try {
    const options = parseArgs(argv);
    return await run(options, io, (credentials) => {
      secrets = secretValues(credentials);
    });
  } catch (error) {
    if (error instanceof ValidationError) {
      io.err(`Product files are not valid (${error.problems.length} problem(s)):\n${formatProblems(error.problems)}`);
      return 2;
    }
    const message = redact(error instanceof Error ? error.message : String(error), secrets);
    io.err(`isp: ${message}`);
    return error instanceof IspSyncError ? error.exitCode : 1;
  }
}

async function run(options: CliOptions, io: CliIo, onCredentials: (credentials: SmapiCredentials) => void): Promise<number> {
  const started = Date.now();
  const progress = (line: string): void => io.err(line);
  if (options.command === 'validate') {
    // Offline: the files only, before (and without) anything that needs credentials.
    const checked = await loadProducts(resolve(io.cwd, options.ispsDir));
    io.out(`Validated ${checked.length} product file(s) in ${options.ispsDir}: no problem`);
    return 0;
  }
  const needsFiles = options.command === 'plan' || options.command === 'apply';
  // Every file is checked before anything remote happens, credentials included.
  const products = needsFiles ? await loadProducts(resolve(io.cwd, options.ispsDir)) : [];
  if (needsFiles) progress(`Validated ${products.length} product file(s) in ${options.ispsDir}`);
  // An empty or mistyped --isps-dir must not read as "the skill sells nothing": prune would delete every product.
  if (needsFiles && options.prune && products.length === 0 && !options.deleteAllProducts) {
    throw new UsageError(`no product file in ${options.ispsDir}: --prune would delete every product of the skill. Add --delete-all-products if that is what you mean`);
  }

  const credentials = await loadCredentials({ env: io.env, homeDir: io.homeDir, profile: options.profile });
  onCredentials(credentials);
  const vendorId = options.vendorId ?? credentials.vendorId;
  if (vendorId === undefined) throw new UsageError('no vendor id: pass --vendor-id or set ASK_VENDOR_ID (or vendor_id in the profile)');
  const needsSkill = options.command !== 'list';
  const skillId = options.skillId ?? askStatesSkillId(io.cwd, options.profile);
  if (needsSkill && skillId === undefined) throw new UsageError('no skill id: pass --skill-id (or deploy once with ask deploy)');
  const baseDelay = Number(io.env[RETRY_BASE_ENV]);
  const api = new SmapiIspApi({
    credentials,
    endpoints: resolveEndpoints(io.env),
    log: progress,
    ...(Number.isFinite(baseDelay) && baseDelay > 0 ? { retry: { baseDelayMs: baseDelay } } : {}),
  });
  progress(`SMAPI: credentials from ${credentials.source}, stage ${options.stage}`);
  const target = { vendorId, skillId: skillId ?? '', stage: options.stage };
  const calls = (): { total: number; writes: number } => ({ total: api.counter.total(), writes: api.counter.writes() });

  switch (options.command) {
    case 'plan':
    case 'apply': {
      if (options.command === 'plan' || options.dryRun) {
        progress('Reading the account...');
        const plan = await planSync(api, products, target, options.prune);
        io.out(options.json ? JSON.stringify({ ...planToJson(plan), calls: api.counter.byOperation() }, null, 2) : formatPlanTable(plan));
        const conflicts = plan.items.filter((item) => item.kind === 'conflict').length;
        if (!options.json) io.out(`Plan only: nothing written. ${calls().total} SMAPI call(s).`);
        return conflicts > 0 ? 1 : 0;
      }
      progress('Reading the account and applying...');
      const { plan, result } = await applySync(api, products, target, { prune: options.prune, log: progress });
      const summary = formatApplySummary(result, calls(), Date.now() - started);
      const conflicts = plan.items.filter((item) => item.kind === 'conflict').length;
      if (options.json) {
        const outcomes = result.outcomes.map((o) => ({
          referenceName: o.item.referenceName,
          kind: o.item.kind,
          productId: o.productId ?? null,
          done: o.done,
          error: o.error ?? null,
        }));
        io.out(JSON.stringify({ ...planToJson(plan), outcomes, calls: api.counter.byOperation(), summary }, null, 2));
      } else {
        io.out(formatPlanTable(plan));
        io.out(summary);
      }
      return result.failed > 0 || conflicts > 0 ? 1 : 0;
    }
    case 'list': {
      const listed = await listProducts(api, vendorId, options.stage);
      io.out(options.json ? JSON.stringify(listed, null, 2) : formatList(listed));
      return 0;
    }
    case 'reset-entitlements': {
      const done = await resetEntitlements(api, target, { all: options.all, ...(options.product === undefined ? {} : { product: options.product }) }, progress);
      io.out(`Reset entitlements of ${done.length} product(s). ${calls().total} SMAPI call(s).`);
      return 0;
    }
  }
}

if (require.main === module) {
  main(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
    homeDir: homedir(),
    cwd: process.cwd(),
  }).then(
    // exit() rather than exitCode: an abandoned (timed-out) request must not keep the process alive.
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`isp: ${redact(error instanceof Error ? error.message : String(error))}\n`);
      process.exit(1);
    },
  );
}
