/**
 * What a warm turn allocates, and where: the figure behind the Search turn's p99 (a scavenge
 * comes every 16 MB allocated, and a turn that overlaps one is the tail; README, Performance).
 * Builds the skill as the warm benchmark does (the embedded catalog, bench/run.ts) but
 * unminified, so functions keep their names, warms it up, then runs the turns under V8's
 * sampling heap profiler with collected objects included, and prints kilobytes per turn in
 * all and by function (each function counted once per stack, callees included). Allocation,
 * unlike time, barely moves with the machine's load: compare builds with it. By hand only:
 * `npx tsx bench/allocation.ts [--turns 400] [--top 25]`. `npm run bench` prints each turn's
 * allocation beside its timings (bench/warm-worker.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { build } from 'esbuild';
import { bundleOptions, LAMBDA_ENTRY } from '../infra/bundle';
import { IntentNames } from '../lambda/constants';
import { intentRequest, launchRequest } from '../test/support/envelopes';
import { type Allocation, sampleAllocation } from './heap-sampling';

type Handler = (event: RequestEnvelope) => Promise<ResponseEnvelope>;

async function allocationPerTurn(handler: Handler, event: RequestEnvelope, turns: number): Promise<Allocation> {
  for (let i = 0; i < 500; i++) await handler(structuredClone(event));
  const events = Array.from({ length: turns }, () => structuredClone(event));
  return sampleAllocation(events.map((e) => () => handler(e)));
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { turns: { type: 'string', default: '400' }, top: { type: 'string', default: '25' } } });
  const turns = Number(values.turns);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-allocation-'));
  try {
    const bundle = path.join(dir, 'index.js');
    await build(bundleOptions(LAMBDA_ENTRY, bundle, { minify: false }, 'embedded'));
    // The warm benchmark's environment (bench/run.ts, WARM_ENV); log lines go to stdout as there.
    Object.assign(process.env, { CONNECTION_TOKEN_SECRET: 'bench-connection-token-secret-0123456789', SKILL_ID: '', CATALOG: 'embedded' });
    const { handler } = require(bundle) as { handler: Handler };
    const scenarios: Array<[string, RequestEnvelope]> = [
      ['LaunchRequest', launchRequest()],
      ['Search (embedded catalog)', intentRequest(IntentNames.SearchProducts, { query: 'batteries' })],
    ];
    for (const [name, event] of scenarios) {
      const { total, functions } = await allocationPerTurn(handler, event, turns);
      process.stderr.write(`\n${name}: ${(total / turns / 1024).toFixed(1)} KB per turn (${turns} turns)\n`);
      const top = [...functions.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top));
      for (const [fn, bytes] of top) process.stderr.write(`${(bytes / turns / 1024).toFixed(1).padStart(8)} KB  ${fn}\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`allocation failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
