/**
 * `npm run synth`: synthesizes the stack offline, with no AWS credentials. Uses the skill id
 * when one is known (SKILL_ID or .ask/ask-states.json), else the first-deployment shape
 * (`synthWithoutSkillId=true`: no Alexa trigger at all), and says which.
 */
import { type Context, findSkillId } from './prerequisites';
import { askProfileName, bin, type Command, cdkContextArgs, cdkEnvironment, projectContext, run, runStep } from './run';
import { type CliSpec, printHelpIfAsked } from '../cli';

export function planSynth(ctx: Context, extraArgs: readonly string[] = []): Command {
  const skillId = findSkillId(ctx, askProfileName(ctx.env));
  if (skillId === undefined) console.log('No skill id known (SKILL_ID, .ask/ask-states.json): synthesizing without an Alexa trigger, synthWithoutSkillId=true.');
  return { command: bin('cdk'), args: ['synth', '--quiet', ...cdkContextArgs(ctx.env, skillId), ...extraArgs], env: cdkEnvironment(ctx.env) };
}

export const SYNTH_CLI: CliSpec = {
  command: 'npm run synth --',
  arguments: '[cdk synth arguments]',
  summary: "Synthesize the CDK stack offline (no AWS credentials), with cdk-nag's AwsSolutions checks; a finding fails it.",
  options: [],
  rest: 'every argument goes to `cdk synth` (e.g. -c catalog=embedded)',
  examples: ['npm run synth', 'SKILL_ID=amzn1.ask.skill.… npm run synth -- -c tracing=true'],
  exitCodes: [
    [0, 'synthesized to cdk.out/'],
    [1, 'synthesis failed: a cdk-nag finding, an invalid context value'],
  ],
};

if (require.main === module && !printHelpIfAsked(SYNTH_CLI, process.argv.slice(2))) runStep('synth', () => run(planSynth(projectContext(), process.argv.slice(2))));
