/**
 * The DynamoDB adapter when the table misbehaves: throttling is retried, a failed condition
 * is not, a hung endpoint is cut off by the per-attempt timeout (fake timers: no wall clock),
 * and a caller's AbortSignal destroys the request in flight. dynalite behind a fault front.
 */
import { AttemptTimeoutError } from '../../lambda/util/retry';
import { DynamoDbPersistenceAdapter } from '../../lambda/persistence/dynamoDbAdapter';
import { PersistenceConflictError, PersistenceError } from '../../lambda/persistence/errors';
import { launchRequest } from '../support/envelopes';
import { type DynamoFront, startDynamoFront } from './dynamoFront';
import { type LocalDynamo, startDynalite } from './dynalite';

let dynamo: LocalDynamo;
let front: DynamoFront;
let tables = 0;

beforeAll(async () => {
  dynamo = await startDynalite();
});

afterAll(async () => {
  await dynamo.close();
});

beforeEach(async () => {
  front = await startDynamoFront(dynamo.endpoint);
});

afterEach(async () => {
  jest.useRealTimers();
  await front.close();
});

async function adapter(options: { maxAttempts?: number; requestTimeoutMs?: number } = {}): Promise<DynamoDbPersistenceAdapter> {
  tables += 1;
  const tableName = `faults-${tables}`;
  await dynamo.createTable(tableName);
  // No backoff wait: these tests count attempts, they do not time them.
  return new DynamoDbPersistenceAdapter({ tableName, endpoint: front.endpoint, retryBaseDelayMs: 0, ...options });
}

describe('throttling', () => {
  it('retries a throttled read and returns the stored state', async () => {
    const store = await adapter();
    await store.saveAttributes(launchRequest(), { usedSlots: 2 });
    const before = front.requests.length;
    front.throttleNext(1);

    const attributes = await store.getAttributes(launchRequest());

    expect(attributes.usedSlots).toBe(2);
    expect(front.requests.slice(before).map((r) => [r.target, r.fault])).toEqual([
      ['DynamoDB_20120810.GetItem', 'throttle'],
      ['DynamoDB_20120810.GetItem', 'none'],
    ]);
    expect(front.requests.every((r) => r.signed)).toBe(true);
  });

  it('gives up after its attempts with a PersistenceError, not a conflict', async () => {
    const store = await adapter({ maxAttempts: 3 });
    const before = front.requests.length;
    front.throttleNext(3);

    const failure = store.saveAttributes(launchRequest(), { usedSlots: 1 });

    await expect(failure).rejects.toBeInstanceOf(PersistenceError);
    await expect(failure).rejects.not.toBeInstanceOf(PersistenceConflictError);
    expect(front.requests.length - before).toBe(3);
  });

  it('never retries a failed version condition: the caller re-reads instead', async () => {
    const store = await adapter({ maxAttempts: 3 });
    await store.saveAttributes(launchRequest(), { usedSlots: 1 });
    const before = front.requests.length;

    await expect(store.saveAttributes(launchRequest(), { usedSlots: 2 })).rejects.toBeInstanceOf(PersistenceConflictError);
    expect(front.requests.length - before).toBe(1);
  });
});

describe('a hung endpoint', () => {
  it('is cut off after the per-attempt timeout, retried once, then reported as a PersistenceError', async () => {
    const store = await adapter({ maxAttempts: 2, requestTimeoutMs: 1500 });
    const before = front.requests.length;
    front.hangNext(2);
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });

    const failure = store.getAttributes(launchRequest()).catch((err: unknown) => err);
    await front.received(before + 1);
    await jest.advanceTimersByTimeAsync(1500);
    await front.received(before + 2);
    await jest.advanceTimersByTimeAsync(1500);
    const error = await failure;

    expect(error).toBeInstanceOf(PersistenceError);
    expect((error as Error).cause).toBeInstanceOf(AttemptTimeoutError);
    // Both stalled requests were destroyed, not left running past the turn.
    await front.hungClosed(2);
  });

  it('stops waiting when the caller aborts, as a PersistenceError caused by the caller’s reason, and closes the request', async () => {
    const store = await adapter({ maxAttempts: 3, requestTimeoutMs: 60_000 });
    const before = front.requests.length;
    front.hangNext(1);
    const controller = new AbortController();
    const reason = new Error('turn deadline');

    const failure = store.getAttributes(launchRequest(), controller.signal).catch((err: unknown) => err);
    await front.received(before + 1);
    controller.abort(reason);

    const error = await failure;
    expect(error).toBeInstanceOf(PersistenceError);
    expect((error as Error).cause).toBe(reason);
    await front.hungClosed(1);
    expect(front.requests.length - before).toBe(1);
  });

  it('sends nothing when the signal has already fired', async () => {
    const store = await adapter();
    const before = front.requests.length;
    const controller = new AbortController();
    controller.abort();

    const error = await store.saveAttributes(launchRequest(), { usedSlots: 1 }, controller.signal).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(PersistenceError);
    expect((error as Error).cause).toMatchObject({ name: 'AbortError' });
    expect(front.requests.length).toBe(before);
  });
});

describe('answers DynamoDB should never give', () => {
  it.each([
    ['an empty body', ''],
    ['a null body', 'null'],
    ['a body that is not JSON', '<html>502</html>'],
    ['a JSON array', '[]'],
  ])('a 200 with %s on a write is no success: retried, then a PersistenceError, and the customer keeps what was stored', async (_name, body) => {
    const store = await adapter({ maxAttempts: 2 });
    await store.saveAttributes(launchRequest(), { usedSlots: 1 });
    const before = front.requests.length;
    front.answerNext(2, { status: 200, body });

    const failure = store.saveAttributes(launchRequest(), { usedSlots: 2 });

    await expect(failure).rejects.toBeInstanceOf(PersistenceError);
    expect(front.requests.slice(before).map((r) => r.fault)).toEqual(['answer', 'answer']);
    expect((await store.getAttributes(launchRequest())).usedSlots).toBe(1);
  });

  it('a write whose first answer was empty is retried and lands', async () => {
    const store = await adapter({ maxAttempts: 2 });
    const before = front.requests.length;
    front.answerNext(1, { status: 200, body: '' });

    await store.saveAttributes(launchRequest(), { usedSlots: 3 });

    expect(front.requests.slice(before).map((r) => [r.target, r.fault])).toEqual([
      ['DynamoDB_20120810.PutItem', 'answer'],
      ['DynamoDB_20120810.PutItem', 'none'],
    ]);
    expect((await store.getAttributes(launchRequest())).usedSlots).toBe(3);
  });

  it.each([
    ['a null body', 'null'],
    ['an Item that is not a map', '{"Item":5}'],
    ['an Item whose attribute is not an attribute value', '{"Item":{"id":"abc"}}'],
  ])('a read answered with %s is a PersistenceError, not a TypeError', async (_name, body) => {
    const store = await adapter({ maxAttempts: 2 });
    front.answerNext(2, { status: 200, body });

    const error = await store.getAttributes(launchRequest()).catch((err: unknown) => err);

    expect(error).toBeInstanceOf(PersistenceError);
    expect((error as Error).cause).toMatchObject({ name: 'AwsAnswerError' });
  });

  it('an answer that does not match its x-amz-crc32 is retried; the table’s own checksums pass', async () => {
    const store = await adapter({ maxAttempts: 2 });
    await store.saveAttributes(launchRequest(), { usedSlots: 4 });
    const before = front.requests.length;
    front.corruptNext(1);

    const attributes = await store.getAttributes(launchRequest());

    expect(attributes.usedSlots).toBe(4);
    expect(front.requests.slice(before).map((r) => r.fault)).toEqual(['corrupt', 'none']);
  });

  it('an answer whose x-amz-crc32 is wrong fails the read when every attempt has it', async () => {
    const store = await adapter({ maxAttempts: 2 });
    front.answerNext(2, { status: 200, body: '{}', headers: { 'x-amz-crc32': '1' } });

    await expect(store.getAttributes(launchRequest())).rejects.toBeInstanceOf(PersistenceError);
  });
});
