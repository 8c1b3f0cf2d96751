/**
 * `npm run fuzz` runs as a developer starts it: a fresh process with nothing of the test
 * setup's environment (no CATALOG, no token key), which the campaign must set itself before
 * the skill loads.
 */
import { runTsx } from '../sim/runTsx';

describe('npm run fuzz', () => {
  it('runs a short campaign from a plain environment and reports no broken invariant', async () => {
    const { CATALOG: _catalog, CONNECTION_TOKEN_SECRET: _secret, ...plain } = process.env;
    const run = await runTsx('test/fuzz/campaign.ts', ['--runs', '40', '--seed', '7'], undefined, plain);
    expect(run.err).not.toMatch(/Error/);
    expect(run.out).toContain('fuzz campaign: 40 runs, seed 7');
    expect(run.out).toContain('no invariant broken');
    expect(run.code).toBe(0);
    // A child process: tsx starts, compiles and loads the skill before the first run; on a
    // loaded machine that alone can pass Jest's default bound.
  }, 120_000);
});
