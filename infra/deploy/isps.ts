/**
 * `npm run deploy:isps`: the in-skill product sync (`npm run isp -- apply`, infra/isp/) for
 * this skill and vendor, after the skill package is deployed. ISP_STAGE picks the stage. The
 * sync is the only writer of the products (deploy:skill keeps isps/ out of the upload), and it
 * gets the same ASK CLI profile as every other step, so its credentials and the skill id agree.
 */
import { ASK_ENV_PROFILE, type Context, requireAskProfile, requireSkillId, requireVendorId } from './prerequisites';
import { type Command, cdkEnvironment, projectContext, run, runStep } from './run';
import { type CliSpec, printHelpIfAsked } from '../cli';

const STEP = 'deploy:isps';

export function planIspSync(ctx: Context, extraArgs: readonly string[] = []): Command {
  const profile = requireAskProfile(STEP, ctx);
  const skillId = requireSkillId(STEP, ctx, profile);
  const vendorId = requireVendorId(STEP, ctx, profile);
  const stage = ctx.env['ISP_STAGE']?.trim() || 'development';
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  return {
    command: npm,
    args: ['run', 'isp', '--', 'apply', '--profile', profile, '--skill-id', skillId, '--vendor-id', vendorId, '--stage', stage, ...extraArgs],
    env: profile === ASK_ENV_PROFILE ? cdkEnvironment(ctx.env) : withoutEnvironmentToken(cdkEnvironment(ctx.env)),
  };
}

/**
 * With a named profile, `ask` used that profile's token; the sync reads ASK_REFRESH_TOKEN before
 * any profile, so a token left in the environment would make it act with other credentials.
 */
function withoutEnvironmentToken(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { ASK_REFRESH_TOKEN: _refresh, ASK_ACCESS_TOKEN: _access, ...rest } = env;
  return rest;
}

export const ISPS_CLI: CliSpec = {
  command: 'npm run deploy:isps --',
  arguments: '[npm run isp -- apply options]',
  summary: 'The in-skill product sync (`npm run isp -- apply`) for the deployed skill, with the ASK CLI profile, skill id and vendor id the other steps use.',
  options: [],
  rest: 'every argument goes to `npm run isp -- apply` (e.g. --prune); ISP_STAGE sets --stage (default development)',
  examples: ['npm run deploy:isps', 'npm run deploy:isps -- --dry-run'],
  exitCodes: [
    [0, 'the products match skill-package/isps/'],
    [1, 'no ASK profile, skill id or vendor id, or the sync failed'],
  ],
};

if (require.main === module && !printHelpIfAsked(ISPS_CLI, process.argv.slice(2))) runStep(STEP, () => run(planIspSync(projectContext(), process.argv.slice(2))));
