/**
 * `npm run deploy:infra`: `cdk deploy` of the stack, locked to the skill id, writing the stack
 * outputs to .cdk/stack-outputs.json for the skill package's endpoint. Extra arguments go to
 * `cdk deploy`. There is no "any skill" mode: `npm run deploy` creates the skill first, so the
 * id always exists before the trigger.
 *
 * The live alias is read first and its version passed on (`-c liveVersion=…`), so the template
 * says what live already runs and the deploy moves only `development` (infra/stages.ts).
 */
import { Aliases, functionNameFor } from '../stages';
import { DeployError } from './errors';
import { type AliasState, openLambdaAliases } from './lambda-aliases';
import { type Context, requireAwsCredentials, requireAwsRegion, requireSkillId } from './prerequisites';
import { askProfileName, bin, type Command, cdkContextArgs, cdkEnvironment, liveContextArgs, paths, projectContext, run, runStep, stackNameFrom } from './run';
import { type CliSpec, printHelpIfAsked } from '../cli';

const STEP = 'deploy:infra';

export function planInfraDeploy(ctx: Context, extraArgs: readonly string[], live: AliasState | undefined): Command {
  requireAwsCredentials(STEP, ctx);
  const skillId = requireSkillId(STEP, ctx, askProfileName(ctx.env));
  return {
    command: bin('cdk'),
    args: ['deploy', '--require-approval', 'never', '--outputs-file', paths(ctx.root).outputs, ...cdkContextArgs(ctx.env, skillId), ...liveContextArgs(live), ...extraArgs],
    env: cdkEnvironment(ctx.env),
  };
}

/**
 * The live alias of the stack `cdkArgs` deploy, or undefined before the first deployment. Any
 * other failure stops the deploy: not knowing what live runs, it would move live.
 */
export async function readLiveAlias(region: string, cdkArgs: readonly string[], open = openLambdaAliases): Promise<AliasState | undefined> {
  const functionName = functionNameFor(stackNameFrom(cdkArgs));
  const client = open(region);
  try {
    return await client.readAlias(functionName, Aliases.Live);
  } catch (err) {
    throw new DeployError(
      `the live alias of ${functionName} in ${region} could not be read (${err instanceof Error ? err.name : 'error'}), and a deploy that does not know what live runs would move it: ` +
        'are the AWS credentials valid, and may they call lambda:GetAlias (infra/iam/deploy-policy.json)?',
    );
  } finally {
    client.close();
  }
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
    const live = await readLiveAlias(requireAwsRegion(STEP, ctx), args);
    run(planInfraDeploy(ctx, args, live));
  });
}
