/**
 * Turns a bundled Lambda folder (`index.js`, the skill, as esbuild wrote it) into the deployed
 * layout: the skill moves to `skill.js`, `index.js` becomes the small loader of
 * lambda/boot/index.ts, and, when this Node is the one Lambda runs (`DEPLOYED_NODE_MAJOR`),
 * a V8 code cache of the skill is made beside it by one training launch in a child process.
 *
 * The cache is made after a LaunchRequest (memory state, no network), so it holds the code of
 * the first turn as well as the module's top level. A cache made by any other V8 or
 * architecture is never read (lambda/boot/compileCache.ts), so building on another machine
 * costs the saving, not correctness.
 */
import { execFile } from 'node:child_process';
import { renameSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { CACHE_SUFFIX, type CompileCacheStatus, SKILL_FILE, STAMP_SUFFIX } from '../lambda/boot/compileCache';
import { bundleOptions, type CacheWhen, COMPILE_CACHE, DEFAULT_MEMORY_MB, DEPLOYED_ARCH, DEPLOYED_NODE_MAJOR, ROOT } from './bundle';
import { type CliSpec, printHelpIfAsked, USAGE_EXIT_CODE } from './cli';

const run = promisify(execFile);

export const BOOT_ENTRY = path.join(ROOT, 'lambda', 'boot', 'index.ts');
/** This file, which the CDK stack's command hook runs on the staged asset. */
export const COMPILE_CACHE_SCRIPT = path.join(ROOT, 'infra', 'compileCache.ts');
export { CACHE_SUFFIX, SKILL_FILE, STAMP_SUFFIX };

export interface CompileCacheOutcome {
  /** Whether a cache was written. */
  cached: boolean;
  /** How the training run loaded the skill (`absent`: no cache yet, as expected). */
  trainingStatus?: CompileCacheStatus;
}

/** The first request of a new container, from a customer with nothing saved. */
const TRAINING_LAUNCH = {
  version: '1.0',
  session: {
    new: true,
    sessionId: 'amzn1.echo-api.session.compile-cache-training',
    application: { applicationId: 'amzn1.ask.skill.compile-cache-training' },
    user: { userId: 'amzn1.ask.account.COMPILE-CACHE-TRAINING' },
    attributes: {},
  },
  context: {
    System: {
      application: { applicationId: 'amzn1.ask.skill.compile-cache-training' },
      user: { userId: 'amzn1.ask.account.COMPILE-CACHE-TRAINING' },
      device: { deviceId: 'amzn1.ask.device.COMPILE-CACHE-TRAINING', supportedInterfaces: {} },
      apiEndpoint: 'https://api.amazonalexa.com',
    },
  },
  request: { type: 'LaunchRequest', requestId: 'amzn1.echo-api.request.compile-cache-training', timestamp: '2026-01-01T00:00:00Z', locale: 'en-US' },
};

/**
 * The arguments Lambda's Node.js runtime starts `node` with for a function of `memoryMb`: its
 * bootstrap script (/var/runtime/bootstrap in the public Lambda base images) passes
 * `--expose-gc`, `--max-http-header-size 81920` and heap limits from the memory size (a tenth
 * of it for the young generation, half of that per semi-space, the rest for the old one).
 * V8 refuses a code cache made under other V8 flags (it keeps a hash of them in the cache), so
 * the training launch runs under these, and the benchmark starts its processes with them.
 */
export function lambdaNodeArgs(memoryMb: number = DEFAULT_MEMORY_MB): string[] {
  const newSpace = Math.floor(memoryMb / 10);
  return ['--expose-gc', '--max-http-header-size', '81920', `--max-semi-space-size=${Math.floor(newSpace / 2)}`, `--max-old-space-size=${memoryMb - newSpace}`];
}

/** Runs in a child `node`: loads the folder's loader, answers one launch, writes the cache. */
const TRAIN = `
const boot = require(process.argv[1]);
Promise.resolve(boot.handler(JSON.parse(process.argv[2]))).then(() => {
  boot.writeCompileCache();
  process.stdout.write(JSON.stringify({ trainingStatus: boot.compileCacheStatus }));
  process.exit(0);
});
`;

export function shouldCache(when: CacheWhen, nodeVersion = process.versions.node, arch: string = process.arch): boolean {
  if (when === 'when-deployed-node') return Number(nodeVersion.split('.')[0]) === DEPLOYED_NODE_MAJOR && arch === DEPLOYED_ARCH;
  return when === 'always';
}

/** `memoryMb`: the function's memory, which sets the heap flags Lambda starts node with (lambdaNodeArgs). */
export async function addCompileCache(dir: string, when: CacheWhen = COMPILE_CACHE, memoryMb: number = DEFAULT_MEMORY_MB): Promise<CompileCacheOutcome> {
  renameSync(path.join(dir, 'index.js'), path.join(dir, SKILL_FILE));
  await build({ ...bundleOptions(BOOT_ENTRY, path.join(dir, 'index.js')), plugins: [] });
  if (!shouldCache(when)) return { cached: false };
  // Nothing from the builder's environment (a table name, credentials): memory state, no network.
  // The stack's default log level (infra/stack.ts): a launch writes its info lines, so the code
  // that writes and redacts them is compiled in the cache too, not in a customer's first launch.
  const env = { PATH: process.env['PATH'] ?? '', CATALOG: 'amazon-business', CONNECTION_TOKEN_SECRET: 'compile-cache-training-only-0123456789abcdef', LOG_LEVEL: 'info' };
  const { stdout } = await run(process.execPath, [...lambdaNodeArgs(memoryMb), '-e', TRAIN, path.join(dir, 'index.js'), JSON.stringify(TRAINING_LAUNCH)], { env });
  const line = stdout.split('\n').find((l) => l.startsWith('{"trainingStatus"'));
  const trainingStatus = line === undefined ? undefined : (JSON.parse(line) as { trainingStatus: CompileCacheStatus }).trainingStatus;
  return { cached: true, ...(trainingStatus === undefined ? {} : { trainingStatus }) };
}

export const COMPILE_CACHE_CLI: CliSpec = {
  command: 'tsx infra/compileCache.ts',
  arguments: '<folder> [memory MB]',
  summary: 'Make a bundled Lambda folder the deployed layout: index.js the loader, skill.js the skill, and a V8 compile cache when this Node is the deployed one.',
  options: [],
  examples: ['tsx infra/compileCache.ts cdk.out/asset.abc123', 'tsx infra/compileCache.ts cdk.out/asset.abc123 2048'],
  exitCodes: [
    [0, 'done (a cache written or, on another Node, left out)'],
    [1, 'the build or the training run failed'],
    [USAGE_EXIT_CODE, 'no folder given'],
  ],
};

if (require.main === module && printHelpIfAsked(COMPILE_CACHE_CLI, process.argv.slice(2))) {
  // printed
} else if (require.main === module) {
  const [dir, memory] = process.argv.slice(2);
  if (dir === undefined) {
    console.error('usage: tsx infra/compileCache.ts <folder>');
    process.exit(USAGE_EXIT_CODE);
  }
  addCompileCache(path.resolve(dir), COMPILE_CACHE, memory === undefined ? DEFAULT_MEMORY_MB : Number(memory))
    .then((outcome) =>
      console.log(
        outcome.cached
          ? `compile cache written in ${dir}`
          : `no compile cache: this is Node ${process.versions.node} on ${process.arch}, Lambda runs ${DEPLOYED_NODE_MAJOR} on ${DEPLOYED_ARCH}`,
      ),
    )
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
