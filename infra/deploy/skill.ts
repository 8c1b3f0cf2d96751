/**
 * `npm run deploy:skill`: `ask deploy` of the skill package. ask-resources.json has no `code`
 * section, so the ASK CLI deploys the package only and the manifest must already name the
 * function (ASK CLI documentation, "ask deploy"; ask-cli issue #365): this step refuses to
 * start otherwise.
 *
 * Who owns the in-skill products: `npm run isp` (deploy:isps), never `ask deploy`. A skill
 * package import also creates and updates the products under `isps/`, with none of the sync's
 * safeguards (live and certified products left alone, duplicates reported, `--prune` guarded,
 * retries that never create twice), and two writers of one product would fight. So this step
 * uploads a copy of skill-package/ without `isps/` (STAGED_PACKAGE, what ask-resources.json
 * points the ASK CLI at); skill-package/isps/ stays where the ASK skill-package layout puts it,
 * as the sync's input.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LAMBDA_ARN_PATTERN } from './endpoint';
import { MissingPrerequisiteError } from './errors';
import { type Context, requireAskProfile, requireResourcesProfile } from './prerequisites';
import { bin, type Command, cdkEnvironment, paths, projectContext, run, runStep } from './run';

const STEP = 'deploy:skill';

/** The package `ask deploy` uploads, relative to the project root (ask-resources.json `skillMetadata.src`). */
export const STAGED_PACKAGE = './.ask/skill-package';
/** Folders of skill-package/ that stay out of the upload: `isps/` belongs to `npm run isp`. */
export const NOT_UPLOADED: readonly string[] = ['isps'];

export function planSkillDeploy(ctx: Context, extraArgs: readonly string[] = []): Command {
  const profile = requireAskProfile(STEP, ctx);
  requireResourcesProfile(STEP, ctx, profile, STAGED_PACKAGE);
  const uri = endpointOf(paths(ctx.root).manifest);
  if (uri === undefined || !LAMBDA_ARN_PATTERN.test(uri)) {
    throw new MissingPrerequisiteError(STEP, 'the Lambda ARN in skill-package/skill.json', 'Run `npm run deploy:infra && npm run deploy:endpoint` first.');
  }
  // The profile is always passed, the environment profile included, so `ask` cannot pick another one.
  return { command: bin('ask'), args: ['deploy', '--profile', profile, ...extraArgs], env: cdkEnvironment(ctx.env), cwd: ctx.root };
}

/**
 * Copies skill-package/ to STAGED_PACKAGE, leaving out NOT_UPLOADED and dot files (which the
 * ASK CLI's zip leaves out anyway). Replaces any earlier copy; returns the copied files,
 * relative to the package, sorted.
 */
export function stageSkillPackage(root: string): string[] {
  const source = path.join(root, 'skill-package');
  const target = path.join(root, STAGED_PACKAGE);
  fs.rmSync(target, { recursive: true, force: true });
  const copied: string[] = [];
  const copy = (from: string, to: string, relative: string): void => {
    for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
      const name = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.name.startsWith('.') || (relative === '' && NOT_UPLOADED.includes(entry.name))) continue;
      if (entry.isDirectory()) {
        copy(path.join(from, entry.name), path.join(to, entry.name), name);
      } else if (entry.isFile()) {
        fs.mkdirSync(to, { recursive: true });
        fs.copyFileSync(path.join(from, entry.name), path.join(to, entry.name));
        copied.push(name);
      }
    }
  };
  copy(source, target, '');
  return copied.sort();
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

if (require.main === module) {
  runStep(STEP, () => {
    const ctx = projectContext();
    const command = planSkillDeploy(ctx, process.argv.slice(2));
    const files = stageSkillPackage(ctx.root);
    console.log(`Staged ${files.length} file(s) of skill-package/ in ${STAGED_PACKAGE} (without ${NOT_UPLOADED.join(', ')}/)`);
    run(command);
  });
}
