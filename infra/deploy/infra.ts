/**
 * `npm run deploy:infra`: `cdk deploy` of the stack, locked to the skill id, writing the stack
 * outputs to .cdk/stack-outputs.json for the skill package's endpoint. Extra arguments go to
 * `cdk deploy`. There is no "any skill" mode: `npm run deploy` creates the skill first, so the
 * id always exists before the trigger.
 *
 * The live alias is read first and its version passed on (`-c liveVersion=…`), so the template
 * says what live already runs and the deploy moves only `development` (infra/stages.ts). With
 * `-c regions=NA,EU,FE`, each region's live alias is read in its own AWS region and passed per
 * region (`-c liveVersion.EU=…`): each region's function numbers its own versions.
 */
import { type AlexaRegion, InvalidRegionsError, parseRegions } from '../regions';
import { ContextKeys } from '../stack-outputs';
import { Aliases } from '../stages';
import { DeployError } from './errors';
import { type AliasState, type LambdaAliases, openLambdaAliases } from './lambda-aliases';
import { type Context, requireAwsCredentials, requireAwsRegion, requireSkillId } from './prerequisites';
import { askProfileName, bin, type Command, cdkContextArgs, cdkEnvironment, contextValueFrom, paths, projectContext, run, runStep, stackNameFrom } from './run';
import { liveContextArgs, regionalTargets, type StackTarget, singleTarget, targetLabel } from './targets';
import { type CliSpec, printHelpIfAsked } from '../cli';

const STEP = 'deploy:infra';

/** What one target's live alias runs, as read before `cdk deploy`; undefined before its first deployment. */
export interface LiveRead {
  readonly target: StackTarget;
  readonly live: AliasState | undefined;
}

export function planInfraDeploy(ctx: Context, extraArgs: readonly string[], live: readonly LiveRead[]): Command {
  requireAwsCredentials(STEP, ctx);
  const skillId = requireSkillId(STEP, ctx, askProfileName(ctx.env));
  return {
    command: bin('cdk'),
    args: ['deploy', '--require-approval', 'never', '--outputs-file', paths(ctx.root).outputs, ...cdkContextArgs(ctx.env, skillId), ...liveContextArgs(live), ...extraArgs],
    env: cdkEnvironment(ctx.env),
  };
}

/**
 * The stacks `cdkArgs` deploy: one per region of `-c regions=…` (each in its own AWS region),
 * else the single stack in `accountRegion()` (asked for only then).
 */
export function deployTargets(cdkArgs: readonly string[], accountRegion: () => string): StackTarget[] {
  const stackName = stackNameFrom(cdkArgs);
  let regions: AlexaRegion[];
  try {
    regions = parseRegions(contextValueFrom(cdkArgs, ContextKeys.Regions) ?? '');
  } catch (err) {
    if (err instanceof InvalidRegionsError) throw new DeployError(`-c ${ContextKeys.Regions}: ${err.message}`);
    throw err;
  }
  return regions.length === 0 ? [singleTarget(stackName, accountRegion())] : regionalTargets(stackName, regions);
}

/**
 * A target's live alias, or undefined before its first deployment. Any other failure stops the
 * deploy: not knowing what live runs, it would move live.
 */
export async function readLiveAlias(target: StackTarget, open: (region: string) => LambdaAliases = openLambdaAliases): Promise<AliasState | undefined> {
  const client = open(target.awsRegion);
  try {
    return await client.readAlias(target.functionName, Aliases.Live);
  } catch (err) {
    throw new DeployError(
      `the live alias of ${target.functionName} in ${targetLabel(target)} could not be read (${err instanceof Error ? err.name : 'error'}), and a deploy that does not know what live runs would move it: ` +
        'are the AWS credentials valid, and may they call lambda:GetAlias (infra/iam/deploy-policy.json)?',
    );
  } finally {
    client.close();
  }
}

/** Some live aliases could not be read: one problem per target, each naming its region. */
export class LiveUnreadableError extends DeployError {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

/** Every target's live alias, side by side; throws LiveUnreadableError with every target that could not be read. */
export async function readLiveAliases(targets: readonly StackTarget[], read: (target: StackTarget) => Promise<AliasState | undefined>): Promise<LiveRead[]> {
  const results = await Promise.allSettled(targets.map(read));
  const problems = results.flatMap((result) => (result.status === 'rejected' ? [result.reason instanceof Error ? result.reason.message : String(result.reason)] : []));
  const unexpected = results.find((result): result is PromiseRejectedResult => result.status === 'rejected' && !(result.reason instanceof DeployError));
  if (unexpected !== undefined) throw unexpected.reason;
  if (problems.length > 0) throw new LiveUnreadableError(problems);
  return targets.map((target, index) => {
    const result = results[index];
    return { target, live: result?.status === 'fulfilled' ? result.value : undefined };
  });
}

export const INFRA_CLI: CliSpec = {
  command: 'npm run deploy:infra --',
  arguments: '[cdk deploy arguments]',
  summary: '`cdk deploy` of the stack, locked to the skill id (SKILL_ID, else .ask/ask-states.json), the live alias kept where it is; outputs to .cdk/stack-outputs.json.',
  options: [],
  rest: 'every argument goes to `cdk deploy` (e.g. -c tracing=true)',
  examples: ['npm run deploy:infra', 'SKILL_ID=amzn1.ask.skill.… npm run deploy:infra -- -c tracing=true'],
  exitCodes: [
    [0, 'the stack is deployed'],
    [1, 'no AWS credentials or region, no skill id, the live alias could not be read, or `cdk deploy` failed'],
  ],
};

if (require.main === module && !printHelpIfAsked(INFRA_CLI, process.argv.slice(2))) {
  runStep(STEP, async () => {
    const ctx = projectContext();
    const args = process.argv.slice(2);
    requireAwsCredentials(STEP, ctx);
    const targets = deployTargets(args, () => requireAwsRegion(STEP, ctx));
    run(planInfraDeploy(ctx, args, await readLiveAliases(targets, (target) => readLiveAlias(target))));
  });
}
