/**
 * AlexaSkillEvent.SkillDisabled deletes what the skill stored for that customer, in memory
 * and in DynamoDB (dynalite), and nothing of anyone else's.
 */
import type { VersionedPersistenceAdapter } from '../../lambda/persistence/adapter';
import { DynamoDbPersistenceAdapter } from '../../lambda/persistence/dynamoDbAdapter';
import { MemoryPersistenceAdapter } from '../../lambda/persistence/memoryAdapter';
import { launchRequest, skillDisabledEvent, TEST_USER_ID } from '../support/envelopes';
import { captureLogs } from '../support/logs';
import { testSkill } from '../support/skill';
import { type LocalDynamo, startDynalite } from './dynalite';

let dynamo: LocalDynamo;
beforeAll(async () => {
  dynamo = await startDynalite();
  await dynamo.createTable('disabled-state');
});
afterAll(async () => {
  await dynamo.close();
});

const OTHER_USER = 'amzn1.ask.account.OTHERUSER000000000000000000000000000000000000000';

describe.each<[string, () => VersionedPersistenceAdapter]>([
  ['memory', () => new MemoryPersistenceAdapter()],
  ['dynamodb', () => new DynamoDbPersistenceAdapter({ tableName: 'disabled-state', endpoint: dynamo.endpoint })],
])('SkillDisabled with the %s store', (_name, make) => {
  it("deletes the customer's price watches and saved context, and only theirs", async () => {
    const persistence = make();
    const { invoke } = testSkill({ persistence });
    await persistence.saveAttributes(launchRequest(), { usedSlots: 2, watches: [{ asin: 'B00000ASN1' }], shoppingContext: { query: 'coffee' } });
    await persistence.saveAttributes(launchRequest({ userId: OTHER_USER }), { usedSlots: 1 });

    const response = await invoke(skillDisabledEvent());

    expect(response.response.outputSpeech).toBeUndefined();
    expect(await persistence.getAttributes(launchRequest({ userId: TEST_USER_ID }))).toEqual({});
    expect(await persistence.getAttributes(launchRequest({ userId: OTHER_USER }))).toMatchObject({ usedSlots: 1 });
  });
});

it('logs a failed delete as an error', async () => {
  const logs = captureLogs();
  try {
    // A table that does not exist: the delete fails as it would with a wrong TABLE_NAME.
    const persistence = new DynamoDbPersistenceAdapter({ tableName: 'no-such-table', endpoint: dynamo.endpoint });
    const { invoke } = testSkill({ persistence });

    await invoke(skillDisabledEvent());
  } finally {
    logs.restore();
  }

  expect(logs.lines.some((l) => l.level === 'error' && l.record.event === 'customer_state_delete_failed')).toBe(true);
});
