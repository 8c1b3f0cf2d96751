/**
 * `npm run deploy:infra`: `cdk deploy` of the stack, locked to the skill id, writing the stack
 * outputs to .cdk/stack-outputs.json for the endpoint step. Extra arguments go to `cdk deploy`.
 */
import { findSkillId, requireAwsCredentials, requireSkillId } from './prerequisites';
import { askProfileName, bin, cdkContextArgs, cdkEnvironment, OUTPUTS_FILE, projectContext, run, runStep } from './run';

const STEP = 'deploy:infra';

runStep(STEP, () => {
  const ctx = projectContext();
  requireAwsCredentials(STEP, ctx);
  const profile = askProfileName(ctx.env);
  const firstDeployment = ctx.env['ALLOW_ANY_SKILL'] === 'true' && findSkillId(ctx, profile) === undefined;
  const skillId = firstDeployment ? undefined : requireSkillId(STEP, ctx, profile);
  if (firstDeployment) console.log('ALLOW_ANY_SKILL=true and no skill id yet: any skill may invoke the function until you deploy again with the id.');
  run(
    bin('cdk'),
    ['deploy', '--require-approval', 'never', '--outputs-file', OUTPUTS_FILE, ...cdkContextArgs(ctx.env, skillId), ...process.argv.slice(2)],
    cdkEnvironment(ctx.env),
  );
});
