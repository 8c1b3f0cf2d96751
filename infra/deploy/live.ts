/**
 * Moving the live alias, the only thing that changes what customers of the published skill
 * hear (`infra/stages.ts` says why the skill's stages are aliases):
 *
 * - promote: `live` to the version `development` runs; the version live ran is put first in its
 *   history (the live alias's description).
 * - rollback: `live` to the first version of that history, which is then dropped from it.
 *
 * Both start with a preflight like the deploy's: the offline checks (AWS credentials, region,
 * the function's name), every problem at once, then the aliases read from Lambda. Each update
 * names the alias's revision as read, so a move made meanwhile by someone else fails
 * (PreconditionFailedException) instead of being overwritten. A dry run reads but moves nothing.
 */
import { type CliOption, type CliSpec, parseCli } from '../cli';
import { DEFAULT_STACK_NAME } from '../stack-outputs';
import { Aliases, functionNameFor, liveDescription, liveHistory } from '../stages';
import { DeployError, PreflightError } from './errors';
import { type AliasState, type LambdaAliases, openLambdaAliases } from './lambda-aliases';
import { type Context, problemCollector, requireAwsCredentials, requireAwsRegion } from './prerequisites';
import { projectContext, runStep } from './run';

export interface LiveOptions {
  /** Read the aliases and say what would move; move nothing. */
  readonly dryRun: boolean;
  readonly stackName: string;
}

export interface LiveIo {
  readonly aliases: (region: string) => LambdaAliases;
  readonly log: (line: string) => void;
}

const REAL_IO: LiveIo = { aliases: openLambdaAliases, log: (line) => console.log(line) };

/** Rollback has nowhere to go: the live alias records no earlier version, or that version is gone. */
export class NoPreviousVersionError extends DeployError {}

/** The live alias moved between reading it and updating it. */
export class LiveMovedError extends DeployError {}

interface Stages {
  readonly functionName: string;
  readonly development: AliasState;
  readonly live: AliasState;
}

/** Offline checks, then both aliases read; throws PreflightError with every problem. */
async function preflight(step: string, ctx: Context, options: LiveOptions, lambda: (region: string) => LambdaAliases): Promise<{ stages: Stages; client: LambdaAliases }> {
  const problems: string[] = [];
  const check = problemCollector(problems);
  check(() => requireAwsCredentials(step, ctx));
  const region = check(() => requireAwsRegion(step, ctx));
  let functionName: string | undefined;
  try {
    functionName = functionNameFor(options.stackName);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    problems.push(err.message);
  }
  if (problems.length > 0 || region === undefined || functionName === undefined) throw new PreflightError(problems);

  const client = lambda(region);
  try {
    const [development, live] = await Promise.all([client.readAlias(functionName, Aliases.Development), client.readAlias(functionName, Aliases.Live)]);
    const missing = [...(development === undefined ? [Aliases.Development] : []), ...(live === undefined ? [Aliases.Live] : [])];
    if (development === undefined || live === undefined) {
      throw new PreflightError([
        `no ${missing.join(' or ')} alias of the function ${functionName} in ${region}: is the stack ${options.stackName} deployed there? \`npm run deploy\` creates both`,
      ]);
    }
    return { stages: { functionName, development, live }, client };
  } catch (err) {
    client.close();
    if (err instanceof DeployError) throw err;
    throw new PreflightError([
      `the aliases of ${functionName} in ${region} could not be read (${err instanceof Error ? err.name : 'error'}): are the AWS credentials valid, and may they call lambda:GetAlias on it?`,
    ]);
  }
}

/** Moves live with the alias's revision as read; a concurrent move becomes LiveMovedError. */
async function moveLive(client: LambdaAliases, stages: Stages, version: string, history: readonly string[]): Promise<void> {
  try {
    await client.updateAlias(stages.functionName, Aliases.Live, { version, description: liveDescription(history), revisionId: stages.live.revisionId });
  } catch (err) {
    if (err instanceof Error && err.name === 'PreconditionFailedException') {
      throw new LiveMovedError(`the live alias changed while this ran (another promote or rollback?): nothing was changed by this run; run it again to act on what live runs now`);
    }
    throw err;
  }
}

export async function promote(ctx: Context, options: LiveOptions, io: LiveIo = REAL_IO): Promise<void> {
  const { stages, client } = await preflight('promote', ctx, options, io.aliases);
  try {
    const from = stages.live.version;
    const to = stages.development.version;
    if (from === to) {
      io.log(`live already runs version ${to}, the version development runs: nothing to promote.`);
      return;
    }
    const history = [from, ...liveHistory(stages.live.description)];
    const plan = `live: version ${from} → ${to} (what development runs); \`npm run rollback\` would bring back ${from}`;
    if (options.dryRun) {
      io.log(`Dry run: nothing is changed. ${plan}`);
      return;
    }
    await moveLive(client, stages, to, history);
    io.log(`Promoted. ${plan}.`);
  } finally {
    client.close();
  }
}

export async function rollback(ctx: Context, options: LiveOptions, io: LiveIo = REAL_IO): Promise<void> {
  const { stages, client } = await preflight('rollback', ctx, options, io.aliases);
  try {
    const from = stages.live.version;
    const [previous, ...rest] = liveHistory(stages.live.description);
    if (previous === undefined) {
      throw new NoPreviousVersionError(
        `the live alias of ${stages.functionName} runs version ${from} and records no version it ran before (it has not been promoted since it was created): nothing was changed`,
      );
    }
    const versions = await client.listVersions(stages.functionName);
    if (!versions.includes(previous)) {
      throw new NoPreviousVersionError(`version ${previous}, which live ran before ${from}, is no longer published (it was deleted): nothing was changed`);
    }
    const plan = `live: version ${from} → ${previous} (the version it ran before)${rest.length > 0 ? `; a further rollback would bring back ${rest[0]}` : ''}`;
    if (options.dryRun) {
      io.log(`Dry run: nothing is changed. ${plan}`);
      return;
    }
    await moveLive(client, stages, previous, rest);
    io.log(`Rolled back. ${plan}. Development still runs version ${stages.development.version}; \`npm run promote\` moves live there again.`);
  } finally {
    client.close();
  }
}

/** The options both commands take, in the help text's words. */
export function liveCliOptions(reads: string): CliOption[] {
  return [
    { flag: '--dry-run', text: `run the preflight, read ${reads} and print the move; change nothing` },
    { flag: '--stack-name NAME', text: `the stack whose function's live alias moves (default ${DEFAULT_STACK_NAME}, as -c stackName)` },
  ];
}

/** Runs promote or rollback as a command: parses the options of liveCliOptions, then the step. */
export function runLiveCli(spec: CliSpec, step: 'promote' | 'rollback', command: (ctx: Context, options: LiveOptions) => Promise<void>): void {
  const cli = parseCli(spec, process.argv.slice(2), { 'dry-run': 'boolean', 'stack-name': 'string' });
  if (cli === undefined) return;
  runStep(step, () => command(projectContext(), { dryRun: cli.values['dry-run'] === true, stackName: cli.values['stack-name'] ?? DEFAULT_STACK_NAME }));
}
