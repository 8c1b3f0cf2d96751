/**
 * Offline checks that a deploy step can start: credentials and profiles are looked for where
 * the AWS SDK and the ASK CLI look, without reading or printing any secret value and without
 * any network call. Each check takes the environment and home folder, so tests can pass a
 * temporary HOME and an empty environment.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ASK_ENV_PROFILE, askProfileName, askStatesSkillId, askVendorId, readAskCliProfile } from '../ask-cli';
import { DeployError, MissingPrerequisiteError } from './errors';
import { isRecord } from '../../lambda/util/guards';

export { ASK_ENV_PROFILE, askProfileName };

export interface Context {
  readonly env: NodeJS.ProcessEnv;
  readonly home: string;
  /** The project root (where `.ask/ask-states.json` lives). */
  readonly root: string;
}

/**
 * A preflight's checker: runs a check and, when it throws one of our deploy errors, records its
 * message (without the step's prefix) in `problems` and returns undefined, so a preflight lists
 * every problem at once instead of stopping at the first.
 */
export function problemCollector(problems: string[]): <T>(check: () => T) => T | undefined {
  return (check) => {
    try {
      return check();
    } catch (err) {
      if (err instanceof DeployError) {
        problems.push(err.message.replace(/^[\w:]+: /, ''));
        return undefined;
      }
      throw err;
    }
  };
}

const nonEmpty = (value: string | undefined): boolean => value !== undefined && value.trim() !== '';

/** Mirrors the AWS SDK's default chain, offline: env keys, a profile, web identity, container credentials, shared files. */
export function requireAwsCredentials(step: string, ctx: Context): void {
  const { env } = ctx;
  const fromEnv =
    (nonEmpty(env['AWS_ACCESS_KEY_ID']) && nonEmpty(env['AWS_SECRET_ACCESS_KEY'])) ||
    nonEmpty(env['AWS_PROFILE']) ||
    nonEmpty(env['AWS_WEB_IDENTITY_TOKEN_FILE']) ||
    nonEmpty(env['AWS_CONTAINER_CREDENTIALS_RELATIVE_URI']) ||
    nonEmpty(env['AWS_CONTAINER_CREDENTIALS_FULL_URI']);
  if (fromEnv) return;
  const files = [env['AWS_SHARED_CREDENTIALS_FILE'] ?? path.join(ctx.home, '.aws', 'credentials'), env['AWS_CONFIG_FILE'] ?? path.join(ctx.home, '.aws', 'config')];
  if (files.some((file) => fs.existsSync(file))) return;
  throw new MissingPrerequisiteError(
    step,
    'AWS credentials',
    'Run `aws configure` (or `aws sso login --profile NAME` and set AWS_PROFILE), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.',
  );
}

/**
 * The region `cdk deploy` and the SDK will use: AWS_REGION, AWS_DEFAULT_REGION, else the
 * `region` of the AWS profile (AWS_PROFILE, else `default`) in the shared config file.
 */
export function findAwsRegion(ctx: Context): string | undefined {
  for (const name of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
    const value = ctx.env[name]?.trim();
    if (value !== undefined && value !== '') return value;
  }
  const profile = ctx.env['AWS_PROFILE']?.trim() || 'default';
  const header = profile === 'default' ? '[default]' : `[profile ${profile}]`;
  let text: string;
  try {
    text = fs.readFileSync(ctx.env['AWS_CONFIG_FILE'] ?? path.join(ctx.home, '.aws', 'config'), 'utf8');
  } catch {
    return undefined;
  }
  let inSection = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('[')) inSection = line.replace(/\s+/g, ' ') === header;
    const match = inSection ? /^region\s*=\s*(\S+)/.exec(line) : null;
    if (match?.[1] !== undefined) return match[1];
  }
  return undefined;
}

export function requireAwsRegion(step: string, ctx: Context): string {
  const region = findAwsRegion(ctx);
  if (region !== undefined) return region;
  throw new MissingPrerequisiteError(
    step,
    'the AWS region',
    'Set AWS_REGION (us-east-1 for the North America endpoint, eu-west-1 for Europe and India, us-west-2 for the Far East), or `region` in the AWS profile.',
  );
}

/**
 * The ASK CLI profile `ask` will use (askProfileName in ../ask-cli), checked: a named profile
 * must exist in ~/.ask/cli_config. One rule for every step, so the skill id, the credentials
 * and the vendor all come from the same profile.
 */
export function requireAskProfile(step: string, ctx: Context): string {
  const profile = askProfileName(ctx.env);
  if (profile === ASK_ENV_PROFILE) return profile;
  if (readAskCliProfile(ctx.home, profile).found) return profile;
  throw new MissingPrerequisiteError(
    step,
    `the ASK CLI profile "${profile}"`,
    `Run \`npx ask configure --profile ${profile}\` (or, in CI, set ASK_REFRESH_TOKEN and ASK_VENDOR_ID with AWS keys).`,
  );
}

/**
 * `ask deploy` stops with "Profile [X] does not exist" unless ask-resources.json has the
 * profile; say so before starting it, with the block to add.
 */
export function requireResourcesProfile(step: string, ctx: Context, profile: string, expectedSrc: string): void {
  const resources = readJson(path.join(ctx.root, 'ask-resources.json'));
  if (resources === undefined) throw new MissingPrerequisiteError(step, 'ask-resources.json', 'It tells the ASK CLI where the skill package is.');
  const entry = isRecord(resources) && isRecord(resources['profiles']) ? resources['profiles'][profile] : undefined;
  const src = isRecord(entry) && isRecord(entry['skillMetadata']) ? entry['skillMetadata']['src'] : undefined;
  const block = `"${profile}": { "skillMetadata": { "src": "${expectedSrc}" } }`;
  if (src === undefined) throw new MissingPrerequisiteError(step, `the profile "${profile}" in ask-resources.json`, `Add ${block} to its "profiles".`);
  if (path.normalize(String(src)) !== path.normalize(expectedSrc)) {
    throw new DeployError(`${step}: ask-resources.json profile "${profile}" deploys ${String(src)}; it must be ${expectedSrc} (the package without isps/, see README "Deploying")`);
  }
}

/** The skill id: SKILL_ID, else the one `ask deploy` recorded in .ask/ask-states.json for the profile. */
export function findSkillId(ctx: Context, profile: string): string | undefined {
  const fromEnv = ctx.env['SKILL_ID']?.trim();
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  return askStatesSkillId(ctx.root, profile);
}

export function requireSkillId(step: string, ctx: Context, profile: string): string {
  const skillId = findSkillId(ctx, profile);
  if (skillId !== undefined) return skillId;
  throw new MissingPrerequisiteError(
    step,
    'the skill id',
    'Set SKILL_ID=amzn1.ask.skill.… (shown in the developer console, or in .ask/ask-states.json after the first `ask deploy`), ' +
      'or run `npm run deploy`, which creates the skill before the stack.',
  );
}

/** The vendor id, where `ask` takes it (askVendorId in ../ask-cli). */
export function requireVendorId(step: string, ctx: Context, profile: string): string {
  const vendorId = askVendorId(ctx.env, ctx.home, profile);
  if (vendorId !== undefined) return vendorId;
  throw new MissingPrerequisiteError(step, 'the Amazon developer vendor id', 'Set ASK_VENDOR_ID, or run `npx ask configure` so the profile records it.');
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
