/**
 * `npm run synth`: synthesizes the stack offline, with no AWS credentials. Uses the skill id
 * when one is known (SKILL_ID or .ask/ask-states.json), else the first-deployment shape
 * (`allowAnySkill=true`), and says which.
 */
import { findSkillId } from './prerequisites';
import { askProfileName, bin, cdkContextArgs, cdkEnvironment, projectContext, run, runStep } from './run';

runStep('synth', () => {
  const ctx = projectContext();
  const skillId = findSkillId(ctx, askProfileName(ctx.env));
  if (skillId === undefined) console.log('No skill id known (SKILL_ID, .ask/ask-states.json): synthesizing the first-deployment shape, allowAnySkill=true.');
  run(bin('cdk'), ['synth', '--quiet', ...cdkContextArgs(ctx.env, skillId), ...process.argv.slice(2)], cdkEnvironment(ctx.env));
});
