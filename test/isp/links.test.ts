/**
 * Product files that are symbolic links, files that cannot be read and JSON nested ten
 * thousand deep: `npm run isp` follows a link that stays inside the product folder, and stops
 * with exit 2 naming the file for everything else, before any SMAPI call. A file left out
 * would look orphaned to `apply --prune`, which would delete its product.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, rename, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { main } from '../../infra/isp/cli';
import { type SmapiEmulator, startSmapiEmulator } from '../emulators/smapi';
import { copyProjectIsps, emulatorEnv, readJson, SKILL_ID } from './helpers';

interface Run {
  readonly code: number;
  readonly stderr: string;
}

describe('npm run isp with links and hostile product files', () => {
  let emulator: SmapiEmulator;
  let isps: { dir: string; cleanup: () => Promise<void> };
  let env: Record<string, string>;

  async function run(...args: string[]): Promise<Run> {
    const stderr: string[] = [];
    const code = await main([...args, '--skill-id', SKILL_ID, '--isps-dir', isps.dir], {
      out: () => undefined,
      err: (text) => stderr.push(text),
      env,
      homeDir: dirname(isps.dir),
      cwd: dirname(isps.dir),
    });
    return { code, stderr: stderr.join('\n') };
  }

  const names = () =>
    emulator
      .products()
      .map((p) => String(p.definition['referenceName']))
      .sort();

  beforeEach(async () => {
    emulator = await startSmapiEmulator();
    env = emulatorEnv(emulator);
    isps = await copyProjectIsps();
    expect((await run('apply')).code).toBe(0);
  });
  afterEach(async () => {
    await emulator.close();
    await isps.cleanup();
  });

  it('refuses apply --prune when a product file links outside the folder: exit 2 naming it, nothing deleted', async () => {
    const before = names();
    const file = join(isps.dir, 'consumable', 'watch_slots.json');
    const outside = join(dirname(isps.dir), 'elsewhere', 'watch_slots.json');
    await mkdir(dirname(outside));
    await rename(file, outside);
    await symlink(outside, file);
    emulator.resetCalls();

    const result = await run('apply', '--prune');

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/consumable\/watch_slots\.json.*symbolic link to outside the product folder/);
    expect(emulator.calls()).toHaveLength(0);
    expect(names()).toEqual(before);
  });

  it('refuses a link that leads nowhere, naming it', async () => {
    await symlink(join(isps.dir, 'missing.json'), join(isps.dir, 'consumable', 'gone.json'));

    const result = await run('plan', '--prune');

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/consumable\/gone\.json.*symbolic link that cannot be followed/);
  });

  it('follows a file link that stays inside the folder: apply --prune keeps its product', async () => {
    const before = names();
    const file = join(isps.dir, 'consumable', 'watch_slots.json');
    await mkdir(join(isps.dir, 'versions'));
    await rename(file, join(isps.dir, 'versions', 'watch_slots.v2'));
    await symlink(join('..', 'versions', 'watch_slots.v2'), file);

    const result = await run('apply', '--prune');

    expect(result.code).toBe(0);
    expect(names()).toEqual(before);
  });

  it('follows a folder link that stays inside the folder, each file once, and prunes nothing', async () => {
    const before = names();
    await mkdir(join(isps.dir, 'store'));
    await rename(join(isps.dir, 'consumable'), join(isps.dir, 'store', 'consumable'));
    await symlink(join(isps.dir, 'store', 'consumable'), join(isps.dir, 'consumable'));
    // A link back to the folder itself must not loop.
    await symlink(isps.dir, join(isps.dir, 'store', 'again'));

    const result = await run('apply', '--prune');

    expect(result.stderr).not.toMatch(/problem/);
    expect(result.code).toBe(0);
    expect(names()).toEqual(before);
  });

  it('refuses a product file nested 10,000 levels deep with exit 2 naming it, not a stack overflow', async () => {
    const file = join(isps.dir, 'consumable', 'watch_slots.json');
    const definition = await readJson(file);
    await writeFile(file, JSON.stringify({ ...definition, extra: '@' }).replace('"@"', `${'['.repeat(10_000)}${']'.repeat(10_000)}`));

    const result = await run('plan');

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/consumable\/watch_slots\.json.*more than 32 levels deep/);
  });

  it('refuses a product file that is not a regular file (a named pipe) instead of skipping it', async () => {
    execFileSync('mkfifo', [join(isps.dir, 'consumable', 'pipe.json')]);

    const result = await run('apply', '--prune');

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/consumable\/pipe\.json.*is not a regular file/);
  });
});
