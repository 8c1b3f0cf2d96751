/**
 * The load benchmark: a busy evening, offline. N virtual customers arrive at a fixed rate; each
 * opens the skill, searches (a Zipf mix over the emulator's product kinds), asks for the details
 * of one result and says "next", a second of thinking between turns. Every turn goes to one of
 * several handler processes (bench/load-worker.ts) that share no memory, only one dynalite
 * table, as Lambda containers do; the deployed bundle runs in the production configuration
 * (test/support/production.ts) against the Product Search emulator with a usage plan and a
 * per-call latency. The same customers run twice, each on a cold cache: with the shared catalog
 * cache (CATALOG_CACHE=dynamodb) and without it (CATALOG_CACHE=off), the baseline.
 *
 * Loopback only, bounded in count (N customers, 4 turns each) and time (a turn is abandoned
 * after 10 s, a run after 3 minutes). `npx tsx bench/load.ts` runs it alone; `npm run bench`
 * includes it.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { IntentNames, SessionKeys } from '../lambda/constants';
import { mulberry32 } from '../lambda/util/prng';
import { continueSession, intentRequest, launchRequest, speechOf } from '../test/support/envelopes';
import { startProductionFixture } from '../test/support/production';
import type { WorkerReply } from './load-worker';
import { percentile, sig } from './stats';

/** The emulator's ten product kinds: every one is a query with results. */
export const LOAD_QUERIES = ['batteries', 'printer paper', 'coffee', 'headphones', 'notebook', 'water bottle', 'usb cable', 'desk lamp', 'dog food', 'sunscreen'];

export interface LoadSettings {
  customers: number;
  arrivalsPerSecond: number;
  workers: number;
  plan: { ratePerSecond: number; burst: number };
  apiLatencyMs: number;
  thinkMs: number;
  /** Zipf exponent of the query mix. */
  zipf: number;
  seed: number;
}

/** The evening: 120 customers at 10 a second, two containers, plan 0.5/s burst 10, 250 ms a call. */
export const DEFAULT_LOAD: LoadSettings = {
  customers: 120,
  arrivalsPerSecond: 10,
  workers: 2,
  plan: { ratePerSecond: 0.5, burst: 10 },
  apiLatencyMs: 250,
  thinkMs: 1000,
  zipf: 1,
  seed: 24,
};

export type TurnKind = 'launch' | 'search' | 'details' | 'next';

export interface LoadRun {
  cache: 'dynamodb' | 'off';
  turns: number;
  answered: Record<TurnKind, { turns: number; answered: number }>;
  apiCalls: number;
  throttled: number;
  /** API calls (throttled ones included) per search turn. */
  callsPerSearch: number;
  /** Share of API calls answered 429. */
  throttledShare: number;
  turnMs: { p50: number; p95: number; max: number };
  seconds: number;
}

export interface LoadFigures {
  settings: LoadSettings;
  shared: LoadRun;
  baseline: LoadRun;
}

const TURN_TIMEOUT_MS = 10_000;
const RUN_TIMEOUT_MS = 180_000;

/** Zipf weights over the queries, as cumulative shares. */
function zipfPicker(count: number, s: number, random: () => number): () => number {
  const weights = Array.from({ length: count }, (_, k) => 1 / (k + 1) ** s);
  const total = weights.reduce((a, b) => a + b, 0);
  return () => {
    let roll = random() * total;
    for (let k = 0; k < count; k++) {
      roll -= weights[k] ?? 0;
      if (roll < 0) return k;
    }
    return count - 1;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class Workers {
  private next = 0;
  private readonly pending = new Map<number, (reply: { response?: ResponseEnvelope; error?: string }) => void>();

  private constructor(private readonly children: ChildProcess[]) {
    for (const child of children) {
      child.on('message', (reply: WorkerReply) => {
        if ('ready' in reply) return;
        this.pending.get(reply.id)?.(reply);
        this.pending.delete(reply.id);
      });
    }
  }

  static async start(workerJs: string, bundle: string, count: number, env: NodeJS.ProcessEnv): Promise<Workers> {
    // The skill's log lines (warnings of throttling among them) are not the benchmark's output.
    const children = Array.from({ length: count }, () => fork(workerJs, [bundle], { env, stdio: ['ignore', 'ignore', 'ignore', 'ipc'] }));
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve, reject) => {
            child.once('message', () => resolve());
            child.once('exit', (code) => reject(new Error(`a load worker exited with ${code} before it was ready`)));
          }),
      ),
    );
    return new Workers(children);
  }

  /** One turn on worker `index`; resolves with its answer, or undefined when it failed or took over 10 s. */
  turn(index: number, event: RequestEnvelope): Promise<ResponseEnvelope | undefined> {
    const child = this.children[index % this.children.length];
    if (child === undefined) return Promise.resolve(undefined);
    const id = this.next++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve(undefined);
      }, TURN_TIMEOUT_MS);
      this.pending.set(id, (reply) => {
        clearTimeout(timer);
        resolve(reply.response);
      });
      child.send({ id, event });
    });
  }

  stop(): void {
    for (const child of this.children) child.kill();
  }
}

/** The title the search listed at `ordinal` (1-based), from its answer's session attributes. */
function listedTitle(search: ResponseEnvelope | undefined, ordinal: number): string | undefined {
  const shopping = search?.sessionAttributes?.[SessionKeys.Shopping] as { products?: Array<{ title?: unknown }> } | undefined;
  const title = shopping?.products?.[ordinal - 1]?.title;
  return typeof title === 'string' ? title : undefined;
}

/** Whether a turn was answered as the customer wanted: results, the product asked for, the next page. */
function answeredAs(kind: TurnKind, speech: string, search: ResponseEnvelope | undefined, ordinal: number): boolean {
  switch (kind) {
    case 'launch':
      return /Welcome/.test(speech);
    case 'search':
      return /I found \d+ results? for/.test(speech);
    case 'details': {
      // Details say the chosen product's title; without a list there is nothing to choose.
      const title = listedTitle(search, ordinal);
      return title !== undefined && speech.includes(title.slice(0, 20)) && !/^Sorry/.test(speech);
    }
    case 'next':
      return /Here are the next/.test(speech);
  }
}

async function run(cache: LoadRun['cache'], settings: LoadSettings, files: { workerJs: string; bundle: string }, baseEnv: NodeJS.ProcessEnv): Promise<LoadRun> {
  const fixture = await startProductionFixture({ api: { usagePlan: settings.plan, faults: { delayMs: settings.apiLatencyMs } } });
  const { NODE_OPTIONS: _loader, ...base } = baseEnv;
  const env = { ...base, ...fixture.environment, CATALOG_CACHE: cache, LOG_LEVEL: 'error' };
  const workers = await Workers.start(files.workerJs, files.bundle, settings.workers, env);
  const random = mulberry32(settings.seed);
  const pickQuery = zipfPicker(LOAD_QUERIES.length, settings.zipf, random);
  const samples: Array<{ kind: TurnKind; ms: number; ok: boolean }> = [];
  const started = performance.now();
  try {
    const customer = async (i: number): Promise<void> => {
      const query = LOAD_QUERIES[pickQuery()] ?? 'coffee';
      const ordinal = 1 + Math.floor(random() * 3);
      const who = { userId: `amzn1.ask.account.LOAD${String(i).padStart(6, '0')}`, sessionId: `amzn1.echo-api.session.load-${i}`, deviceId: `amzn1.ask.device.LOAD${i}` };
      const turns: Array<[TurnKind, RequestEnvelope]> = [
        ['launch', launchRequest({ ...who, newSession: true })],
        ['search', intentRequest(IntentNames.SearchProducts, { query }, { ...who, newSession: false })],
        ['details', intentRequest(IntentNames.ProductDetails, { ordinal: String(ordinal) }, { ...who, newSession: false })],
        ['next', intentRequest(IntentNames.Next, {}, { ...who, newSession: false })],
      ];
      let last: ResponseEnvelope | undefined;
      let searched: ResponseEnvelope | undefined;
      for (const [kind, request] of turns) {
        const event = last === undefined ? request : continueSession(last, request);
        const sent = performance.now();
        // Alexa sends each turn to whichever container is free: any of them.
        const answer = await workers.turn(Math.floor(random() * settings.workers), event);
        const ms = performance.now() - sent;
        if (kind === 'search') searched = answer;
        const ok = answer !== undefined && answeredAs(kind, speechOf(answer), searched, ordinal);
        samples.push({ kind, ms, ok });
        if (answer === undefined) return;
        last = answer;
        await sleep(settings.thinkMs);
      }
    };
    const all: Promise<void>[] = [];
    for (let i = 0; i < settings.customers; i++) {
      all.push(customer(i));
      await sleep(1000 / settings.arrivalsPerSecond);
    }
    await Promise.race([Promise.all(all), sleep(RUN_TIMEOUT_MS).then(() => Promise.reject(new Error('the load run took over 3 minutes')))]);
  } finally {
    workers.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const requests = fixture.api.requests();
  await fixture.close();
  const answered = {} as LoadRun['answered'];
  for (const kind of ['launch', 'search', 'details', 'next'] as const) {
    const mine = samples.filter((s) => s.kind === kind);
    answered[kind] = { turns: mine.length, answered: mine.filter((s) => s.ok).length };
  }
  const throttled = requests.filter((r) => r.status === 429).length;
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    cache,
    turns: samples.length,
    answered,
    apiCalls: requests.length,
    throttled,
    callsPerSearch: sig(requests.length / Math.max(1, answered.search.turns)),
    throttledShare: sig(throttled / Math.max(1, requests.length)),
    turnMs: { p50: sig(percentile(sorted, 50)), p95: sig(percentile(sorted, 95)), max: sig(sorted[sorted.length - 1] ?? Number.NaN) },
    seconds: sig(seconds),
  };
}

export async function measureLoad(files: { workerJs: string; bundle: string }, baseEnv: NodeJS.ProcessEnv, settings: LoadSettings = DEFAULT_LOAD): Promise<LoadFigures> {
  const shared = await run('dynamodb', settings, files, baseEnv);
  const baseline = await run('off', settings, files, baseEnv);
  return { settings, shared, baseline };
}

const pct = (n: number, of: number) => `${of === 0 ? '–' : ((100 * n) / of).toFixed(1)} %`;

/** The table `npm run bench` prints and RESULTS.md holds: the shared cache beside the baseline. */
export function loadTable(f: LoadFigures): string {
  const s = f.settings;
  const row = (name: string, value: (r: LoadRun) => string) => `| ${name} | ${value(f.shared)} | ${value(f.baseline)} |`;
  return [
    `${s.customers} customers, ${s.arrivalsPerSecond} new a second, ${s.workers} handler processes, plan ${s.plan.ratePerSecond}/s burst ${s.plan.burst}, ${s.apiLatencyMs} ms a call, Zipf s=${s.zipf} over ${LOAD_QUERIES.length} queries, cold cache:`,
    '',
    '| | shared catalog cache | no cache (baseline) |',
    '|---|---|---|',
    row('searches answered with results', (r) => `${r.answered.search.answered} / ${r.answered.search.turns} (${pct(r.answered.search.answered, r.answered.search.turns)})`),
    row('details answered', (r) => `${r.answered.details.answered} / ${r.answered.details.turns} (${pct(r.answered.details.answered, r.answered.details.turns)})`),
    row('"next" answered', (r) => `${r.answered.next.answered} / ${r.answered.next.turns}`),
    row('launches answered', (r) => `${r.answered.launch.answered} / ${r.answered.launch.turns}`),
    row('API calls (per search turn)', (r) => `${r.apiCalls} (${r.callsPerSearch})`),
    row('throttled calls (429)', (r) => `${r.throttled} (${pct(r.throttled, r.apiCalls)})`),
    row('turn p50 / p95 / max', (r) => `${r.turnMs.p50} / ${r.turnMs.p95} / ${r.turnMs.max} ms`),
    row('run time', (r) => `${r.seconds} s`),
  ].join('\n');
}

/** The targets, for the shared-cache run. */
export function loadTargets(f: LoadFigures): Array<{ name: string; target: string; measured: string; met: boolean }> {
  const r = f.shared;
  const searchShare = r.answered.search.answered / Math.max(1, r.answered.search.turns);
  const detailsShare = r.answered.details.answered / Math.max(1, r.answered.details.turns);
  return [
    { name: 'load: searches answered with results', target: '≥ 99 %', measured: pct(r.answered.search.answered, r.answered.search.turns), met: searchShare >= 0.99 },
    { name: 'load: details answered', target: '≥ 99 %', measured: pct(r.answered.details.answered, r.answered.details.turns), met: detailsShare >= 0.99 },
    { name: 'load: API calls per search turn', target: '≤ 0.2', measured: String(r.callsPerSearch), met: r.callsPerSearch <= 0.2 },
    { name: 'load: throttled calls', target: '≤ 1 %', measured: pct(r.throttled, r.apiCalls), met: r.throttledShare <= 0.01 },
    { name: 'load: slowest turn', target: '≤ 6 s', measured: `${r.turnMs.max} ms`, met: r.turnMs.max <= 6000 },
  ];
}

if (require.main === module) {
  // Alone: builds the deployed bundle and the worker, then runs both configurations.
  (async () => {
    const { build } = await import('esbuild');
    const { bundleOptions, LAMBDA_ENTRY } = await import('../infra/bundle');
    const work = path.join(__dirname, '.work', 'load');
    mkdirSync(work, { recursive: true });
    const bundle = path.join(work, 'skill', 'index.js');
    const workerJs = path.join(work, 'load-worker.js');
    await build(bundleOptions(LAMBDA_ENTRY, bundle));
    await build(bundleOptions(path.join(__dirname, 'load-worker.ts'), workerJs, { minify: false, sourcemap: false }));
    const customers = Number.parseInt(process.env['BENCH_CUSTOMERS'] ?? String(DEFAULT_LOAD.customers), 10);
    const figures = await measureLoad({ workerJs, bundle }, process.env, { ...DEFAULT_LOAD, customers });
    process.stdout.write(`${loadTable(figures)}\n\n`);
    for (const t of loadTargets(figures)) process.stdout.write(`${t.met ? 'met   ' : 'MISSED'} ${t.name}: ${t.measured} (target ${t.target})\n`);
  })().catch((err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exitCode = 1;
  });
}
