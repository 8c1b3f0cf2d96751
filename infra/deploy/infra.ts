/**
 * `npm run deploy:infra`: `cdk deploy` of the stack, locked to the skill id, writing the stack
 * outputs to .cdk/stack-outputs.json for the skill package's endpoint. Extra arguments go to
 * `cdk deploy`. There is no "any skill" mode: `npm run deploy` creates the skill first, so the
 * id always exists before the trigger.
 */
import { type Context, requireAwsCredentials, requireSkillId } from './prerequisites';
import { askProfileName, bin, type Command, cdkContextArgs, cdkEnvironment, paths, projectContext, run, runStep } from './run';
import { type CliSpec, printHelpIfAsked } from '../cli';

const STEP = 'deploy:infra';

export function planInfraDeploy(ctx: Context, extraArgs: readonly string[] = []): Command {
  requireAwsCredentials(STEP, ctx);
  const skillId = requireSkillId(STEP, ctx, askProfileName(ctx.env));
  return {
    command: bin('cdk'),
    args: ['deploy', '--require-approval', 'never', '--outputs-file', paths(ctx.root).outputs, ...cdkContextArgs(ctx.env, skillId), ...extraArgs],
    env: cdkEnvironment(ctx.env),
  };
}

export const INFRA_CLI: CliSpec = {
  command: 'npm run deploy:infra --',
  arguments: '[cdk deploy arguments]',
  summary: '`cdk deploy` of the stack, locked to the skill id (SKILL_ID, else .ask/ask-states.json); outputs to .cdk/stack-outputs.json.',
  options: [],
  rest: 'every argument goes to `cdk deploy` (e.g. -c tracing=true)',
  examples: ['npm run deploy:infra', 'SKILL_ID=amzn1.ask.skill.… npm run deploy:infra -- -c tracing=true'],
  exitCodes: [
    [0, 'the stack is deployed'],
    [1, 'no AWS credentials, no skill id, or `cdk deploy` failed'],
  ],
};

if (require.main === module && !printHelpIfAsked(INFRA_CLI, process.argv.slice(2))) {
  runStep(STEP, () => run(planInfraDeploy(projectContext(), process.argv.slice(2))));
}
