/**
 * Search-intent turn time through the real skill and AmazonBusinessCatalog, with the
 * Product Search emulator adding 0, 200 and 1000 ms of upstream latency: p50 and p99 per
 * setting, and the skill's own overhead over the injected latency. Not a timed test: call
 * `measureCatalogLatency()` from the bench harness, or run `npx tsx bench/catalog-latency.ts`.
 */
import { EnvNames } from '../lambda/config/env';
import { intentRequest, speechOf } from '../test/support/envelopes';
import { interceptSkillLogs } from '../test/support/logs';
import { startUpstream } from '../test/catalog/upstream';
import { startAlexaApiEmulator } from '../test/emulators/alexa-api/server';

export interface LatencyRow {
  upstreamDelayMs: number;
  turns: number;
  p50Ms: number;
  p99Ms: number;
  /** p50 turn time minus the injected latency: what the skill itself costs per turn. */
  overheadP50Ms: number;
  overheadP99Ms: number;
}

export interface CatalogLatencyOptions {
  delaysMs?: number[];
  turns?: number;
  /** Turns run at once (a warm container answers one at a time; >1 only to go faster). */
  concurrency?: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

const round = (n: number) => Math.round(n * 100) / 100;
const QUERIES = ['batteries', 'printer paper', 'coffee', 'headphones', 'notebook', 'water bottle', 'usb cable', 'desk lamp', 'dog food', 'sunscreen'];

export async function measureCatalogLatency(options: CatalogLatencyOptions = {}): Promise<LatencyRow[]> {
  const delays = options.delaysMs ?? [0, 200, 1000];
  const turns = options.turns ?? 200;
  const concurrency = options.concurrency ?? 1;
  const rows: LatencyRow[] = [];
  // The skill module builds its default dependencies when it loads, and the Lambda has no
  // default catalog (CATALOG is required): choose one first, then load it. The turns below
  // use the Amazon Business client passed to skillWith, whatever this says.
  process.env[EnvNames.Catalog] ??= 'embedded';
  const { skillWith } = await import('../test/catalog/helpers');
  const restoreLogs = interceptSkillLogs(() => undefined);
  const upstream = await startUpstream();
  const alexa = await startAlexaApiEmulator();
  try {
    const invoke = skillWith(upstream.catalog);
    // Warm up: the token exchange and the first module loads are not per-turn costs.
    await invoke(intentRequest('SearchProductsIntent', { query: 'coffee' }, { apiEndpoint: alexa.url }));
    for (const delayMs of delays) {
      upstream.api.setFaults({ delayMs });
      const times: number[] = [];
      let next = 0;
      const worker = async () => {
        while (next < turns) {
          const i = next++;
          const query = QUERIES[i % QUERIES.length] ?? 'coffee';
          const started = performance.now();
          const answer = await invoke(intentRequest('SearchProductsIntent', { query }, { apiEndpoint: alexa.url }));
          times.push(performance.now() - started);
          if (!speechOf(answer).startsWith('I found')) throw new Error(`unexpected answer: ${speechOf(answer)}`);
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      times.sort((a, b) => a - b);
      const p50 = percentile(times, 50);
      const p99 = percentile(times, 99);
      rows.push({ upstreamDelayMs: delayMs, turns: times.length, p50Ms: round(p50), p99Ms: round(p99), overheadP50Ms: round(p50 - delayMs), overheadP99Ms: round(p99 - delayMs) });
    }
  } finally {
    restoreLogs();
    await alexa.close();
    await upstream.close();
  }
  return rows;
}

if (require.main === module) {
  const turns = Number.parseInt(process.env['BENCH_TURNS'] ?? '200', 10);
  // 1000 ms turns one at a time would take over three minutes; four at once keep it short.
  measureCatalogLatency({ turns, concurrency: Number.parseInt(process.env['BENCH_CONCURRENCY'] ?? '4', 10) })
    .then((rows) => {
      console.table(rows);
    })
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
