/**
 * `npm run isp` end to end against the SMAPI emulator. The CLI runs in-process through its
 * `main(argv, io)` entry (arguments, environment, home and working folder, output streams,
 * exit code); one smoke test runs it as `npm run isp` does, in a child process, to cover the
 * script's own wiring (process.argv, process.env, stdout, the exit code).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../infra/isp/cli';
import { EMULATOR_CREDENTIALS, startSmapiEmulator, type SmapiEmulator } from '../emulators/smapi';
import { copyProjectIsps, emulatorEnv, PROJECT_ISPS, readJson, SKILL_ID, writeJson } from './helpers';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in this process, from the project root, with HOME in a temp dir so no real ~/.ask is read. */
async function runCli(args: readonly string[], env: Record<string, string>, home: string): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(args, {
    out: (text) => stdout.push(`${text}\n`),
    err: (text) => stderr.push(`${text}\n`),
    env: { HOME: home, ...env },
    homeDir: home,
    cwd: ROOT,
  });
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

/** Runs the CLI as `npm run isp` would: `tsx infra/isp/cli.ts`, in a child process. */
function runCliProcess(args: readonly string[], env: Record<string, string>, home: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(TSX, [join(ROOT, 'infra', 'isp', 'cli.ts'), ...args], { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '', HOME: home, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

describe('npm run isp', () => {
  let emulator: SmapiEmulator;
  let home: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'isp-home-'));
  });
  afterAll(async () => {
    await rm(home, { recursive: true, force: true });
  });
  beforeEach(async () => {
    emulator = await startSmapiEmulator();
    env = emulatorEnv(emulator);
  });
  afterEach(async () => {
    await emulator.close();
  });

  it('plans as JSON, applies with exit 0, and a second apply writes nothing', async () => {
    // Act
    const plan = await runCli(['plan', '--skill-id', SKILL_ID, '--json'], env, home);
    const apply = await runCli(['apply', '--skill-id', SKILL_ID], env, home);
    emulator.resetCalls();
    const again = await runCli(['apply', '--skill-id', SKILL_ID], env, home);
    // Assess
    expect(plan.code).toBe(0);
    const parsed = JSON.parse(plan.stdout) as { counts: { create: number; associate: number } };
    expect(parsed.counts).toMatchObject({ create: 3, associate: 3 });
    expect(apply.code).toBe(0);
    expect(apply.stdout).toMatch(/Summary: created 3, updated 0, associated 3/);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/0 write\(s\)/);
    expect(emulator.calls().filter((call) => call.method !== 'GET')).toEqual([]);
    expect(emulator.tokenRequests().every((request) => request.path === '/auth/O2/token' && request.format === 'form')).toBe(true);
    for (const output of [plan, apply, again]) {
      expect(output.stdout + output.stderr).not.toContain(EMULATOR_CREDENTIALS.refreshToken);
      expect(output.stdout + output.stderr).not.toContain(EMULATOR_CREDENTIALS.clientSecret);
    }
  });

  it('lists every validation problem with file, path and rule, exits 2, and calls nothing', async () => {
    // Prepare
    const { dir, cleanup } = await copyProjectIsps();
    try {
      const file = join(dir, 'subscription', 'premium_shopper.json');
      const definition = await readJson(file);
      await writeJson(file, { ...definition, type: 'SUBSCRIPTIONS', referenceName: 'premium shopper' });
      await writeFile(join(dir, 'consumable', 'broken.json'), '{ not json');
      // Act
      const run = await runCli(['apply', '--skill-id', SKILL_ID, '--isps-dir', dir], env, home);
      // Assess
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('subscription/premium_shopper.json: type: must be one of CONSUMABLE, ENTITLEMENT, SUBSCRIPTION');
      expect(run.stderr).toContain('subscription/premium_shopper.json: referenceName: must be 1-255 letters, digits or underscores');
      expect(run.stderr).toContain('consumable/broken.json: (file): must be valid JSON');
      expect(emulator.calls()).toEqual([]);
      expect(emulator.tokenRequests()).toEqual([]);
    } finally {
      await cleanup();
    }
  });

  it('refuses --prune with no product file (exit 2, no call) unless --delete-all-products says so', async () => {
    // Prepare
    const empty = await mkdtemp(join(tmpdir(), 'isps-empty-'));
    const seeded = emulator.seed(await readJson(join(PROJECT_ISPS, 'consumable', 'watch_slots.json')), { skills: [SKILL_ID] });
    try {
      // Act
      const refused = await runCli(['apply', '--skill-id', SKILL_ID, '--prune', '--isps-dir', empty], env, home);
      const callsAfterRefusal = emulator.calls().length;
      const confirmed = await runCli(['apply', '--skill-id', SKILL_ID, '--prune', '--delete-all-products', '--isps-dir', empty], env, home);
      // Assess
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('--prune would delete every product of the skill');
      expect(callsAfterRefusal).toBe(0);
      expect(confirmed.code).toBe(0);
      expect(emulator.products().map((product) => product.productId)).not.toContain(seeded.productId);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('exits 1 with a redacted message when the token is refused', async () => {
    // Act
    const run = await runCli(['list'], { ...env, ASK_REFRESH_TOKEN: 'Atzr|a-wrong-refresh-token-value' }, home);
    // Assess
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('getIspListForVendor failed');
    expect(run.stderr).not.toContain('a-wrong-refresh-token-value');
  });

  it('exits 2 on an unknown option and on apply outside development', async () => {
    // Act
    const unknown = await runCli(['apply', '--force'], env, home);
    const live = await runCli(['apply', '--skill-id', SKILL_ID, '--stage', 'live'], env, home);
    // Assess
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown argument --force');
    expect(live.code).toBe(2);
    expect(emulator.calls().filter((call) => call.method !== 'GET')).toEqual([]);
  });

  it('reads the ASK CLI profile when no refresh token is in the environment, then lists and resets entitlements', async () => {
    // Prepare
    await mkdir(join(home, '.ask'), { recursive: true });
    await writeFile(
      join(home, '.ask', 'cli_config'),
      JSON.stringify({ profiles: { ci: { token: { refresh_token: EMULATOR_CREDENTIALS.refreshToken }, vendor_id: EMULATOR_CREDENTIALS.vendorId } } }),
    );
    const profileEnv = { ...env, ASK_REFRESH_TOKEN: '', ASK_VENDOR_ID: '' };
    const seeded = emulator.seed(await readJson(join(PROJECT_ISPS, 'consumable', 'watch_slots.json')), { skills: [SKILL_ID], entitlements: 3 });
    // Act
    const list = await runCli(['list', '--profile', 'ci'], profileEnv, home);
    const reset = await runCli(['reset-entitlements', '--product', 'watch_slots', '--skill-id', SKILL_ID, '--profile', 'ci'], profileEnv, home);
    // Assess
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('watch_slots');
    expect(list.stdout).toContain(SKILL_ID);
    expect(reset.code).toBe(0);
    expect(seeded.entitlements).toBe(0);
    expect(reset.stderr).toContain('credentials from profile ci');
  });

  it('runs as a script: a child process plans from the environment, prints JSON and exits 0, then exits 2 on bad usage', async () => {
    // Act
    const plan = await runCliProcess(['plan', '--skill-id', SKILL_ID, '--json'], env, home);
    const usage = await runCliProcess(['plan', '--force'], env, home);
    // Assess
    expect(plan.code).toBe(0);
    expect((JSON.parse(plan.stdout) as { counts: { create: number } }).counts.create).toBe(3);
    expect(plan.stderr).toContain('credentials from environment');
    expect(plan.stdout + plan.stderr).not.toContain(EMULATOR_CREDENTIALS.refreshToken);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('unknown argument --force');
  });
});

describe('npm run isp -- validate', () => {
  let home: string;
  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'isp-validate-home-'));
  });
  afterAll(async () => {
    await rm(home, { recursive: true, force: true });
  });

  it('checks the project files offline: no credentials, no SMAPI', async () => {
    const run = await runCli(['validate'], {}, home);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Validated 3 product file\(s\) in skill-package\/isps: no problem/);
  });

  it('names every problem and fails with 2 when a locale misses its purchase prompt', async () => {
    const { dir, cleanup } = await copyProjectIsps();
    try {
      const file = join(dir, 'entitlement', 'offer_insights.json');
      const definition = (await readJson(file)) as unknown as { publishingInformation: { locales: Record<string, { customProductPrompts: Record<string, string> }> } };
      delete definition.publishingInformation.locales['ja-JP']?.customProductPrompts['purchasePromptDescription'];
      await writeJson(file, definition);
      const run = await runCli(['validate', '--isps-dir', dir], {}, home);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/ja-JP.*purchasePromptDescription/);
    } finally {
      await cleanup();
    }
  });
});
