/**
 * Moving the live alias, the only thing that changes what customers of the published skill
 * hear (`infra/stages.ts` says why the skill's stages are aliases):
 *
 * - promote: `live` to the version `development` runs; the version live ran is put first in its
 *   history (the live alias's description).
 * - rollback: `live` to the first version of that history, which is then dropped from it.
 *
 * With regional stacks (`npm run deploy -- --regions NA,EU,FE`) every region has its own
 * function, versions and aliases, and the skill is whole only when every region's live runs the
 * same release: both commands act on every deployed region (or the ones `--region` names), or
 * on none. The preflight reads every region first (the offline checks, then both aliases of
 * each region, side by side) and refuses to move any when one region is not as expected (not
 * deployed, unreadable, nothing to roll back to), naming the region. The moves then go region by
 * region; if one fails, the regions already moved are put back, so no run leaves a
 * half-promoted skill. Promote also refuses when the regions' development aliases run different
 * packages (a deploy that stopped halfway). Without regional stacks, the single stack in the
 * account's region.
 *
 * Each update names the alias's revision as read, so a move made meanwhile by someone else fails
 * (PreconditionFailedException) instead of being overwritten. A dry run reads but moves nothing.
 */
import { type CliOption, type CliSpec, parseCli } from '../cli';
import { ALEXA_REGION_CODES, type AlexaRegion, InvalidRegionsError, parseRegions } from '../regions';
import { DEFAULT_STACK_NAME } from '../stack-outputs';
import { Aliases, liveDescription, liveHistory } from '../stages';
import { DeployError, PreflightError } from './errors';
import { type AliasState, type LambdaAliases, openLambdaAliases } from './lambda-aliases';
import { type Context, findAwsRegion, problemCollector, requireAwsCredentials, requireAwsRegion } from './prerequisites';
import { projectContext, runStep } from './run';
import { regionalTargets, type StackTarget, singleTarget, targetLabel } from './targets';

export interface LiveOptions {
  /** Read the aliases and say what would move; move nothing. */
  readonly dryRun: boolean;
  /** The base stack name: the single stack's, and `<name>-<code>` for each regional stack. */
  readonly stackName: string;
  /**
   * `--region`: only these regional stacks (each must be deployed).
   * @default - every deployed regional stack; without any, the single stack
   */
  readonly regions?: readonly AlexaRegion[];
}

export interface LiveIo {
  /** A Lambda client for one AWS region. */
  readonly aliases: (region: string) => LambdaAliases;
  readonly log: (line: string) => void;
}

const REAL_IO: LiveIo = { aliases: openLambdaAliases, log: (line) => console.log(line) };

/** Rollback has nowhere to go: the live alias records no earlier version, or that version is gone. */
export class NoPreviousVersionError extends DeployError {}

/** The live alias moved between reading it and updating it. */
export class LiveMovedError extends DeployError {}

/** One deployed stack, both aliases as read, and its client (closed when the run ends). */
interface Stages {
  readonly target: StackTarget;
  readonly client: LambdaAliases;
  readonly development: AliasState;
  readonly live: AliasState;
}

/** What reading one target found: its aliases (either undefined when absent), or why it could not be read. */
type Found = { readonly target: StackTarget; readonly client: LambdaAliases } & (
  | { readonly development: AliasState | undefined; readonly live: AliasState | undefined; readonly error?: undefined }
  | { readonly error: string }
);

async function readTarget(target: StackTarget, io: LiveIo): Promise<Found> {
  const client = io.aliases(target.awsRegion);
  try {
    const [development, live] = await Promise.all([client.readAlias(target.functionName, Aliases.Development), client.readAlias(target.functionName, Aliases.Live)]);
    return { target, client, development, live };
  } catch (err) {
    return {
      target,
      client,
      error: `the aliases of ${target.functionName} in ${targetLabel(target)} could not be read (${err instanceof Error ? err.name : 'error'}): are the AWS credentials valid, and may they call lambda:GetAlias on it?`,
    };
  }
}

const notDeployed = (target: StackTarget, missing: readonly string[]): string =>
  `no ${missing.join(' or ')} alias of the function ${target.functionName} in ${targetLabel(target)}: is the stack ${target.stackName} deployed there? ` +
  (target.alexaRegion === undefined ? '`npm run deploy` creates both' : `\`npm run deploy -- --regions ${target.alexaRegion}\` (with the other regions) creates both`);

const missingAliases = (found: { development: AliasState | undefined; live: AliasState | undefined }): string[] => [
  ...(found.development === undefined ? [Aliases.Development] : []),
  ...(found.live === undefined ? [Aliases.Live] : []),
];

const closeAll = (found: ReadonlyArray<{ client: LambdaAliases }>): void => {
  for (const { client } of found) client.close();
};

/**
 * Offline checks, then the aliases of every candidate stack read; returns the stacks to act on,
 * or throws PreflightError with every problem, naming each region. Regional stacks when any is
 * deployed (or `--region` names them), else the single stack in the account's region.
 */
async function preflight(step: string, ctx: Context, options: LiveOptions, io: LiveIo): Promise<Stages[]> {
  const problems: string[] = [];
  const check = problemCollector(problems);
  check(() => requireAwsCredentials(step, ctx));
  const named = options.regions !== undefined && options.regions.length > 0;
  const accountRegion = findAwsRegion(ctx);
  let regional: StackTarget[] = [];
  let single: StackTarget | undefined;
  try {
    regional = regionalTargets(options.stackName, named ? (options.regions ?? []) : ALEXA_REGION_CODES);
    single = named || accountRegion === undefined ? undefined : singleTarget(options.stackName, accountRegion);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    problems.push(err.message);
  }
  if (problems.length > 0) {
    if (!named && accountRegion === undefined) {
      check(() => requireAwsRegion(step, ctx));
      problems[problems.length - 1] += ' (for the single stack; regional stacks are looked for in their own regions)';
    }
    throw new PreflightError(problems);
  }

  const found = await Promise.all(regional.map((target) => readTarget(target, io)));
  const deployed: Stages[] = [];
  for (const entry of found) {
    if (entry.error !== undefined) {
      problems.push(named ? entry.error : `${entry.error} (to act on other regions only, name them with --region)`);
      continue;
    }
    const missing = missingAliases(entry);
    if (entry.development !== undefined && entry.live !== undefined)
      deployed.push({ target: entry.target, client: entry.client, development: entry.development, live: entry.live });
    // A regional stack with one alias is half there; with none, not deployed (fine unless named).
    else if (named || missing.length === 1) problems.push(notDeployed(entry.target, missing));
  }
  if (problems.length > 0) {
    closeAll(found);
    throw new PreflightError(problems);
  }
  if (deployed.length > 0) {
    for (const entry of found) if (!deployed.some((stages) => stages.client === entry.client)) entry.client.close();
    return deployed;
  }
  closeAll(found);

  // No regional stack: the single stack in the account's region.
  const elsewhere = `(nor a regional stack ${regional.map((target) => target.stackName).join(', ')} in its region)`;
  if (single === undefined) {
    check(() => requireAwsRegion(step, ctx));
    problems[problems.length - 1] += ` for the single stack ${options.stackName} ${elsewhere}`;
    throw new PreflightError(problems);
  }
  const entry = await readTarget(single, io);
  if (entry.error !== undefined || entry.development === undefined || entry.live === undefined) {
    entry.client.close();
    throw new PreflightError([entry.error ?? `${notDeployed(single, missingAliases(entry))} ${elsewhere}`]);
  }
  return [{ target: single, client: entry.client, development: entry.development, live: entry.live }];
}

/** A move of one region's live alias: where to, with what history, and how to say it. */
interface Move {
  readonly stages: Stages;
  readonly to: string;
  readonly history: readonly string[];
  readonly plan: string;
}

/** Whether the run acts on the single default stack (one-line messages) rather than regional stacks. */
const isSingle = (stages: readonly Stages[]): boolean => stages.every((stage) => stage.target.alexaRegion === undefined);

/** "NA (us-east-1): " before a regional stack's line; nothing for the single stack. */
const prefix = (target: StackTarget): string => (target.alexaRegion === undefined ? '' : `${targetLabel(target)}: `);

/**
 * Moves live in each region in turn, each update naming the revision as read. When one fails,
 * the regions moved before it are put back (to their version and description, naming the
 * revision our move left), so the run changes every region or none.
 */
async function moveAll(moves: readonly Move[]): Promise<void> {
  const moved: Array<{ move: Move; revisionId: string | undefined }> = [];
  for (const move of moves) {
    const { target, live } = move.stages;
    try {
      const after = await move.stages.client.updateAlias(target.functionName, Aliases.Live, {
        version: move.to,
        description: liveDescription(move.history),
        revisionId: live.revisionId,
      });
      moved.push({ move, revisionId: after.revisionId });
    } catch (err) {
      const putBack: string[] = [];
      const stuck: string[] = [];
      for (const done of moved.reverse()) {
        const { target: doneTarget, live: was } = done.move.stages;
        try {
          await done.move.stages.client.updateAlias(doneTarget.functionName, Aliases.Live, {
            version: was.version,
            description: was.description ?? '',
            revisionId: done.revisionId,
          });
          putBack.push(targetLabel(doneTarget));
        } catch (undoError) {
          stuck.push(
            `${targetLabel(doneTarget)} stays moved to version ${done.move.to} (putting it back failed: ${undoError instanceof Error ? undoError.name : 'error'}); \`npm run rollback -- --region ${doneTarget.alexaRegion ?? ''}\` brings back ${was.version}`,
          );
        }
      }
      const where = target.alexaRegion === undefined ? '' : ` in ${targetLabel(target)}`;
      const after =
        stuck.length > 0 ? `; ${stuck.join('; ')}` : `: nothing was changed by this run${putBack.length > 0 ? ` (${putBack.join(', ')} moved first and were put back)` : ''}`;
      if (err instanceof Error && err.name === 'PreconditionFailedException') {
        throw new LiveMovedError(`the live alias${where} changed while this ran (another promote or rollback?)${after}; run it again to act on what live runs now`);
      }
      throw new DeployError(`moving the live alias${where} failed (${err instanceof Error ? err.name : 'error'})${after}`);
    }
  }
}

/** Prints the plan (one line, or one per region), or moves and says what moved. */
async function carryOut(moves: readonly Move[], options: LiveOptions, done: string, io: LiveIo, after = ''): Promise<void> {
  const regional = moves.some((move) => move.stages.target.alexaRegion !== undefined);
  const say = (head: string) => {
    if (!regional) io.log(`${head} ${moves.map((move) => move.plan).join('')}${head === done ? `.${after}` : ''}`);
    else {
      io.log(`${head} ${moves.length} region${moves.length === 1 ? '' : 's'}:${head === done ? after : ''}`);
      for (const move of moves) io.log(`  ${prefix(move.stages.target)}${move.plan}`);
    }
  };
  if (options.dryRun) {
    say('Dry run: nothing is changed.');
    return;
  }
  await moveAll(moves);
  say(done);
}

/**
 * Every region's development must run the same release before live follows it everywhere: a
 * `cdk deploy --all` that stopped halfway leaves one region's development on the old code, and
 * promoting then would make the regions answer differently. The same bundle is the same
 * deployment package in every region (the CDK zips assets deterministically), so Lambda's
 * CodeSha256 of each region's development version tells. Returns the problems, one per region.
 */
async function releaseProblems(stages: readonly Stages[]): Promise<string[]> {
  if (stages.length < 2) return [];
  const read = await Promise.all(
    stages.map(async (stage) => {
      try {
        return { stage, sha: await stage.client.codeSha256(stage.target.functionName, stage.development.version) };
      } catch (err) {
        return {
          stage,
          error: `${prefix(stage.target)}the package of development's version ${stage.development.version} could not be read (${err instanceof Error ? err.name : 'error'}): may the AWS credentials call lambda:GetFunctionConfiguration on it?`,
        };
      }
    }),
  );
  const errors = read.flatMap((entry) => (entry.error === undefined ? [] : [entry.error]));
  if (errors.length > 0) return errors;
  const releases = new Map<string, string[]>();
  for (const { stage, sha } of read) releases.set(sha ?? 'unknown', [...(releases.get(sha ?? 'unknown') ?? []), targetLabel(stage.target)]);
  if (releases.size < 2) return [];
  return [
    `development runs different code in different regions (${[...releases.values()].map((labels) => labels.join(' and ')).join(' / ')}): was the last \`npm run deploy -- --regions …\` complete everywhere? Deploy again, or promote the regions that match with --region`,
  ];
}

export async function promote(ctx: Context, options: LiveOptions, io: LiveIo = REAL_IO): Promise<void> {
  const stages = await preflight('promote', ctx, options, io);
  try {
    const mismatch = await releaseProblems(stages);
    if (mismatch.length > 0) throw new PreflightError(mismatch);
    const moves: Move[] = [];
    for (const stage of stages) {
      const from = stage.live.version;
      const to = stage.development.version;
      if (from === to) {
        io.log(`${prefix(stage.target)}live already runs version ${to}, the version development runs: nothing to promote${isSingle(stages) ? '.' : ' there.'}`);
        continue;
      }
      const history = [from, ...liveHistory(stage.live.description)];
      moves.push({ stages: stage, to, history, plan: `live: version ${from} → ${to} (what development runs); \`npm run rollback\` would bring back ${from}` });
    }
    if (moves.length > 0) await carryOut(moves, options, isSingle(stages) ? 'Promoted.' : 'Promoted in', io);
  } finally {
    closeAll(stages);
  }
}

export async function rollback(ctx: Context, options: LiveOptions, io: LiveIo = REAL_IO): Promise<void> {
  const stages = await preflight('rollback', ctx, options, io);
  try {
    // Every region's way back is checked before any moves: one without one stops them all.
    const checked = await Promise.all(
      stages.map(async (stage): Promise<Move | string> => {
        const from = stage.live.version;
        const [previous, ...rest] = liveHistory(stage.live.description);
        if (previous === undefined) {
          return `${prefix(stage.target)}the live alias of ${stage.target.functionName} runs version ${from} and records no version it ran before (it has not been promoted since it was created)`;
        }
        const versions = await stage.client.listVersions(stage.target.functionName);
        if (!versions.includes(previous)) return `${prefix(stage.target)}version ${previous}, which live ran before ${from}, is no longer published (it was deleted)`;
        return {
          stages: stage,
          to: previous,
          history: rest,
          plan: `live: version ${from} → ${previous} (the version it ran before)${rest.length > 0 ? `; a further rollback would bring back ${rest[0]}` : ''}`,
        };
      }),
    );
    const problems = checked.filter((entry): entry is string => typeof entry === 'string');
    if (problems.length > 0) {
      throw new NoPreviousVersionError(
        isSingle(stages) ? `${problems.join('')}: nothing was changed` : `nothing was changed in any region:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
      );
    }
    const moves = checked.filter((entry): entry is Move => typeof entry !== 'string');
    const development = isSingle(stages) ? ` Development still runs version ${stages[0]?.development.version ?? ''};` : ' Development still runs what it ran in each region;';
    await carryOut(moves, options, isSingle(stages) ? 'Rolled back.' : 'Rolled back in', io, `${development} \`npm run promote\` moves live there again.`);
  } finally {
    closeAll(stages);
  }
}

/** The options both commands take, in the help text's words. */
export function liveCliOptions(reads: string): CliOption[] {
  return [
    { flag: '--dry-run', text: `run the preflight, read ${reads} and print the move; change nothing` },
    {
      flag: '--stack-name NAME',
      text: `the stack whose function's live alias moves (default ${DEFAULT_STACK_NAME}, as -c stackName; regional stacks are NAME-NA, NAME-EU, NAME-FE)`,
    },
    {
      flag: '--region LIST',
      text: 'only these regional stacks, e.g. EU or NA,FE (default: every regional stack that is deployed, else the single stack in the AWS region)',
    },
  ];
}

/** Runs promote or rollback as a command: parses the options of liveCliOptions, then the step. */
export function runLiveCli(spec: CliSpec, step: 'promote' | 'rollback', command: (ctx: Context, options: LiveOptions) => Promise<void>): void {
  const cli = parseCli(spec, process.argv.slice(2), { 'dry-run': 'boolean', 'stack-name': 'string', region: 'string' });
  if (cli === undefined) return;
  let regions: AlexaRegion[];
  try {
    regions = parseRegions(cli.values.region ?? '');
  } catch (err) {
    if (!(err instanceof InvalidRegionsError)) throw err;
    console.error(`${step}: --region: ${err.message} (see --help)`);
    process.exitCode = 2;
    return;
  }
  const options: LiveOptions = { dryRun: cli.values['dry-run'] === true, stackName: cli.values['stack-name'] ?? DEFAULT_STACK_NAME, ...(regions.length === 0 ? {} : { regions }) };
  runStep(step, () => command(projectContext(), options));
}
