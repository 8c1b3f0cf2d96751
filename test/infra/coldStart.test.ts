/**
 * Loading the handler module does nothing: the bundle `npm run build` makes (infra/bundle.ts's
 * bundleSkill, written to a temporary folder here) is required in a child process with an
 * empty environment and must not throw; the first request then fails, naming the missing
 * configuration (CATALOG), in its error and in a log line.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { bundleSkill } from '../../infra/bundle';
import { launchRequest } from '../support/envelopes';

const run = promisify(execFile);

/** Loads the bundle, reports the load, then sends one launch and reports how it ended. */
const PROBE = `
const bundle = process.argv[1];
const envelope = JSON.parse(process.argv[2]);
let loaded;
try {
  loaded = require(bundle);
} catch (err) {
  console.log(JSON.stringify({ probe: 'load_threw', message: String(err && err.message) }));
  process.exit(0);
}
console.log(JSON.stringify({ probe: 'loaded', handler: typeof loaded.handler }));
loaded.handler(envelope).then(
  () => console.log(JSON.stringify({ probe: 'answered' })),
  (err) => console.log(JSON.stringify({ probe: 'rejected', name: err.name, message: err.message })),
);
`;

interface ProbeLine {
  probe?: string;
  [field: string]: unknown;
}

function linesOf(output: string): ProbeLine[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as ProbeLine);
}

describe('the bundled handler in a container with no configuration', () => {
  let dir: string;
  let bundle: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cold-start-'));
    bundle = await bundleSkill(path.join(dir, 'index.js'));
  }, 60_000);

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('loads without throwing, and its first request names the missing CATALOG', async () => {
    const { stdout, stderr } = await run(process.execPath, ['-e', PROBE, bundle, JSON.stringify(launchRequest())], { env: {} });
    const probe = linesOf(stdout).filter((line) => line.probe !== undefined);
    expect(probe).toEqual([
      { probe: 'loaded', handler: 'function' },
      { probe: 'rejected', name: 'ConfigurationError', message: expect.stringContaining('CATALOG is not set') },
    ]);
    // The skill's own error line says the same to whoever reads the function's logs.
    const logged = linesOf(stderr).find((line) => line['event'] === 'configuration_invalid');
    expect(logged).toMatchObject({ level: 'error', errorName: 'ConfigurationError', errorMessage: expect.stringContaining('CATALOG') });
  });
});
