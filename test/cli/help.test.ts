/**
 * Every `npm run` tool behaves like a CLI: `--help` prints usage, options, examples and exit
 * codes and exits 0 before doing anything; an unknown option is refused with a one-line message
 * and a usage exit code. The commands come from package.json: every script run with tsx.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const tools = Object.entries(scripts)
  .filter(([, command]) => command.startsWith('tsx '))
  .map(([name, command]) => ({ name, file: command.slice('tsx '.length).trim() }));

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a tool as npm does, with an empty HOME and no AWS or ASK variables. */
function runTool(file: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, file), ...args],
      { cwd: ROOT, env: { PATH: process.env['PATH'], HOME: '/nonexistent' }, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
      },
    );
  });
}

describe('every npm run tool', () => {
  const helps = new Map<string, Promise<Run>>();
  beforeAll(() => {
    for (const tool of tools) helps.set(tool.name, runTool(tool.file, ['--help']));
  });

  it('is found: the tools are the package.json scripts run with tsx', () => {
    expect(tools.map((tool) => tool.name)).toEqual(
      expect.arrayContaining([
        'start',
        'dialog',
        'serve',
        'build',
        'bench',
        'isp',
        'fuzz',
        'synth',
        'deploy',
        'deploy:infra',
        'deploy:skill',
        'deploy:isps',
        'promote',
        'rollback',
        'destroy',
      ]),
    );
  });

  it.each(tools)('npm run $name -- --help prints usage, options, examples and exit codes, and exits 0', async ({ name }) => {
    // Act
    const result = await helps.get(name);

    // Assess
    expect({ code: result?.code, stderr: result?.stderr }).toEqual({ code: 0, stderr: '' });
    const text = result?.stdout ?? '';
    for (const section of ['Usage:', 'Options:', 'Examples:', 'Exit codes:']) expect(text).toContain(`\n${section}\n`);
    expect(text).toMatch(/\n {2}--help +print this help and exit\n/);
    expect(text).toMatch(/\n {2}0 {2}\S/);
  });

  it.each([
    ['deploy', 'infra/deploy/deploy.ts', /deploy: unknown option --bogus \(see --help\)/],
    ['promote', 'infra/deploy/promote.ts', /promote: unknown option --bogus \(see --help\)/],
    ['rollback', 'infra/deploy/rollback.ts', /rollback: unknown option --bogus \(see --help\)/],
    ['isp', 'infra/isp/cli.ts', /--bogus/],
    ['dialog', 'test/sim/dialog.ts', /--bogus/],
  ])('npm run %s refuses an unknown option with exit code 2', async (_name, file, message) => {
    const result = await runTool(file, ['--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
