/**
 * Writes the benchmark's results: `bench/results.json` (everything, machine-readable) and
 * `bench/RESULTS.md` (the table the README quotes, the targets, and why any is missed).
 */
import { writeFileSync } from 'node:fs';
import type { LatencyRow } from './catalog-latency';
import type { Summary } from './stats';

export type Variant = 'skill' | 'minimal' | 'floor';
export const VARIANT_LABELS: Record<Variant, string> = {
  skill: 'this skill',
  minimal: 'minimal ask-sdk-core skill',
  floor: 'bare async handler (floor)',
};

export interface BundleFigures {
  bytes: number;
  gzipBytes: number;
  /** Bytes in the output per input package or source folder, largest first. */
  composition: Array<{ input: string; bytes: number }>;
}

export interface ColdFigures {
  runs: number;
  requireMs: Summary;
  firstTurnMs: Summary;
  /** Instructions of `node` + `require(bundle)` minus `node` alone (callgrind), when measured. */
  instructions?: number;
}

export interface WarmFigures {
  turns: Record<string, Summary>;
  heapUsedBytes: number;
  rssBytes: number;
}

export interface TargetCheck {
  name: string;
  target: string;
  measured: string;
  met: boolean;
}

export interface IspCallFigures {
  products: number;
  first: { total: number; writes: number; byOperation: Record<string, number> };
  second: { total: number; writes: number; byOperation: Record<string, number> };
}

export interface BenchResults {
  generatedAt: string;
  machine: { cpus: number; cpuModel: string; node: string; platform: string; loadAverageStart: number[]; loadAverageEnd: number[]; shared: string };
  settings: { coldRuns: number; warmTurns: number; esbuild: Record<string, unknown> };
  bundles: Record<Variant, BundleFigures>;
  cold: Record<Variant, ColdFigures>;
  warm: Record<Variant, WarmFigures>;
  ratios: Record<string, { toMinimal: number; toFloor: number }>;
  targets: TargetCheck[];
  catalogLatency: LatencyRow[] | { notIncluded: string };
  ispSync: IspCallFigures[] | { notIncluded: string };
  notes: string[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (n: number) => (n >= 10 ? n.toFixed(1) : n.toFixed(2));
const us = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const x = (n: number) => (Number.isFinite(n) ? `${n}×` : '–');

/** The headline table: one row per variant, the same columns the anchors use. */
export function headlineTable(r: BenchResults): string {
  const rows = (['skill', 'minimal', 'floor'] as const).map((v) => {
    const launch = r.warm[v].turns['LaunchRequest'];
    const cold = r.cold[v];
    return `| ${VARIANT_LABELS[v]} | ${kb(r.bundles[v].bytes)} | ${kb(r.bundles[v].gzipBytes)} | ${ms(cold.requireMs.p50)} / ${ms(cold.requireMs.p90)} ms | ${
      cold.instructions === undefined ? '–' : `${(cold.instructions / 1e6).toFixed(1)} M`
    } | ${launch === undefined ? '–' : `${us(launch.p50)} / ${us(launch.p99)} µs`} | ${(r.warm[v].heapUsedBytes / 1048576).toFixed(1)} MB |`;
  });
  return [
    '| variant | bundle | gzip | cold `require` p50 / p90 | cold instructions | warm LaunchRequest p50 / p99 | heap after warm runs |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export function turnTable(r: BenchResults): string {
  const lines = ['| turn (this skill) | p50 | p90 | p99 | p99 ≤ 1 ms |', '|---|---|---|---|---|'];
  for (const [name, s] of Object.entries(r.warm.skill.turns)) {
    lines.push(`| ${name} | ${us(s.p50)} µs | ${us(s.p90)} µs | ${us(s.p99)} µs | ${s.p99 <= 1000 ? 'yes' : '**no**'} |`);
  }
  return lines.join('\n');
}

export function ratioTable(r: BenchResults): string {
  const lines = ['| figure | × minimal ask-sdk-core skill | × floor |', '|---|---|---|'];
  for (const [name, value] of Object.entries(r.ratios)) lines.push(`| ${name} | ${x(value.toMinimal)} | ${x(value.toFloor)} |`);
  return lines.join('\n');
}

function targetTable(r: BenchResults): string {
  const lines = ['| target | limit | measured | met |', '|---|---|---|---|'];
  for (const t of r.targets) lines.push(`| ${t.name} | ${t.target} | ${t.measured} | ${t.met ? 'yes' : '**no**'} |`);
  return lines.join('\n');
}

function catalogTable(r: BenchResults): string {
  if (!Array.isArray(r.catalogLatency)) return `Not included: ${r.catalogLatency.notIncluded}`;
  const lines = ['| upstream latency | turns | p50 | p99 | skill overhead p50 / p99 |', '|---|---|---|---|---|'];
  for (const row of r.catalogLatency) {
    lines.push(`| ${row.upstreamDelayMs} ms | ${row.turns} | ${ms(row.p50Ms)} ms | ${ms(row.p99Ms)} ms | ${ms(row.overheadP50Ms)} / ${ms(row.overheadP99Ms)} ms |`);
  }
  return lines.join('\n');
}

function ispTable(r: BenchResults): string {
  if (!Array.isArray(r.ispSync)) return `Not included: ${r.ispSync.notIncluded}`;
  const lines = ['| products | first apply: calls (writes) | second apply: calls (writes) |', '|---|---|---|'];
  for (const row of r.ispSync) lines.push(`| ${row.products} | ${row.first.total} (${row.first.writes}) | ${row.second.total} (${row.second.writes}) |`);
  return lines.join('\n');
}

const SDK_PACKAGES = new Set(['ask-sdk-model', 'ask-sdk-core', 'ask-sdk-runtime']);

/** Why each missed target was missed, from this run's own figures. */
export function missExplanations(r: BenchResults): string[] {
  const out: string[] = [];
  const missed = (prefix: string) => r.targets.some((t) => t.name.startsWith(prefix) && !t.met);
  const parts = r.bundles.skill.composition;
  const sdk = parts.filter((c) => SDK_PACKAGES.has(c.input)).reduce((sum, c) => sum + c.bytes, 0);
  const own = parts.filter((c) => !SDK_PACKAGES.has(c.input));
  const ownBytes = own.reduce((sum, c) => sum + c.bytes, 0);
  const limit = r.bundles.minimal.bytes * 1.6;
  if (missed('bundle')) {
    out.push(
      `**Bundle (${r.targets.find((t) => t.name.startsWith('bundle'))?.measured} of the minimal skill, target 1.6×).** The ASK SDK packages are ${kb(sdk)} of the skill bundle, the same as in the minimal skill (${kb(r.bundles.minimal.bytes)} in all): the difference is the skill's own code, ${kb(ownBytes)} (${own
        .slice(0, 5)
        .map((c) => `${c.input} ${kb(c.bytes)}`)
        .join(', ')}). 1.6× allows ${kb(limit - sdk)} of own code, so the target is missed by ${kb(r.bundles.skill.bytes - limit)}. The largest part is \`lambda/catalog\`: both catalog implementations ship in one file, although a deployment uses one; the embedded sample data set with its generator is about 31 KB of it. Follow-up, not done yet: build the embedded catalog as its own file, loaded only when \`CATALOG=embedded\` (a second esbuild entry point required by path, shipped by the CDK bundling hooks), which takes it out of the deployed bundle and off the cold path: that would bring the ratio to about 1.8×. The rest of the gap is the skill's features (purchasing, persistence, two message catalogs, the Product Search client) set against a one-intent reference. Minifying (the default in \`infra/bundle.ts\`, matching the CDK stack) is applied to all three variants.`,
    );
  }
  if (missed('cold init')) {
    out.push(
      `**Cold init (${r.targets.find((t) => t.name.startsWith('cold init (median'))?.measured} of the minimal skill, target 1.3×).** A CPU profile of \`require\` shows the time going to compiling the bundle (Node's \`wrapSafe\`), evaluating its top level and the garbage collection that follows: all three grow with the bytes above, so this miss follows from the bundle miss and the same fix addresses it. The instruction counts (when valgrind ran) say the same without the noise. Note that the deployed function also sets \`NODE_OPTIONS=--enable-source-maps\`, which makes Node read the source map at start-up; that cost is not in these figures for any variant.`,
    );
  }
  const slow = r.targets.filter((t) => t.name.startsWith('warm p99') && !t.met);
  if (slow.length > 0) {
    const launch = r.warm.skill.turns['LaunchRequest'];
    out.push(
      `**Warm p99 (${slow.map((t) => `${t.name.replace('warm p99, ', '')} ${t.measured}`).join(', ')}; target 1 ms).** ${
        launch === undefined ? '' : `LaunchRequest, which touches neither the catalog nor a token, has p50 ${us(launch.p50)} µs and p99 ${us(launch.p99)} µs. `
      }${slow
        .map((t) => {
          const name = t.name.replace('warm p99, ', '');
          const turn = r.warm.skill.turns[name];
          if (turn === undefined) return '';
          return turn.p50 > 1000
            ? `${name}: the median itself is ${us(turn.p50)} µs, so this is real work in the turn, not noise: profile it (\`node --cpu-prof\`) before changing anything. An earlier miss of this kind was a new Intl.NumberFormat per price.`
            : `${name}: the median is ${us(turn.p50)} µs and p90 ${us(turn.p90)} µs; the p99 tail is the shared machine's other processes and garbage collection, not the turn's own work.`;
        })
        .join(' ')}`,
    );
  }
  return out;
}

export function renderMarkdown(r: BenchResults): string {
  const composition = r.bundles.skill.composition
    .slice(0, 8)
    .map((c) => `${c.input} ${kb(c.bytes)}`)
    .join(', ');
  return `# Benchmark results

Generated by \`npm run bench\` on ${r.generatedAt}: ${r.machine.cpus} × ${r.machine.cpuModel}, Node ${r.machine.node}.
${r.machine.shared} Load average at start ${r.machine.loadAverageStart.map((n) => n.toFixed(2)).join(' / ')}, at end ${r.machine.loadAverageEnd
    .map((n) => n.toFixed(2))
    .join(' / ')}.
All three variants were built with the same esbuild settings (\`infra/bundle.ts\`: ${Object.entries(r.settings.esbuild)
    .map(([k, v]) => `${k} ${JSON.stringify(v)}`)
    .join(', ')}) and measured in this one run: cold starts interleaved (${r.settings.coldRuns} fresh processes per variant), warm turns interleaved by turn type (${r.settings.warmTurns} turns of each type, after a warm-up) in a separate process per variant, loading the bundle as Lambda does.

${headlineTable(r)}

## Warm turns

${turnTable(r)}

## Ratios (same run)

${ratioTable(r)}

## Targets

${targetTable(r)}

## Catalog search turn at 0 / 200 / 1000 ms upstream latency

From \`bench/catalog-latency.ts\` (the skill with the Amazon Business catalog client against the Product Search emulator).

${catalogTable(r)}

## In-skill product sync: SMAPI calls per apply

From \`measureApplyCalls()\` (\`test/isp/measure.ts\`) against the SMAPI emulator: the first apply from an empty account, the second the steady state.

${ispTable(r)}

## Targets missed, by how much and why

${missExplanations(r).join('\n\n') || 'None: every target was met in this run.'}

## Notes

- What the skill bundle is made of (minified bytes): ${composition}.
${r.notes.map((n) => `- ${n}`).join('\n')}
`;
}

export function writeResults(r: BenchResults, jsonPath: string, markdownPath: string): void {
  writeFileSync(jsonPath, `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(markdownPath, renderMarkdown(r));
}
