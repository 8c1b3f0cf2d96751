/**
 * `npm run deploy:infra`: `cdk deploy` of the stack, locked to the skill id, writing the stack
 * outputs to .cdk/stack-outputs.json for the endpoint step. Extra arguments go to `cdk deploy`.
 */
import { type Context, findSkillId, requireAwsCredentials, requireSkillId } from './prerequisites';
import { askProfileName, bin, type Command, cdkContextArgs, cdkEnvironment, paths, projectContext, run, runStep } from './run';

const STEP = 'deploy:infra';

export function planInfraDeploy(ctx: Context, extraArgs: readonly string[] = []): Command {
  requireAwsCredentials(STEP, ctx);
  const profile = askProfileName(ctx.env);
  const firstDeployment = ctx.env['ALLOW_ANY_SKILL'] === 'true' && findSkillId(ctx, profile) === undefined;
  const skillId = firstDeployment ? undefined : requireSkillId(STEP, ctx, profile);
  if (firstDeployment) console.log('ALLOW_ANY_SKILL=true and no skill id yet: any skill may invoke the function until you deploy again with the id.');
  return {
    command: bin('cdk'),
    args: ['deploy', '--require-approval', 'never', '--outputs-file', paths(ctx.root).outputs, ...cdkContextArgs(ctx.env, skillId), ...extraArgs],
    env: cdkEnvironment(ctx.env),
  };
}

if (require.main === module) runStep(STEP, () => run(planInfraDeploy(projectContext(), process.argv.slice(2))));
