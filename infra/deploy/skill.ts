/**
 * `npm run deploy:skill`: `ask deploy` of the skill package. ask-resources.json has no `code`
 * section, so the ASK CLI deploys the package only and the manifest must already name the
 * function (FIELD-GUIDE.md, ask-cli #365): this step refuses to start otherwise.
 */
import fs from 'node:fs';
import { setEndpoint } from './endpoint';
import { MissingPrerequisiteError } from './errors';
import { ASK_ENV_PROFILE, requireAskProfile } from './prerequisites';
import { ASK_RESOURCES, bin, cdkEnvironment, projectContext, run, runStep, SKILL_MANIFEST } from './run';

const STEP = 'deploy:skill';

runStep(STEP, () => {
  const ctx = projectContext();
  const profile = requireAskProfile(STEP, ctx);
  if (!fs.existsSync(ASK_RESOURCES)) throw new MissingPrerequisiteError(STEP, 'ask-resources.json', 'It tells the ASK CLI where the skill package is.');
  const manifest = readManifest();
  const uri = currentEndpoint(manifest);
  if (uri === undefined) {
    throw new MissingPrerequisiteError(STEP, 'the Lambda ARN in skill-package/skill.json', 'Run `npm run deploy:infra && npm run deploy:endpoint` first.');
  }
  const args = ['deploy', ...(profile === ASK_ENV_PROFILE ? [] : ['--profile', profile])];
  run(bin('ask'), args, cdkEnvironment(ctx.env));
});

function readManifest(): string {
  try {
    return fs.readFileSync(SKILL_MANIFEST, 'utf8');
  } catch {
    throw new MissingPrerequisiteError(STEP, 'skill-package/skill.json', 'The skill package must be in the repository.');
  }
}

/** The endpoint ARN, if the manifest already has a valid one: setting the same ARN again changes nothing. */
function currentEndpoint(text: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    const uri = (parsed as { manifest?: { apis?: { custom?: { endpoint?: { uri?: unknown } } } } }).manifest?.apis?.custom?.endpoint?.uri;
    if (typeof uri !== 'string') return undefined;
    setEndpoint(text, uri, SKILL_MANIFEST);
    return uri;
  } catch {
    return undefined;
  }
}
