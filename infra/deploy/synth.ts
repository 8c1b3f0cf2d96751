/**
 * `npm run synth`: synthesizes the stack offline, with no AWS credentials. Uses the skill id
 * when one is known (SKILL_ID or .ask/ask-states.json), else the first-deployment shape
 * (`allowAnySkill=true`), and says which.
 */
import { type Context, findSkillId } from './prerequisites';
import { askProfileName, bin, type Command, cdkContextArgs, cdkEnvironment, projectContext, run, runStep } from './run';

export function planSynth(ctx: Context, extraArgs: readonly string[] = []): Command {
  const skillId = findSkillId(ctx, askProfileName(ctx.env));
  if (skillId === undefined) console.log('No skill id known (SKILL_ID, .ask/ask-states.json): synthesizing the first-deployment shape, allowAnySkill=true.');
  return { command: bin('cdk'), args: ['synth', '--quiet', ...cdkContextArgs(ctx.env, skillId), ...extraArgs], env: cdkEnvironment(ctx.env) };
}

if (require.main === module) runStep('synth', () => run(planSynth(projectContext(), process.argv.slice(2))));
