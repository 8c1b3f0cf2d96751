/**
 * `npm run deploy:skill`: stages the skill package and runs `ask deploy` on it. ask-resources.json
 * has no `code` section, so the ASK CLI deploys the package only (ASK CLI documentation,
 * "ask deploy"; ask-cli issue #365) and the staged manifest must carry the endpoint itself.
 *
 * The endpoint goes into the staged copy, never into the tracked skill-package/skill.json (whose
 * placeholder ARN keeps the package valid offline and is never uploaded): the stack's
 * `DevelopmentAliasArn` output (.cdk/stack-outputs.json), what the skill's development stage
 * calls; with `--alias live` the `LiveAliasArn` output, for the package submitted for
 * certification (it becomes the live stage); or `--arn`. Before the stack exists, no
 * endpoint at all, so a first upload creates the skill (and its id, which the stack's trigger is
 * then locked to) without pointing it anywhere.
 *
 * Who owns the in-skill products: `npm run isp` (deploy:isps), never `ask deploy`. A skill
 * package import also creates and updates the products under `isps/`, with none of the sync's
 * safeguards (live and certified products left alone, duplicates reported, `--prune` guarded,
 * retries that never create twice), and two writers of one product would fight. So the staged
 * copy leaves `isps/` out; skill-package/isps/ stays where the ASK skill-package layout puts
 * it, as the sync's input.
 */
import fs from 'node:fs';
import path from 'node:path';
import { defaultRegion, type AlexaRegion } from '../regions';
import { removeEndpoint, setAssociatesFlag, setEndpoint, setRegionalEndpoints } from './endpoint';
import { DeployError, MissingPrerequisiteError } from './errors';
import { aliasArnFromOutputs, associatesFromOutputs, regionalArnsFromOutputs } from './outputs';
import { ALIAS_NAMES, type AliasName, Aliases } from '../stages';
import { type Context, requireAskProfile, requireResourcesProfile } from './prerequisites';
import { bin, type Command, cdkEnvironment, paths, projectContext, run, runStep } from './run';
import { type CliSpec, parseCli } from '../cli';

const STEP = 'deploy:skill';

/**
 * The package `ask deploy` uploads, relative to the project root (ask-resources.json
 * `skillMetadata.src`). Its name is the message: a bare `ask deploy` in a fresh clone stops with
 * "The skillMetadata src file ./.ask/skill-package-staged-by-npm-run-deploy does not exist."
 */
export const STAGED_PACKAGE = './.ask/skill-package-staged-by-npm-run-deploy';
/** Folders of skill-package/ that stay out of the upload: `isps/` belongs to `npm run isp`. */
export const NOT_UPLOADED: readonly string[] = ['isps'];

/** What the staged manifest points at: the deployed function, and whether it has an Associates id. */
export interface StagedEndpoint {
  /** The default endpoint: for the regions that have none of their own. */
  readonly arn: string;
  /**
   * One function per Alexa region (`npm run deploy -- --regions NA,EU,FE`), each written to
   * `apis.custom.regions.<code>.endpoint`.
   * @default - none: the default endpoint serves every region
   */
  readonly regions?: Partial<Record<AlexaRegion, string>>;
  /** @default - the manifest's Associates switch left as committed */
  readonly associates?: boolean;
}

export function planSkillDeploy(ctx: Context, extraArgs: readonly string[] = []): Command {
  const profile = requireAskProfile(STEP, ctx);
  requireResourcesProfile(STEP, ctx, profile, STAGED_PACKAGE);
  // The profile is always passed, the environment profile included, so `ask` cannot pick another one.
  return { command: bin('ask'), args: ['deploy', '--profile', profile, ...extraArgs], env: cdkEnvironment(ctx.env), cwd: ctx.root };
}

/**
 * The endpoint from the stack outputs, when the stack has been deployed; undefined before. The
 * development alias by default: what the skill's development stage calls. The live alias only
 * for the package submitted for certification, which becomes the live stage.
 */
export function endpointFromOutputs(root: string, alias: AliasName = Aliases.Development): StagedEndpoint | undefined {
  const outputs = paths(root).outputs;
  if (!fs.existsSync(outputs)) return undefined;
  const associates = associatesFromOutputs(outputs);
  // With regional stacks, each region's alias, and North America's (else the first) as the default.
  const regions = regionalArnsFromOutputs(outputs, alias);
  const main = defaultRegion(Object.keys(regions) as AlexaRegion[]);
  const arn = main === undefined ? undefined : regions[main];
  return {
    arn: arn ?? aliasArnFromOutputs(outputs, alias),
    ...(main === undefined ? {} : { regions }),
    ...(associates === undefined ? {} : { associates }),
  };
}

/**
 * Copies skill-package/ to STAGED_PACKAGE, leaving out NOT_UPLOADED and dot files (which the
 * ASK CLI's zip leaves out anyway), and sets the staged manifest's endpoint (or removes it when
 * there is none yet). Replaces any earlier copy; returns the copied files, relative to the
 * package, sorted. Throws before copying anything on a placeholder or malformed ARN.
 */
export function stageSkillPackage(root: string, endpoint?: StagedEndpoint): string[] {
  const source = path.join(root, 'skill-package');
  const target = path.join(root, STAGED_PACKAGE);
  const manifestText = readManifest(path.join(source, 'skill.json'));
  let staged = endpoint === undefined ? removeEndpoint(manifestText) : setEndpoint(manifestText, endpoint.arn).text;
  if (endpoint?.regions !== undefined) staged = setRegionalEndpoints(staged, endpoint.regions).text;
  if (endpoint?.associates !== undefined) staged = setAssociatesFlag(staged, endpoint.associates).text;

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
  fs.writeFileSync(path.join(target, 'skill.json'), staged);
  return copied.sort();
}

function readManifest(manifestPath: string): string {
  try {
    return fs.readFileSync(manifestPath, 'utf8');
  } catch {
    throw new MissingPrerequisiteError(STEP, 'a readable skill-package/skill.json', 'The skill package must be in the repository.');
  }
}

/** Stages the package (with `endpoint`, or none) and runs `ask deploy` on it. */
export async function deploySkillPackage(
  ctx: Context,
  endpoint: StagedEndpoint | undefined,
  extraArgs: readonly string[] = [],
  runner: (command: Command) => void | Promise<void> = run,
): Promise<void> {
  const command = planSkillDeploy(ctx, extraArgs);
  const files = stageSkillPackage(ctx.root, endpoint);
  console.log(
    `Staged ${files.length} file(s) of skill-package/ in ${STAGED_PACKAGE} (without ${NOT_UPLOADED.join(', ')}/), ` +
      (endpoint === undefined ? 'with no endpoint yet' : `endpoint ${endpoint.arn}`) +
      (endpoint?.regions === undefined
        ? ''
        : `; regional endpoints ${Object.entries(endpoint.regions)
            .map(([code, arn]) => `${code} ${arn}`)
            .join(', ')}`),
  );
  await runner(command);
}

export const SKILL_CLI: CliSpec = {
  command: 'npm run deploy:skill --',
  summary: 'Stage skill-package/ (without isps/, with the endpoint) in .ask/ and run `ask deploy` on it.',
  options: [
    {
      flag: '--alias development|live',
      text: 'whose alias is the endpoint: development (default; the DevelopmentAliasArn output in .cdk/stack-outputs.json) or live (LiveAliasArn: the package to submit for certification); no outputs yet: no endpoint (a first upload)',
    },
    { flag: '--arn ARN', text: 'the endpoint itself, instead of an alias from the outputs' },
    { flag: '--associates true|false', text: "the manifest's Associates switch; default: the AssociatesEnabled output" },
  ],
  rest: 'any other argument goes to `ask deploy` (e.g. --debug)',
  examples: [
    'npm run deploy:skill',
    'npm run deploy:skill -- --alias live',
    'npm run deploy:skill -- --arn arn:aws:lambda:us-east-1:123456789012:function:VoiceShoppingSkill-skill:development',
  ],
  exitCodes: [
    [0, 'the package is deployed'],
    [1, 'a missing prerequisite (ASK profile, ask-resources.json profile), a placeholder or malformed ARN, or `ask deploy` failed'],
    [2, 'an unknown or malformed option'],
  ],
};

/** What `--arn`, `--alias` and `--associates` ask for, checked: the endpoint to stage, or undefined for a first upload. */
export function endpointFromOptions(root: string, options: { arn?: string | undefined; alias?: string | undefined; associates?: string | undefined }): StagedEndpoint | undefined {
  const { arn, associates } = options;
  if (associates !== undefined && associates !== 'true' && associates !== 'false') throw new DeployError(`--associates must be true or false, not "${associates}"`);
  const alias = ALIAS_NAMES.find((name) => name === (options.alias ?? Aliases.Development));
  if (alias === undefined) throw new DeployError(`--alias must be ${ALIAS_NAMES.join(' or ')}, not "${options.alias ?? ''}"`);
  if (arn !== undefined && options.alias !== undefined) throw new DeployError('give --arn or --alias, not both');
  if (arn !== undefined) return { arn, ...(associates === undefined ? {} : { associates: associates === 'true' }) };
  const endpoint = endpointFromOutputs(root, alias);
  // Without outputs a first upload goes without an endpoint; the certification package never does.
  if (endpoint === undefined && alias === Aliases.Live) {
    throw new MissingPrerequisiteError(STEP, `the stack outputs ${paths(root).outputs} that --alias live takes the LiveAliasArn from`, 'Run `npm run deploy` first.');
  }
  return endpoint;
}

if (require.main === module) {
  const cli = parseCli(SKILL_CLI, process.argv.slice(2), { arn: 'string', alias: 'string', associates: 'string' }, { passThrough: true });
  if (cli !== undefined) {
    runStep(STEP, async () => {
      const ctx = projectContext();
      return deploySkillPackage(ctx, endpointFromOptions(ctx.root, cli.values), cli.rest);
    });
  }
}
