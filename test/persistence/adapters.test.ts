/**
 * The persistence contract, run against both implementations: the in-memory one and the
 * DynamoDB one on dynalite. Versioned writes, hashed keys, TTL, and the table's key names.
 */
import { GetItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import type { VersionedPersistenceAdapter } from '../../lambda/persistence/adapter';
import { VERSION_ATTRIBUTE } from '../../lambda/persistence/adapter';
import { customerKeyFor } from '../../lambda/persistence/customerKey';
import { DynamoDbPersistenceAdapter } from '../../lambda/persistence/dynamoDbAdapter';
import { PersistenceConflictError, PersistenceError } from '../../lambda/persistence/errors';
import { persistenceFromEnvironment, persistenceKind } from '../../lambda/persistence/factory';
import { MemoryPersistenceAdapter } from '../../lambda/persistence/memoryAdapter';
import { STATE_PARTITION_KEY, STATE_TTL_ATTRIBUTE } from '../../lambda/persistence/table';
import { launchRequest, TEST_USER_ID } from '../support/envelopes';
import { type LocalDynamo, startDynalite } from './dynalite';

let dynamo: LocalDynamo;
let table = 0;

beforeAll(async () => {
  dynamo = await startDynalite();
});

afterAll(async () => {
  await dynamo.close();
});

async function freshDynamo(): Promise<{ adapter: VersionedPersistenceAdapter; tableName: string }> {
  table += 1;
  const tableName = `state-${table}`;
  await dynamo.createTable(tableName);
  return { adapter: new DynamoDbPersistenceAdapter({ tableName, endpoint: dynamo.endpoint, now: () => Date.UTC(2026, 0, 1) }), tableName };
}

const implementations: [string, () => Promise<VersionedPersistenceAdapter>][] = [
  ['memory', async () => new MemoryPersistenceAdapter()],
  ['dynamodb', async () => (await freshDynamo()).adapter],
];

describe.each(implementations)('the %s persistence adapter', (_name, make) => {
  it('returns no attributes for a new customer', async () => {
    const adapter = await make();
    expect(await adapter.getAttributes(launchRequest())).toEqual({});
  });

  it('stores attributes and returns them with their version', async () => {
    const adapter = await make();
    const envelope = launchRequest();
    const attributes: Record<string, unknown> = { usedSlots: 2, watches: [] };

    await adapter.saveAttributes(envelope, attributes);

    expect(attributes[VERSION_ATTRIBUTE]).toBe(1);
    expect(await adapter.getAttributes(envelope)).toEqual({ usedSlots: 2, watches: [], [VERSION_ATTRIBUTE]: 1 });
  });

  it('refuses a write based on a stale read, so no concurrent change is lost', async () => {
    const adapter = await make();
    const envelope = launchRequest();
    await adapter.saveAttributes(envelope, { usedSlots: 0 });
    const first = await adapter.getAttributes(envelope);
    const second = await adapter.getAttributes(envelope);

    await adapter.saveAttributes(envelope, { ...first, usedSlots: 1 });

    await expect(adapter.saveAttributes(envelope, { ...second, usedSlots: 5 })).rejects.toBeInstanceOf(PersistenceConflictError);
    expect((await adapter.getAttributes(envelope)).usedSlots).toBe(1);
  });

  it('refuses to create a customer twice from two empty reads', async () => {
    const adapter = await make();
    const envelope = launchRequest();

    await adapter.saveAttributes(envelope, { usedSlots: 1 });

    await expect(adapter.saveAttributes(envelope, { usedSlots: 2 })).rejects.toBeInstanceOf(PersistenceConflictError);
  });

  it('keeps customers apart and deletes one without touching the other', async () => {
    const adapter = await make();
    const alice = launchRequest();
    const bob = launchRequest({ userId: 'amzn1.ask.account.BOB' });
    await adapter.saveAttributes(alice, { who: 'alice' });
    await adapter.saveAttributes(bob, { who: 'bob' });

    await adapter.deleteAttributes?.(alice);

    expect(await adapter.getAttributes(alice)).toEqual({});
    expect((await adapter.getAttributes(bob)).who).toBe('bob');
  });
});

describe('the DynamoDB item', () => {
  it('is keyed by a hash of the user id under the stack partition key, with a TTL in epoch seconds', async () => {
    const { adapter, tableName } = await freshDynamo();

    await adapter.saveAttributes(launchRequest(), { usedSlots: 3 });

    const scan = await dynamo.client.send(new ScanCommand({ TableName: tableName }));
    expect(JSON.stringify(scan.Items)).not.toContain(TEST_USER_ID);
    const item = await dynamo.client.send(new GetItemCommand({ TableName: tableName, Key: { [STATE_PARTITION_KEY]: { S: customerKeyFor(TEST_USER_ID) } } }));
    expect(item.Item?.[STATE_PARTITION_KEY]?.S).toMatch(/^[0-9a-f]{64}$/);
    expect(Number(item.Item?.[STATE_TTL_ATTRIBUTE]?.N)).toBe(Math.floor(Date.UTC(2026, 0, 1) / 1000) + 365 * 24 * 3600);
    expect(item.Item?.version?.N).toBe('1');
  });

  it('turns an unreachable table into a PersistenceError', async () => {
    const adapter = new DynamoDbPersistenceAdapter({ tableName: 'state', endpoint: 'http://127.0.0.1:9', requestTimeoutMs: 200 });

    await expect(adapter.getAttributes(launchRequest())).rejects.toBeInstanceOf(PersistenceError);
  });

  it('turns a missing table into a PersistenceError, not a conflict', async () => {
    const adapter = new DynamoDbPersistenceAdapter({ tableName: 'no-such-table', endpoint: dynamo.endpoint });

    const failure = adapter.saveAttributes(launchRequest(), { usedSlots: 1 });

    await expect(failure).rejects.toBeInstanceOf(PersistenceError);
    await expect(failure).rejects.not.toBeInstanceOf(PersistenceConflictError);
  });
});

describe('choosing the persistence from the environment', () => {
  const from = (vars: Record<string, string>) => (name: string) => vars[name];

  it.each([
    [{}, 'memory'],
    [{ TABLE_NAME: 'state' }, 'dynamodb'],
    [{ TABLE_NAME: 'state', PERSISTENCE: 'memory' }, 'memory'],
    [{ PERSISTENCE: 'DynamoDB', TABLE_NAME: 'state' }, 'dynamodb'],
  ])('picks %j → %s', (vars, kind) => {
    expect(persistenceKind(from(vars))).toBe(kind);
    expect(persistenceFromEnvironment(from(vars)).kind).toBe(kind);
  });

  it('refuses dynamodb without a table name and an unknown kind', () => {
    expect(() => persistenceFromEnvironment(from({ PERSISTENCE: 'dynamodb' }))).toThrow(PersistenceError);
    expect(() => persistenceFromEnvironment(from({ PERSISTENCE: 'redis' }))).toThrow(PersistenceError);
  });
});
