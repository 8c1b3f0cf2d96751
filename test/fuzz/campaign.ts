/**
 * A long fuzz campaign: `npm run fuzz -- --runs 200000 --seed 42`. The same properties as
 * `npm test`, with a chosen count and seed so a failure can be replayed exactly (fast-check
 * prints the seed and path; pass `--path` too to jump straight to the counterexample).
 */
import { parseArgs } from 'node:util';
import { type CliSpec, printHelpIfAsked } from '../../infra/cli';
import { EnvNames } from '../../lambda/config/env';
import { TEST_SKILL_ID } from '../support/envelopes';
// Nothing here may load the skill before main() has set its environment.
import { TEST_TOKEN_SECRET } from '../support/testSecrets';

interface CampaignOptions {
  runs: number;
  seed: number;
  path?: string;
  only?: string;
}

export const FUZZ_CLI: CliSpec = {
  command: 'npm run fuzz --',
  summary: 'A long fuzz campaign over the exported handler: the properties npm test runs 2,000 cases of, with a chosen count and seed.',
  options: [
    { flag: '--runs N', text: 'cases per property (default 100000)' },
    { flag: '--seed S', text: 'fast-check seed (default: from the clock; printed, to replay a failure)' },
    { flag: '--path P', text: 'with --seed: jump straight to the counterexample fast-check printed' },
    { flag: '--only TEXT', text: 'only the properties whose name contains TEXT' },
  ],
  examples: ['npm run fuzz -- --runs 200000 --seed 42', 'npm run fuzz -- --seed 42 --path "12:3:0" --only envelope'],
  exitCodes: [
    [0, 'no invariant broken'],
    [1, 'a property failed (replay with the printed --seed)'],
    [2, 'an unknown option or a bad value'],
  ],
};

function options(): CampaignOptions {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '100000' },
      seed: { type: 'string' },
      path: { type: 'string' },
      only: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${values.runs}`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`);
  const chosen: CampaignOptions = { runs, seed };
  if (values.path !== undefined) chosen.path = values.path;
  if (values.only !== undefined) chosen.only = values.only;
  return chosen;
}

async function main(): Promise<number> {
  const chosen = options();
  // Before the skill is loaded: it reads the token key on the first request.
  process.env[EnvNames.ConnectionTokenSecret] = TEST_TOKEN_SECRET;
  process.env[EnvNames.Catalog] = 'embedded';
  const { createSkill, handler } = await import('../../lambda/index');
  const { dependenciesFromEnvironment } = await import('../../lambda/dependencies');
  const { interceptSkillLogs } = await import('../support/logs');
  const { fuzzProperties, runsFor } = await import('./properties');

  const logLines: string[] = [];
  const restoreLogs = interceptSkillLogs((line) => {
    logLines.push(line);
  });
  const properties = fuzzProperties({
    handler: (event) => handler(event as Parameters<typeof handler>[0]),
    withSkillId: createSkill(dependenciesFromEnvironment(), TEST_SKILL_ID),
    logLines,
    tokens: { key: Buffer.from(TEST_TOKEN_SECRET, 'utf8'), now: () => Date.now() },
  });

  console.log(`fuzz campaign: ${chosen.runs} runs, seed ${chosen.seed}`);
  let failed = 0;
  for (const property of properties) {
    if (chosen.only !== undefined && !property.name.includes(chosen.only)) continue;
    const numRuns = runsFor(property, chosen.runs);
    const started = process.hrtime.bigint();
    try {
      await property.check({ numRuns, seed: chosen.seed, ...(chosen.path === undefined ? {} : { path: chosen.path }) });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      console.log(`  ok    ${property.name}: ${numRuns} cases in ${seconds.toFixed(1)} s`);
    } catch (err) {
      failed += 1;
      // fast-check keeps the property's own error (which invariant broke) as the cause.
      const cause = err instanceof Error && err.cause instanceof Error ? `\nbroken: ${err.cause.message}` : '';
      console.log(`  FAIL  ${property.name}\n${err instanceof Error ? err.message : String(err)}${cause}`);
    }
  }
  restoreLogs();
  console.log(failed === 0 ? 'no invariant broken' : `${failed} propert${failed === 1 ? 'y' : 'ies'} failed (replay with --seed ${chosen.seed})`);
  return failed === 0 ? 0 : 1;
}

(printHelpIfAsked(FUZZ_CLI, process.argv.slice(2)) ? Promise.resolve(0) : main())
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 2;
  });
