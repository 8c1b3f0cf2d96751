/**
 * The fuzz smoke run in `npm test`: every property of the exported Lambda handler, on 2,000
 * mutated and random envelopes (a few seconds), at least 200 per property so each invariant
 * is exercised. FUZZ_RUNS changes the count, FUZZ_SEED replays a failure (`FUZZ_SEED=random`
 * explores); the long campaign is `npm run fuzz -- --runs N --seed S` (100,000 by default).
 *
 * The default seed is fixed: `npm test` gates every commit, so it must give the same verdict
 * on the same code. Exploring new inputs is the campaign's job, with a fresh seed each run.
 */
import { EnvNames } from '../../lambda/config/env';
import { createSkill, handler } from '../../lambda/index';
import { TEST_SKILL_ID } from '../support/envelopes';
import { dependenciesFromEnvironment } from '../../lambda/dependencies';
import { interceptSkillLogs } from '../support/logs';
import { TEST_TOKEN_SECRET } from '../support/skill';
import { fuzzProperties, runsFor } from './properties';

/** Cases in `npm test`, split across the properties by share, never fewer than MIN_RUNS each. */
const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const MIN_RUNS = Math.min(200, TOTAL_RUNS);
const DEFAULT_SEED = 20261122;
const SEED = process.env.FUZZ_SEED === 'random' ? undefined : process.env.FUZZ_SEED === undefined ? DEFAULT_SEED : Number(process.env.FUZZ_SEED);

// The handler reads its token key on the first request, so setting it here, before any
// request, makes the fuzzer's valid tokens verify.
const previousSecret = process.env[EnvNames.ConnectionTokenSecret];
process.env[EnvNames.ConnectionTokenSecret] = TEST_TOKEN_SECRET;
const logLines: string[] = [];
const restoreLogs = interceptSkillLogs((line) => {
  logLines.push(line);
});

afterAll(() => {
  restoreLogs();
  if (previousSecret === undefined) delete process.env[EnvNames.ConnectionTokenSecret];
  else process.env[EnvNames.ConnectionTokenSecret] = previousSecret;
});

const properties = fuzzProperties({
  handler: (event) => handler(event as Parameters<typeof handler>[0]),
  withSkillId: createSkill(dependenciesFromEnvironment(), TEST_SKILL_ID),
  logLines,
  tokens: { key: Buffer.from(TEST_TOKEN_SECRET, 'utf8'), now: () => Date.now() },
});

describe('the exported handler under fuzzing', () => {
  it.each(properties.map((p) => [p.name, p] as const))(
    '%s',
    async (_name, property) => {
      await property.check({ numRuns: Math.max(MIN_RUNS, runsFor(property, TOTAL_RUNS)), ...(SEED === undefined ? {} : { seed: SEED }) });
    },
    120_000,
  );
});
