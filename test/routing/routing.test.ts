/**
 * Routing you can see: every request has exactly one route in lambda/routing/table.ts, and
 * exactly one of the skill's handlers accepts it. Run over every transcript turn and a few
 * hundred fuzz envelopes here; every corpus line's turn is checked by test/corpus/corpus.test.ts.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { EnvNames } from '../../lambda/config/env';
import { createSkill } from '../../lambda/index';
import { dependenciesFromEnvironment } from '../../lambda/dependencies';
import { setTurnObserver, type TurnRecord } from '../../lambda/observe/turnRecord';
import { envelopeArb, mutatedEnvelopeArb } from '../fuzz/arbitraries';
import { PREPARE_TIMEOUT_MS, prepareLocales, runDialogFile } from '../sim/dialogRunner';
import { TEST_SKILL_ID } from '../support/envelopes';
import { TEST_TOKEN_SECRET } from '../support/skill';

const DIALOGS = path.resolve(__dirname, '..', 'dialogs');
const records: TurnRecord[] = [];

beforeAll(() => {
  process.env[EnvNames.ConnectionTokenSecret] ??= TEST_TOKEN_SECRET;
  setTurnObserver((record) => records.push({ ...record }));
});
afterAll(() => {
  setTurnObserver(undefined);
});
beforeEach(() => records.splice(0));

const notOne = (list: readonly TurnRecord[]) => list.filter((r) => r.route === undefined || r.accepting !== 1).map((r) => `${r.route ?? 'no route'}: ${r.accepting ?? 0} handlers`);

const dialogs = readdirSync(DIALOGS).filter((f) => f.endsWith('.dialog'));

describe('the routing table', () => {
  beforeAll(() => prepareLocales(dialogs.map((f) => path.join(DIALOGS, f))), PREPARE_TIMEOUT_MS);

  it.each(dialogs)(
    'gives every turn of %s exactly one handler',
    async (file) => {
      await runDialogFile(path.join(DIALOGS, file));
      expect(records.length).toBeGreaterThan(0);
      expect(notOne(records)).toEqual([]);
    },
    60_000,
  );

  it('gives every fuzz envelope the guard lets through exactly one handler', async () => {
    const invoke = createSkill(dependenciesFromEnvironment(), TEST_SKILL_ID);
    const tokens = { key: Buffer.from(TEST_TOKEN_SECRET, 'utf8'), now: () => Date.now() };
    const events = [...fc.sample(envelopeArb(tokens), { numRuns: 200, seed: 20261207 }), ...fc.sample(mutatedEnvelopeArb(tokens), { numRuns: 200, seed: 20261207 })];
    for (const event of events) await invoke(event);
    // Envelopes the guard rejects reach no handler and leave no record; every other one, one.
    expect(records.length).toBeGreaterThan(100);
    expect(notOne(records)).toEqual([]);
  }, 120_000);

  it('would catch a request two handlers accept', () => {
    expect(
      notOne([
        { route: 'help', accepting: 2 },
        { route: 'help', accepting: 1 },
      ]),
    ).toEqual(['help: 2 handlers']);
  });
});
