/**
 * `npm run deploy:isps`: the in-skill product sync (`npm run isp -- apply`, infra/isp/) for
 * this skill and vendor, after the skill package is deployed. ISP_STAGE picks the stage.
 */
import { requireAskProfile, requireSkillId, requireVendorId } from './prerequisites';
import { cdkEnvironment, projectContext, run, runStep } from './run';

const STEP = 'deploy:isps';

runStep(STEP, () => {
  const ctx = projectContext();
  const profile = requireAskProfile(STEP, ctx);
  const skillId = requireSkillId(STEP, ctx, profile);
  const vendorId = requireVendorId(STEP, ctx, profile);
  const stage = ctx.env['ISP_STAGE']?.trim() || 'development';
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  run(npm, ['run', 'isp', '--', 'apply', '--skill-id', skillId, '--vendor-id', vendorId, '--stage', stage, ...process.argv.slice(2)], cdkEnvironment(ctx.env));
});
