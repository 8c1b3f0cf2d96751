/**
 * Runs in its own `node --expose-gc` process (bundled to plain JS first): loads one bundle,
 * as Lambda does, and times turns through its exported handler with process.hrtime.bigint().
 * Turn types are interleaved so drift on the shared machine hits them all alike. Raw samples
 * (microseconds) and the heap after the runs are written to the file named by --out.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { IntentNames } from '../lambda/constants';
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
  heapUsedBytes: number;
  rssBytes: number;
}

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
  for (let i = 0; i < turns; i++) {
    for (let s = 0; s < scenarios.length; s++) {
      const scenario = scenarios[s];
      const row = samples[s];
      if (scenario === undefined || row === undefined) continue;
      // A fresh copy per turn, made before the clock starts: Lambda parses a new event each time.
      const event = await eventFor(scenario);
      const started = process.hrtime.bigint();
      await handler(event);
      row[i] = Number(process.hrtime.bigint() - started) / 1000;
    }
  }
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const memory = process.memoryUsage();
  const output: WarmOutput = {
    variant,
    samplesUs: Object.fromEntries(scenarios.map((s, i) => [s.name, Array.from(samples[i] ?? [])])),
    heapUsedBytes: memory.heapUsed,
    rssBytes: memory.rss,
  };
  writeFileSync(out, JSON.stringify(output));
}

main().catch((err: unknown) => {
  process.stderr.write(`warm worker failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
