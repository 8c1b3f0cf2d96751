/**
 * Runs in its own `node --expose-gc` process (bundled to plain JS first): loads one bundle,
 * as Lambda does, and times turns through its exported handler with process.hrtime.bigint().
 * Turn types are interleaved so drift on the shared machine hits them all alike. Raw samples
 * (microseconds), what each turn type allocates (sampled after the timed turns) and the heap
 * after the runs are written to the file named by --out.
 */
import { writeFileSync } from 'node:fs';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { IntentNames } from '../lambda/constants';
import { sampleAllocation } from './heap-sampling';
import { continueSession, intentRequest, launchRequest, sessionResumedRequest, speechOf } from '../test/support/envelopes';

type Handler = (event: RequestEnvelope) => Promise<ResponseEnvelope>;

export interface Scenario {
  name: string;
  event: RequestEnvelope;
  /** Says what is wrong with an answer, so a benchmark never times an error path. */
  expect: RegExp | 'directive';
  /** Makes each turn's event before the clock starts, for events that can be used only once. */
  next?: () => Promise<RequestEnvelope>;
}

export interface WarmOutput {
  variant: string;
  samplesUs: Record<string, number[]>;
  /** CPU time (user + system, every thread) of each timed turn, µs: what the turn cost, whoever else ran. */
  cpuUs: Record<string, number[]>;
  /** Timed turns over 1 ms of wall time, and how many of them overlapped a garbage collection. */
  slow: Record<string, { over1ms: number; duringGc: number }>;
  /** Bytes one turn allocates, by V8's sampling heap profiler after the timed turns (bench/heap-sampling.ts). */
  allocatedBytesPerTurn: Record<string, number>;
  heapUsedBytes: number;
  rssBytes: number;
}

/** Turns of each type run under the heap profiler once the timed turns are done. */
const ALLOCATION_TURNS = 200;

function check(scenario: Scenario, out: ResponseEnvelope): void {
  const ok = scenario.expect === 'directive' ? (out.response.directives ?? []).length > 0 : scenario.expect.test(speechOf(out));
  if (!ok) throw new Error(`${scenario.name}: unexpected answer ${JSON.stringify(out.response).slice(0, 300)}`);
}

/** The skill's turns: state for details and the resumed result comes from real earlier turns. */
async function skillScenarios(handler: Handler): Promise<Scenario[]> {
  const search = intentRequest(IntentNames.SearchProducts, { query: 'batteries' });
  const found = await handler(structuredClone(search));
  const details = continueSession(found, intentRequest(IntentNames.ProductDetails, { ordinal: '1' }));
  const detailed = await handler(structuredClone(details));
  // A connection token is single-use: every timed SessionResumedRequest gets its own, from an
  // AddToCart turn made (untimed) just before it, as each real Shopping Action does.
  const resumedEvent = async (): Promise<RequestEnvelope> => {
    const cart = await handler(continueSession(detailed, intentRequest(IntentNames.AddToCart, {})));
    const [directive] = cart.response.directives ?? [];
    const token = (directive as { token?: string } | undefined)?.token;
    if (token === undefined) throw new Error('AddToCart issued no token');
    return continueSession(detailed, sessionResumedRequest({ token, status: { code: '200', message: 'OK' } }));
  };
  const resumed = await resumedEvent();
  return [
    { name: 'LaunchRequest', event: launchRequest(), expect: /Welcome/ },
    { name: 'Search (embedded catalog)', event: search, expect: /^I found/ },
    { name: 'Details', event: details, expect: /\w/ },
    { name: 'SessionResumedRequest', event: resumed, expect: /I've added/, next: resumedEvent },
  ];
}

function eventFor(scenario: Scenario): Promise<RequestEnvelope> {
  return scenario.next === undefined ? Promise.resolve(structuredClone(scenario.event)) : scenario.next();
}

function referenceScenarios(variant: string): Scenario[] {
  const launch: Scenario = { name: 'LaunchRequest', event: launchRequest(), expect: variant === 'floor' ? /Hello/ : /Welcome/ };
  if (variant === 'floor') return [launch];
  return [launch, { name: 'HelloWorldIntent', event: intentRequest('HelloWorldIntent'), expect: /Hello World/ }];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      variant: { type: 'string' },
      bundle: { type: 'string' },
      turns: { type: 'string', default: '10000' },
      warmup: { type: 'string', default: '1000' },
      out: { type: 'string' },
    },
  });
  const { variant, bundle, out } = values;
  if (variant === undefined || bundle === undefined || out === undefined) throw new Error('--variant, --bundle and --out are required');
  const turns = Number(values.turns);
  const warmup = Number(values.warmup);
  const { handler } = require(bundle) as { handler: Handler };

  const scenarios = variant === 'skill' ? await skillScenarios(handler) : referenceScenarios(variant);
  for (let i = 0; i < warmup; i++) {
    for (const scenario of scenarios) check(scenario, await handler(await eventFor(scenario)));
  }
  const samples = scenarios.map(() => new Float64Array(turns));
  const cpu = scenarios.map(() => new Float64Array(turns));
  const starts = scenarios.map(() => new Float64Array(turns));
  // Every GC pause during the timed turns, on the performance clock, to tell a GC-made tail from the rest.
  const pauses: Array<[number, number]> = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push([entry.startTime, entry.startTime + entry.duration]);
  });
  observer.observe({ entryTypes: ['gc'] });
  for (let i = 0; i < turns; i++) {
    for (let s = 0; s < scenarios.length; s++) {
      const scenario = scenarios[s];
      const row = samples[s];
      if (scenario === undefined || row === undefined) continue;
      // A fresh copy per turn, made before the clock starts: Lambda parses a new event each time.
      const event = await eventFor(scenario);
      const cpuStarted = process.cpuUsage();
      const startedAt = performance.now();
      const started = process.hrtime.bigint();
      await handler(event);
      row[i] = Number(process.hrtime.bigint() - started) / 1000;
      const used = process.cpuUsage(cpuStarted);
      const cpuRow = cpu[s];
      const startRow = starts[s];
      if (cpuRow !== undefined) cpuRow[i] = used.user + used.system;
      if (startRow !== undefined) startRow[i] = startedAt;
    }
  }
  // The observer hears of pauses on a later turn of the event loop: a timer, not setImmediate, lets them all in.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  const slow = scenarios.map((_, k) => {
    let over1ms = 0;
    let duringGc = 0;
    for (let i = 0; i < turns; i++) {
      const wallUs = samples[k]?.[i] ?? 0;
      if (wallUs <= 1000) continue;
      over1ms++;
      const from = starts[k]?.[i] ?? 0;
      const to = from + wallUs / 1000;
      if (pauses.some(([start, end]) => start < to && end > from)) duringGc++;
    }
    return { over1ms, duringGc };
  });
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const memory = process.memoryUsage();
  // After the clock and the heap figure: the profiler slows the turns it samples. Events are made first, so only
  // the turns themselves are counted (a resumed turn's AddToCart is made beforehand).
  const allocatedBytesPerTurn: Record<string, number> = {};
  for (const scenario of scenarios) {
    const events: RequestEnvelope[] = [];
    for (let i = 0; i < ALLOCATION_TURNS; i++) events.push(await eventFor(scenario));
    const { total } = await sampleAllocation(events.map((event) => () => handler(event)));
    allocatedBytesPerTurn[scenario.name] = total / ALLOCATION_TURNS;
  }
  const output: WarmOutput = {
    variant,
    samplesUs: Object.fromEntries(scenarios.map((s, i) => [s.name, Array.from(samples[i] ?? [])])),
    cpuUs: Object.fromEntries(scenarios.map((s, i) => [s.name, Array.from(cpu[i] ?? [])])),
    slow: Object.fromEntries(scenarios.map((s, i) => [s.name, slow[i] ?? { over1ms: 0, duringGc: 0 }])),
    allocatedBytesPerTurn,
    heapUsedBytes: memory.heapUsed,
    rssBytes: memory.rss,
  };
  writeFileSync(out, JSON.stringify(output));
}

main().catch((err: unknown) => {
  process.stderr.write(`warm worker failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
