/**
 * `npm run deploy:skill`: `ask deploy` of the skill package. ask-resources.json has no `code`
 * section, so the ASK CLI deploys the package only and the manifest must already name the
 * function (FIELD-GUIDE.md, ask-cli #365): this step refuses to start otherwise.
 */
import fs from 'node:fs';
import { LAMBDA_ARN_PATTERN } from './endpoint';
import { MissingPrerequisiteError } from './errors';
import { ASK_ENV_PROFILE, type Context, requireAskProfile } from './prerequisites';
import { bin, type Command, cdkEnvironment, paths, projectContext, run, runStep } from './run';

const STEP = 'deploy:skill';

export function planSkillDeploy(ctx: Context, extraArgs: readonly string[] = []): Command {
  const profile = requireAskProfile(STEP, ctx);
  const { askResources, manifest } = paths(ctx.root);
  if (!fs.existsSync(askResources)) throw new MissingPrerequisiteError(STEP, 'ask-resources.json', 'It tells the ASK CLI where the skill package is.');
  const uri = endpointOf(manifest);
  if (uri === undefined || !LAMBDA_ARN_PATTERN.test(uri)) {
    throw new MissingPrerequisiteError(STEP, 'the Lambda ARN in skill-package/skill.json', 'Run `npm run deploy:infra && npm run deploy:endpoint` first.');
  }
  const args = ['deploy', ...(profile === ASK_ENV_PROFILE ? [] : ['--profile', profile]), ...extraArgs];
  return { command: bin('ask'), args, env: cdkEnvironment(ctx.env) };
}

function endpointOf(manifestPath: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  } catch {
    throw new MissingPrerequisiteError(STEP, 'a readable skill-package/skill.json', 'The skill package must be in the repository.');
  }
  const uri = (parsed as { manifest?: { apis?: { custom?: { endpoint?: { uri?: unknown } } } } } | null)?.manifest?.apis?.custom?.endpoint?.uri;
  return typeof uri === 'string' ? uri : undefined;
}

if (require.main === module) runStep(STEP, () => run(planSkillDeploy(projectContext(), process.argv.slice(2))));
