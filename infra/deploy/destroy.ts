/**
 * `npm run destroy`: `cdk destroy` of the stack. The state table is RETAINed (customers' state
 * outlives a stack): delete it by hand if you mean to. The skill itself is not touched; remove
 * it with `npx ask smapi delete-skill --skill-id …` or in the developer console.
 */
import { findSkillId, requireAwsCredentials } from './prerequisites';
import { askProfileName, bin, cdkContextArgs, cdkEnvironment, projectContext, run, runStep } from './run';

const STEP = 'destroy';

runStep(STEP, () => {
  const ctx = projectContext();
  requireAwsCredentials(STEP, ctx);
  // The template's trigger does not matter for a delete: synthesize whichever shape is known.
  const skillId = findSkillId(ctx, askProfileName(ctx.env));
  run(bin('cdk'), ['destroy', '--force', ...cdkContextArgs(ctx.env, skillId), ...process.argv.slice(2)], cdkEnvironment(ctx.env));
  console.log('Stack deleted. The DynamoDB state table was retained; delete it in the console if you no longer need it.');
});
