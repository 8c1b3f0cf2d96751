/**
 * `npm run bench`: the skill measured side by side with its anchors in one run on one
 * machine. Builds the skill as deployed, a minimal ask-sdk-core skill and a bare async handler
 * with the same esbuild settings (infra/bundle.ts), then measures bundle size, cold `require`
 * (interleaved fresh processes, and instruction counts under callgrind when valgrind is
 * installed), the production-configuration cold start against the official samples' way
 * (bench/production.ts), warm per-turn latency and heap (the skill built with the embedded
 * catalog: local work only); adds the catalog latency benchmark, the ISP sync call counts and
 * `npm run serve` during 1,000 slow connections (bench/serve-under-load.ts);
 * writes results.json and RESULTS.md to bench/.work/ (git-ignored), or over the tracked
 * bench/results.json and bench/RESULTS.md with --update-results. Options: BENCH_CLI (--help);
 * --no-load skips the load benchmark (bench/load.ts), --no-serve the serve measurement.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { bundleOptions, DEPLOYED_BUNDLE_LIMIT_BYTES, LAMBDA_ENTRY, ROOT } from '../infra/bundle';
import { type CliSpec, printHelpIfAsked } from '../infra/cli';
import { addCompileCache } from '../infra/compileCache';
import { LOCALE_DATA_DIR, MESSAGES_FILE } from '../lambda/i18n';
import { measureCatalogLatency } from './catalog-latency';
import { loadTargets, measureLoad } from './load';
import { measureProductionCold } from './production';
import { measureServeUnderLoad } from './serve-under-load';
import {
  type BenchResults,
  type BundleFigures,
  type ColdFigures,
  headlineTable,
  type IspCallFigures,
  loadedAtStartNote,
  ratioTable,
  type TargetCheck,
  turnTable,
  type Variant,
  type WarmFigures,
  writeResults,
} from './report';
import { ratio, sig, summarize } from './stats';
import type { WarmOutput } from './warm-worker';

const WORK = path.join(__dirname, '.work');
const VARIANTS: readonly Variant[] = ['skill', 'minimal', 'floor'];
const ENTRIES: Record<Variant, string> = {
  skill: LAMBDA_ENTRY,
  minimal: path.join(__dirname, 'reference', 'minimal-skill.ts'),
  floor: path.join(__dirname, 'reference', 'floor.ts'),
};
/**
 * The bench's own environment: a fixed token key so SessionResumedRequest verifies, and the
 * deployed catalog setting, since the skill bundle is the deployed one (without the embedded
 * catalog). State in memory: the production section below adds DynamoDB and the rest.
 */
const { NODE_OPTIONS: _loader, ...PARENT_ENV } = process.env;
const CHILD_ENV = { ...PARENT_ENV, CONNECTION_TOKEN_SECRET: 'bench-connection-token-secret-0123456789', SKILL_ID: '', CATALOG: 'amazon-business' };
/** The warm turns search the embedded sample catalog: local work only, no network in the figures. */
const WARM_ENV = { ...CHILD_ENV, CATALOG: 'embedded' };

const bundlePath = (v: Variant) => path.join(WORK, v, 'index.js');
/** The skill built with the embedded catalog, for the warm turns only; never deployed. */
const WARM_SKILL_BUNDLE = path.join(WORK, 'skill-embedded', 'index.js');
/**
 * The deployed layout (infra/compileCache.ts) with a cache this Node made, as a build on the
 * runtime's own Node makes it: what a new container loads when the cache hits.
 */
const CACHED_SKILL_BUNDLE = path.join(WORK, 'skill-cached', 'index.js');
/** The deployed bundle with a linked source map, to price `--enable-source-maps`. */
const MAPPED_SKILL_BUNDLE = path.join(WORK, 'skill-mapped', 'index.js');
/** The samples' reference: its packages stay in node_modules, as those samples deploy. */
const SAMPLES_BUNDLE = path.join(WORK, 'samples', 'index.js');
const log = (line: string) => process.stdout.write(`${line}\n`);

function composition(metafile: Metafile): Array<{ input: string; bytes: number }> {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
      const key = pkg ?? input.split('/').slice(0, 2).join('/');
      totals.set(key, (totals.get(key) ?? 0) + bytesInOutput);
    }
  }
  return [...totals.entries()].map(([input, bytes]) => ({ input, bytes })).sort((a, b) => b.bytes - a.bytes);
}

/**
 * The bytes of the bundle a new container evaluates before its first request: every module
 * reachable from the entry through static imports and `require`, leaving out what only a
 * dynamic `import()` reaches (lambda/routing/router.ts, lazyRoute: the routes other than the
 * launch, evaluated on their first request). Minified bytes in the output, from the metafile.
 */
export function staticallyLoaded(metafile: Metafile): { bytes: number; modules: number; totalModules: number } {
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint !== undefined);
  if (output === undefined) return { bytes: 0, modules: 0, totalModules: 0 };
  const seen = new Set<string>();
  const queue = [output.entryPoint ?? ''];
  while (queue.length > 0) {
    const input = queue.pop() ?? '';
    if (seen.has(input) || metafile.inputs[input] === undefined) continue;
    seen.add(input);
    for (const edge of metafile.inputs[input]?.imports ?? []) if (edge.kind !== 'dynamic-import' && edge.external !== true) queue.push(edge.path);
  }
  const inOutput = Object.entries(output.inputs);
  const bytes = inOutput.filter(([input]) => seen.has(input)).reduce((sum, [, { bytesInOutput }]) => sum + bytesInOutput, 0);
  return { bytes, modules: inOutput.filter(([input]) => seen.has(input)).length, totalModules: inOutput.length };
}

async function buildAll(): Promise<Record<Variant, BundleFigures>> {
  rmSync(WORK, { recursive: true, force: true });
  await build(bundleOptions(LAMBDA_ENTRY, MAPPED_SKILL_BUNDLE, { sourcemap: true }));
  const figures = {} as Record<Variant, BundleFigures>;
  for (const variant of VARIANTS) {
    mkdirSync(path.dirname(bundlePath(variant)), { recursive: true });
    const result = await build(bundleOptions(ENTRIES[variant], bundlePath(variant), { metafile: true }));
    const code = readFileSync(bundlePath(variant));
    const parts = result.metafile === undefined ? [] : composition(result.metafile);
    figures[variant] = {
      bytes: code.length,
      gzipBytes: gzipSync(code, { level: 9 }).length,
      ...(variant === 'skill' ? { mapBytes: statSync(`${MAPPED_SKILL_BUNDLE}.map`).size } : {}),
      ...(result.metafile === undefined ? {} : { loadedAtStart: staticallyLoaded(result.metafile) }),
      composition: parts,
    };
  }
  cpSync(path.dirname(bundlePath('skill')), path.dirname(CACHED_SKILL_BUNDLE), { recursive: true });
  await addCompileCache(path.dirname(CACHED_SKILL_BUNDLE), 'always');
  await build(bundleOptions(LAMBDA_ENTRY, WARM_SKILL_BUNDLE, {}, 'embedded'));
  await build(bundleOptions(path.join(__dirname, 'reference', 'samples-skill.ts'), SAMPLES_BUNDLE, { packages: 'external', minify: false, sourcemap: false }));
  // The harness's own children: plain JS so no loader sits between node and the bundle.
  for (const tool of ['cold-child', 'warm-worker', 'load-worker']) {
    await build(bundleOptions(path.join(__dirname, `${tool}.ts`), path.join(WORK, `${tool}.js`), { minify: false, sourcemap: false }));
  }
  return figures;
}

/** What ships beside the skill's bundle: each locale's messages, read on that locale's first request (infra/bundle.ts). */
function localeDataNote(): string {
  const dir = path.join(path.dirname(bundlePath('skill')), LOCALE_DATA_DIR);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
  const total = files.reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
  const enUS = statSync(path.join(dir, 'en-US', MESSAGES_FILE)).size;
  return `Beside the skill's bundle (not in its bytes above): ${files.length} locale data files, ${(total / 1024).toFixed(1)} KB in all; an en-US turn reads only en-US's files (its messages, ${(enUS / 1024).toFixed(1)} KB, and, from its first intent, its phrase data), once per container.`;
}

function runChild(args: string[], env: NodeJS.ProcessEnv = CHILD_ENV, stdout: 'pipe' | 'ignore' = 'pipe'): { stdout: string; stderr: string; status: number | null } {
  const child = spawnSync(process.execPath, args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', stdout, 'pipe'] });
  return { stdout: child.stdout ?? '', stderr: child.stderr, status: child.status };
}

function coldOnce(variant: Variant): { requireMs: number; firstTurnMs: number } {
  const child = runChild([path.join(WORK, 'cold-child.js'), bundlePath(variant)]);
  const line = child.stderr.split('\n').find((l) => l.startsWith('BENCH '));
  if (child.status !== 0 || line === undefined) throw new Error(`cold start of ${variant} failed: ${child.stderr.slice(0, 500)}`);
  return JSON.parse(line.slice('BENCH '.length)) as { requireMs: number; firstTurnMs: number };
}

function measureCold(runs: number): Record<Variant, Omit<ColdFigures, 'instructions'>> {
  const samples: Record<Variant, { requireMs: number[]; firstTurnMs: number[] }> = {
    skill: { requireMs: [], firstTurnMs: [] },
    minimal: { requireMs: [], firstTurnMs: [] },
    floor: { requireMs: [], firstTurnMs: [] },
  };
  for (let i = 0; i < runs; i++) {
    // Interleaved, in a rotating order: a noisy neighbour slows every variant alike.
    const order = VARIANTS.map((_, k) => VARIANTS[(i + k) % VARIANTS.length] ?? 'floor');
    for (const variant of order) {
      const once = coldOnce(variant);
      samples[variant].requireMs.push(once.requireMs);
      samples[variant].firstTurnMs.push(once.firstTurnMs);
    }
  }
  const out = {} as Record<Variant, Omit<ColdFigures, 'instructions'>>;
  for (const v of VARIANTS) out[v] = { runs, requireMs: summarize(samples[v].requireMs), firstTurnMs: summarize(samples[v].firstTurnMs) };
  return out;
}

function valgrindAvailable(): boolean {
  return spawnSync('valgrind', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** Instructions for `node cold-child.js [bundle] require-only`, best of `runs`. */
function instructions(bundle: string, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(
      'valgrind',
      // --single-threaded: V8's background compiler threads make counts vary between runs.
      ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--single-threaded', path.join(WORK, 'cold-child.js'), bundle, 'require-only'],
      { env: CHILD_ENV, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const match = /Collected\s*:\s*(\d+)/.exec(child.stderr);
    if (child.status !== 0 || match?.[1] === undefined) throw new Error(`callgrind failed: ${child.stderr.slice(-500)}`);
    best = Math.min(best, Number(match[1]));
  }
  return best;
}

function warmRound(variant: Variant, turns: number, round: number): WarmOutput {
  const out = path.join(WORK, `warm-${variant}-${round}.json`);
  const bundle = variant === 'skill' ? WARM_SKILL_BUNDLE : bundlePath(variant);
  // The skill's log lines (about 10 MB per round) go to /dev/null, not to a pipe: Node
  // writes to a pipe asynchronously, so whatever this busy parent had not yet read piled up
  // in the worker's memory and was counted as the skill's heap (18 to 23 MB under load
  // against 8 MB with the lines discarded).
  const child = runChild(['--expose-gc', path.join(WORK, 'warm-worker.js'), '--variant', variant, '--bundle', bundle, '--turns', String(turns), '--out', out], WARM_ENV, 'ignore');
  if (child.status !== 0) throw new Error(`warm run of ${variant} failed: ${child.stderr.slice(0, 800)}`);
  return JSON.parse(readFileSync(out, 'utf8')) as WarmOutput;
}

function measureWarm(turns: number): Record<Variant, WarmFigures> {
  // Two rounds per variant in mirrored order (floor, minimal, skill, skill, minimal, floor).
  const half = Math.ceil(turns / 2);
  const order = [...VARIANTS].reverse().concat(VARIANTS);
  const merged: Record<
    string,
    { samples: Record<string, number[]>; cpu: Record<string, number[]>; slow: WarmFigures['slow']; allocated: Record<string, number[]>; heap: number[]; rss: number[] }
  > = {};
  order.forEach((variant, round) => {
    const result = warmRound(variant, half, round);
    const entry = merged[variant] ?? { samples: {}, cpu: {}, slow: {}, allocated: {}, heap: [], rss: [] };
    for (const [name, values] of Object.entries(result.samplesUs)) entry.samples[name] = (entry.samples[name] ?? []).concat(values);
    for (const [name, values] of Object.entries(result.cpuUs)) entry.cpu[name] = (entry.cpu[name] ?? []).concat(values);
    for (const [name, { over1ms, duringGc }] of Object.entries(result.slow)) {
      const sum = entry.slow?.[name] ?? { over1ms: 0, duringGc: 0 };
      entry.slow = { ...entry.slow, [name]: { over1ms: sum.over1ms + over1ms, duringGc: sum.duringGc + duringGc } };
    }
    for (const [name, bytes] of Object.entries(result.allocatedBytesPerTurn)) entry.allocated[name] = [...(entry.allocated[name] ?? []), bytes];
    entry.heap.push(result.heapUsedBytes);
    entry.rss.push(result.rssBytes);
    merged[variant] = entry;
  });
  const out = {} as Record<Variant, WarmFigures>;
  for (const v of VARIANTS) {
    const entry = merged[v];
    if (entry === undefined) throw new Error(`no warm results for ${v}`);
    out[v] = {
      turns: Object.fromEntries(Object.entries(entry.samples).map(([name, values]) => [name, summarize(values)])),
      cpu: Object.fromEntries(Object.entries(entry.cpu).map(([name, values]) => [name, summarize(values)])),
      slow: entry.slow ?? {},
      // The rounds' mean: allocation barely moves between them.
      allocatedBytesPerTurn: Object.fromEntries(Object.entries(entry.allocated).map(([name, values]) => [name, values.reduce((a, b) => a + b, 0) / values.length])),
      heapUsedBytes: Math.max(...entry.heap),
      rssBytes: Math.max(...entry.rss),
    };
  }
  return out;
}

async function measureIsp(): Promise<IspCallFigures[]> {
  const { startSmapiEmulator } = await import('../test/emulators/smapi');
  const { measureApplyCalls } = await import('../test/isp/measure');
  const { loadProducts } = await import('../infra/isp/commands');
  const { validateProductFiles } = await import('../infra/isp/validate');
  const { consumable, emulatorCredentials, PROJECT_ISPS, SKILL_ID } = await import('../test/isp/helpers');
  const generated = validateProductFiles(Array.from({ length: 50 }, (_, i) => ({ file: `consumable/pack_${i}.json`, content: consumable(`pack_${i}`) })));
  if (generated.problems.length > 0) throw new Error(`generated ISP products are invalid: ${JSON.stringify(generated.problems)}`);
  const sets = [await loadProducts(PROJECT_ISPS), generated.products];
  const rows: IspCallFigures[] = [];
  for (const products of sets) {
    const emulator = await startSmapiEmulator();
    try {
      const report = await measureApplyCalls({
        endpoints: { smapiUrl: emulator.url, lwaUrl: emulator.url },
        credentials: emulatorCredentials,
        vendorId: emulator.vendorId,
        skillId: SKILL_ID,
        products,
      });
      const pick = (c: typeof report.first) => ({ total: c.total, writes: c.writes, byOperation: c.byOperation });
      rows.push({ products: products.length, first: pick(report.first), second: pick(report.second) });
    } finally {
      await emulator.close();
    }
  }
  return rows;
}

function checkTargets(r: Pick<BenchResults, 'bundles' | 'cold' | 'warm' | 'productionCold'>): TargetCheck[] {
  const coldRatio = ratio(r.cold.skill.requireMs.p50, r.cold.minimal.requireMs.p50);
  const checks: TargetCheck[] = [];
  if (!('notIncluded' in r.productionCold)) {
    const p = r.productionCold.variants;
    // The cold first turn of one variant against both anchors of the same run.
    const against = (label: string, f: (typeof p)[keyof typeof p] | undefined): TargetCheck[] => {
      if (f === undefined) return [];
      const toSamples = ratio(f.totalMs.p50, p.samples.totalMs.p50);
      const toMinimal = ratio(f.totalMs.p50, p.minimal.totalMs.p50);
      return [
        { name: `${label} vs the samples' way`, target: '≤ 0.25×', measured: `${toSamples}×`, met: toSamples <= 0.25 },
        { name: `${label} vs minimal stateless skill`, target: '≤ 5×', measured: `${toMinimal}×`, met: toMinimal <= 5 },
      ];
    };
    checks.push(
      ...against('production cold first turn (require + first LaunchRequest, p50)', p.production),
      // The same targets when the shipped compile cache matches the runtime (infra/compileCache.ts).
      ...against('the same with a compile cache hit', p.productionCompileCache),
      // And over TLS, as Lambda reaches DynamoDB and Secrets Manager (bench/production.ts).
      ...against('the same with a compile cache hit over TLS', p.productionTls),
    );
  }
  checks.push({
    name: 'deployed bundle',
    target: `≤ ${DEPLOYED_BUNDLE_LIMIT_BYTES / 1024} KB`,
    measured: `${(r.bundles.skill.bytes / 1024).toFixed(1)} KB`,
    met: r.bundles.skill.bytes <= DEPLOYED_BUNDLE_LIMIT_BYTES,
  });
  checks.push({ name: 'cold init (median `require`) vs minimal ask-sdk-core skill', target: '≤ 1.3×', measured: `${coldRatio}×`, met: coldRatio <= 1.3 });
  const { instructions: ours } = r.cold.skill;
  const { instructions: theirs } = r.cold.minimal;
  if (ours !== undefined && theirs !== undefined) {
    const insRatio = ratio(ours, theirs);
    checks.push({ name: 'cold init (instructions) vs minimal ask-sdk-core skill', target: '≤ 1.3×', measured: `${insRatio}×`, met: insRatio <= 1.3 });
  }
  for (const [name, s] of Object.entries(r.warm.skill.turns)) {
    checks.push({ name: `warm p99, ${name}`, target: '≤ 1 ms', measured: `${sig(s.p99 / 1000)} ms`, met: s.p99 <= 1000 });
  }
  return checks;
}

function ratios(r: Pick<BenchResults, 'bundles' | 'cold' | 'warm'>): BenchResults['ratios'] {
  const both = (ours: number, minimal: number, floor: number) => ({ toMinimal: ratio(ours, minimal), toFloor: ratio(ours, floor) });
  const out: BenchResults['ratios'] = {
    'bundle bytes': both(r.bundles.skill.bytes, r.bundles.minimal.bytes, r.bundles.floor.bytes),
    'gzip bytes': both(r.bundles.skill.gzipBytes, r.bundles.minimal.gzipBytes, r.bundles.floor.gzipBytes),
    'cold `require` p50': both(r.cold.skill.requireMs.p50, r.cold.minimal.requireMs.p50, r.cold.floor.requireMs.p50),
    'cold `require` p90': both(r.cold.skill.requireMs.p90, r.cold.minimal.requireMs.p90, r.cold.floor.requireMs.p90),
    'cold first LaunchRequest p50': both(r.cold.skill.firstTurnMs.p50, r.cold.minimal.firstTurnMs.p50, r.cold.floor.firstTurnMs.p50),
  };
  const { instructions: ours } = r.cold.skill;
  if (ours !== undefined) out['cold instructions'] = both(ours, r.cold.minimal.instructions ?? Number.NaN, r.cold.floor.instructions ?? Number.NaN);
  const minimalLaunch = r.warm.minimal.turns['LaunchRequest'];
  const floorLaunch = r.warm.floor.turns['LaunchRequest'];
  for (const [name, s] of Object.entries(r.warm.skill.turns)) {
    if (minimalLaunch === undefined || floorLaunch === undefined) continue;
    out[`warm ${name} p50 (vs LaunchRequest)`] = both(s.p50, minimalLaunch.p50, floorLaunch.p50);
    out[`warm ${name} p99 (vs LaunchRequest)`] = both(s.p99, minimalLaunch.p99, floorLaunch.p99);
  }
  const allocated = (v: Variant, name: string) => r.warm[v].allocatedBytesPerTurn?.[name] ?? Number.NaN;
  for (const name of Object.keys(r.warm.skill.turns)) {
    out[`warm ${name} allocated per turn (vs LaunchRequest)`] = both(allocated('skill', name), allocated('minimal', 'LaunchRequest'), allocated('floor', 'LaunchRequest'));
  }
  out['heap after warm runs'] = both(r.warm.skill.heapUsedBytes, r.warm.minimal.heapUsedBytes, r.warm.floor.heapUsedBytes);
  return out;
}

export const BENCH_CLI: CliSpec = {
  command: 'npm run bench --',
  summary: "Measure the skill against a minimal ask-sdk-core skill, a bare handler and the official samples' DynamoDB way, in one run on one machine.",
  options: [
    { flag: '--update-results', text: 'write the tracked bench/results.json and bench/RESULTS.md (default: bench/.work/, git-ignored)' },
    { flag: '--turns N', text: 'warm turns per request type (default 10000)' },
    { flag: '--cold-runs N', text: 'fresh processes per variant for cold require (default 40)' },
    { flag: '--production-runs N', text: 'production-configuration cold starts per variant (default 20)' },
    { flag: '--no-production', text: 'skip the production-configuration cold start' },
    { flag: '--no-valgrind', text: 'skip instruction counts under callgrind' },
    { flag: '--no-catalog', text: 'skip the catalog latency benchmark' },
    { flag: '--no-isp', text: 'skip the ISP sync call counts' },
    { flag: '--no-load', text: 'skip the load benchmark (bench/load.ts: customers under the API usage plan, with and without the shared cache)' },
    { flag: '--no-serve', text: 'skip npm run serve during 1,000 slow connections (bench/serve-under-load.ts)' },
    { flag: '--render-only', text: 'render RESULTS.md again from the tracked bench/results.json, measuring nothing' },
  ],
  examples: ['npm run bench', 'npm run bench -- --turns 2000 --cold-runs 10 --no-valgrind', 'npm run bench -- --update-results'],
  exitCodes: [
    [0, 'measured (a missed target is reported, not an error)'],
    [1, 'a build or a measurement failed, or an unknown option'],
  ],
};

/** Where a run writes: the tracked files only when asked to. */
function resultFiles(update: boolean): { json: string; markdown: string } {
  const dir = update ? __dirname : WORK;
  mkdirSync(dir, { recursive: true });
  return { json: path.join(dir, 'results.json'), markdown: path.join(dir, 'RESULTS.md') };
}

async function main(): Promise<void> {
  if (printHelpIfAsked(BENCH_CLI, process.argv.slice(2))) return;
  const { values } = parseArgs({
    options: {
      'update-results': { type: 'boolean', default: false },
      turns: { type: 'string', default: '10000' },
      'cold-runs': { type: 'string', default: '40' },
      'no-valgrind': { type: 'boolean', default: false },
      'no-catalog': { type: 'boolean', default: false },
      'no-isp': { type: 'boolean', default: false },
      'no-serve': { type: 'boolean', default: false },
      'production-runs': { type: 'string', default: '20' },
      'no-production': { type: 'boolean', default: false },
      'no-load': { type: 'boolean', default: false },
      'render-only': { type: 'boolean', default: false },
    },
  });
  if (values['render-only']) {
    // Re-renders RESULTS.md from results.json, e.g. after the report's wording changed.
    const saved = JSON.parse(readFileSync(path.join(__dirname, 'results.json'), 'utf8')) as BenchResults;
    const files = resultFiles(values['update-results']);
    writeResults(saved, files.json, files.markdown);
    log(`wrote ${path.relative(ROOT, files.markdown)}`);
    return;
  }
  const turns = Number(values.turns);
  const coldRuns = Number(values['cold-runs']);
  const loadAverageStart = os.loadavg();
  const notes: string[] = [];

  log('building the three bundles with infra/bundle.ts settings…');
  const bundles = await buildAll();
  notes.push(localeDataNote());
  log(loadedAtStartNote(bundles.skill));

  log(`cold start: ${coldRuns} interleaved fresh processes per variant…`);
  const coldTimes = measureCold(coldRuns);
  const cold = coldTimes as Record<Variant, ColdFigures>;
  if (!values['no-valgrind'] && valgrindAvailable()) {
    log('cold start under callgrind (instruction counts)…');
    const baseline = instructions('', 2);
    for (const v of VARIANTS) cold[v] = { ...coldTimes[v], instructions: instructions(bundlePath(v), 2) - baseline };
    notes.push(
      `Cold instructions: callgrind's total for \`node --single-threaded cold-child.js <bundle>\` minus the same without a bundle (${(baseline / 1e6).toFixed(0)} M for Node itself), best of 2. Noise from the other engineers' processes does not move these counts.`,
    );
  } else {
    notes.push('Cold instructions: not measured (valgrind not installed or --no-valgrind).');
  }

  let productionCold: BenchResults['productionCold'] = { notIncluded: '--no-production' };
  if (!values['no-production']) {
    const runs = Number(values['production-runs']);
    log(`production configuration cold start: ${runs} interleaved fresh processes per variant…`);
    productionCold = await measureProductionCold(
      {
        coldChild: path.join(WORK, 'cold-child.js'),
        production: bundlePath('skill'),
        productionCompileCache: CACHED_SKILL_BUNDLE,
        productionWithMap: MAPPED_SKILL_BUNDLE,
        samples: SAMPLES_BUNDLE,
        minimal: bundlePath('minimal'),
      },
      runs,
      PARENT_ENV,
    );
  }

  if (!values['no-production']) {
    notes.push(
      "Production first search turn: the processes share one dynalite table, as a stack's containers share the state table, so from the second process on the first search is answered from the shared catalog cache (bench/load.ts measures the cache under load; the API's own path is the catalog latency section's).",
    );
  }
  let load: BenchResults['load'] = { notIncluded: '--no-load' };
  if (!values['no-load']) {
    log('load: 120 customers through two handler processes, with and without the shared catalog cache (bench/load.ts)…');
    load = await measureLoad({ workerJs: path.join(WORK, 'load-worker.js'), bundle: bundlePath('skill') }, PARENT_ENV);
  }

  log(`warm turns: ${turns} of each type per variant…`);
  const warm = measureWarm(turns);

  let catalogLatency: BenchResults['catalogLatency'] = { notIncluded: '--no-catalog' };
  if (!values['no-catalog']) {
    log('catalog latency (bench/catalog-latency.ts)…');
    // Four turns at a time, as the catalog benchmark's own CLI does: 200 one-second turns in
    // a row would take over three minutes.
    catalogLatency = await measureCatalogLatency({ turns: 200, concurrency: 4 });
  }

  let ispSync: BenchResults['ispSync'] = { notIncluded: '--no-isp' };
  if (!values['no-isp']) {
    log('ISP sync call counts (test/isp/measure.ts)…');
    ispSync = await measureIsp();
  }

  let serveUnderLoad: BenchResults['serveUnderLoad'] = { notIncluded: '--no-serve' };
  if (!values['no-serve']) {
    log('npm run serve during 1,000 slow connections (bench/serve-under-load.ts)…');
    serveUnderLoad = await measureServeUnderLoad({ slowConnections: 1000, requests: 200 });
  }

  const measured = { bundles, cold, warm, productionCold };
  const options = bundleOptions(LAMBDA_ENTRY, 'out.js');
  const results: BenchResults = {
    generatedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
      loadAverageStart,
      loadAverageEnd: os.loadavg(),
      shared: 'This is a shared 2-core machine (see the load averages): absolute timings are noisy; the ratios within this run and the instruction counts are what to compare.',
    },
    settings: {
      coldRuns,
      warmTurns: turns,
      esbuild: {
        bundle: options.bundle,
        platform: options.platform,
        format: options.format,
        target: options.target,
        minify: options.minify,
        sourcemap: options.sourcemap,
        external: options.external,
      },
    },
    ...measured,
    ratios: ratios(measured),
    targets: [...checkTargets(measured), ...('notIncluded' in load ? [] : loadTargets(load))],
    catalogLatency,
    ispSync,
    serveUnderLoad,
    load,
    notes,
  };
  const files = resultFiles(values['update-results']);
  writeResults(results, files.json, files.markdown);
  log(`\n${headlineTable(results)}\n\n${turnTable(results)}\n\n${ratioTable(results)}\n`);
  for (const t of results.targets) log(`${t.met ? 'met   ' : 'MISSED'} ${t.name}: ${t.measured} (target ${t.target})`);
  log(
    `\nwrote ${path.relative(ROOT, files.json)} and ${path.relative(ROOT, files.markdown)}${values['update-results'] ? '' : ' (git-ignored; --update-results writes the tracked ones)'}`,
  );
}

if (require.main === module)
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exitCode = 1;
  });
