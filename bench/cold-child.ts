/**
 * Runs in a fresh `node` process (bundled to plain JS first): times `require` of one bundle,
 * then one LaunchRequest through its handler, and prints both as a `BENCH {json}` line on
 * stderr (stdout carries the skill's own log lines). With no bundle it only starts, which is
 * the baseline the instruction counts subtract. Modes: `require-only`; `search` also times
 * the first search turn after the launch (the turn that first reads the secret, gets an LWA
 * token and calls the Product Search API).
 */
import { IntentNames } from '../lambda/constants';
import { intentRequest, launchRequest, speechOf } from '../test/support/envelopes';

type Handler = (event: unknown) => Promise<unknown>;

const cpuMs = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1000;

/**
 * The console as Lambda's Node.js runtime has set it up before it loads a function: its
 * runtime interface client replaces `console.log`, `console.error` and the rest (LogPatch)
 * with functions that format the arguments (`util.format`) and write the line synchronously
 * to the log file descriptor Lambda gives it (`fs.writeSync`), so a function's first log line
 * never creates `process.stdout`. In a plain `node` process the first `console.log` creates
 * that stream (a SyncWriteStream for a file, a pipe's socket for a pipe), about 6 ms of CPU
 * for a file and 10 ms for a pipe under Lambda's flags (built-ins compiled from source,
 * README, Performance): a cost no function pays in Lambda, charged here to whichever variant
 * logs first (the skill's loader and request lines; the minimal skill and the samples' way log
 * nothing). Installed before the clock starts, for every variant alike; each line a variant
 * logs is still formatted and written inside the timed window, as in Lambda. Lines keep their
 * streams (log, info and debug to stdout, the rest to stderr) rather than Lambda's one file.
 */
function lambdaConsole(): void {
  const { writeSync } = require('node:fs') as typeof import('node:fs');
  const { format } = require('node:util') as typeof import('node:util');
  const to =
    (fd: number) =>
    (...args: unknown[]): void => {
      writeSync(fd, `${format(...args)}\n`);
    };
  Object.assign(console, { log: to(1), info: to(1), debug: to(1), warn: to(2), error: to(2), trace: to(2) });
}

async function main(): Promise<void> {
  const [bundle, mode] = process.argv.slice(2);
  // Lambda's Node.js runtime has loaded node:http before it loads the function: its runtime
  // interface client talks to the Runtime API over it (AWS Lambda Node.js runtime interface
  // client, RAPIDClient). This process plays that runtime, so it loads it too, before any clock
  // starts: a function's first request finds it loaded in Lambda, for every variant alike.
  require('node:http');
  lambdaConsole();
  // Built before the clock starts: the envelope is the harness's cost, not the bundle's.
  const event = launchRequest();
  const search = intentRequest(IntentNames.SearchProducts, { query: 'batteries' });
  if (bundle === undefined || bundle === '') return;
  const cpuStarted = process.cpuUsage();
  const started = process.hrtime.bigint();
  const loaded = require(bundle) as { handler: Handler };
  const required = process.hrtime.bigint();
  const cpuRequired = process.cpuUsage(cpuStarted);
  if (mode === 'require-only') return;
  const launched = await loaded.handler(event);
  const answered = process.hrtime.bigint();
  const cpuAnswered = process.cpuUsage(cpuStarted);
  const figures: Record<string, number | string> = {
    requireMs: Number(required - started) / 1e6,
    firstTurnMs: Number(answered - required) / 1e6,
    // CPU time (user + system, every thread of the process) over the same windows: on a shared
    // machine it moves far less with the neighbours' load than the wall clock does.
    requireCpuMs: cpuMs(cpuRequired),
    firstTurnCpuMs: cpuMs(cpuAnswered) - cpuMs(cpuRequired),
    // The window on the monotonic clock a CPU profile's timestamps use (bench/profile.ts).
    startedUs: Number(started / 1000n),
    requiredUs: Number(required / 1000n),
    answeredUs: Number(answered / 1000n),
  };
  figures.launchSpeech = speechOf(launched as Parameters<typeof speechOf>[0]).slice(0, 80);
  if (mode === 'search') {
    const found = await loaded.handler(search);
    figures.firstSearchMs = Number(process.hrtime.bigint() - answered) / 1e6;
    figures.searchSpeech = speechOf(found as Parameters<typeof speechOf>[0]).slice(0, 80);
  }
  process.stderr.write(`BENCH ${JSON.stringify(figures)}\n`);
}

main()
  .catch((err: unknown) => {
    process.stderr.write(`cold child failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  })
  // Idle keep-alive sockets (fetch's, the emulators') would hold the process a few seconds more.
  .finally(() => process.exit());
