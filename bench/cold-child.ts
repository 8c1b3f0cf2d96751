/**
 * Runs in a fresh `node` process (bundled to plain JS first): times `require` of one bundle,
 * then one LaunchRequest through its handler, and prints both as a `BENCH {json}` line on
 * stderr (stdout carries the skill's own log lines). With no bundle it
 * only starts, which is the baseline the instruction counts subtract.
 */
import { launchRequest } from '../test/support/envelopes';

type Handler = (event: unknown) => Promise<unknown>;

async function main(): Promise<void> {
  const [bundle, mode] = process.argv.slice(2);
  // Built before the clock starts: the envelope is the harness's cost, not the bundle's.
  const event = launchRequest();
  if (bundle === undefined || bundle === '') return;
  const started = process.hrtime.bigint();
  const loaded = require(bundle) as { handler: Handler };
  const required = process.hrtime.bigint();
  if (mode === 'require-only') return;
  await loaded.handler(event);
  const answered = process.hrtime.bigint();
  process.stderr.write(`BENCH ${JSON.stringify({ requireMs: Number(required - started) / 1e6, firstTurnMs: Number(answered - required) / 1e6 })}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`cold child failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
