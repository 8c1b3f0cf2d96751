/**
 * `npm run destroy`: `cdk destroy` of the stack. The state table is RETAINed (customers' state
 * outlives a stack): delete it by hand if you mean to. The skill itself is not touched; remove
 * it with `npx ask smapi delete-skill --skill-id …` or in the developer console.
 */
import { type Context, findSkillId, requireAwsCredentials } from './prerequisites';
import { askProfileName, bin, type Command, cdkContextArgs, cdkEnvironment, projectContext, run, runStep } from './run';
import { type CliSpec, printHelpIfAsked } from '../cli';

const STEP = 'destroy';

export function planDestroy(ctx: Context, extraArgs: readonly string[] = []): Command {
  requireAwsCredentials(STEP, ctx);
  // The trigger's shape does not matter for a delete: synthesize whichever one is known.
  const skillId = findSkillId(ctx, askProfileName(ctx.env));
  return { command: bin('cdk'), args: ['destroy', '--force', ...cdkContextArgs(ctx.env, skillId), ...extraArgs], env: cdkEnvironment(ctx.env) };
}

export const DESTROY_CLI: CliSpec = {
  command: 'npm run destroy --',
  arguments: '[cdk destroy arguments]',
  summary: '`cdk destroy --force` of the stack. The state table is retained; the skill itself is not touched.',
  options: [],
  rest: 'every argument goes to `cdk destroy`',
  examples: ['npm run destroy', 'npx ask smapi delete-skill --skill-id amzn1.ask.skill.…   # the skill, if you mean to'],
  exitCodes: [
    [0, 'the stack is deleted'],
    [1, 'no AWS credentials, or `cdk destroy` failed'],
  ],
};

if (require.main === module && !printHelpIfAsked(DESTROY_CLI, process.argv.slice(2))) {
  runStep(STEP, () => {
    run(planDestroy(projectContext(), process.argv.slice(2)));
    console.log('Stack deleted. The DynamoDB state table was retained; delete it in the console if you no longer need it.');
  });
}
