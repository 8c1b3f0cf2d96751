/**
 * DynamoDB persistence over the skill's own signed JSON client (`lambda/aws/awsJsonClient.ts`),
 * bundled: no AWS SDK is loaded on the cold path. `@aws-sdk/client-dynamodb` with
 * `lib-dynamodb` cost about 105 ms to load before the first read, on every new container, and
 * this adapter needs three operations. Not `ask-sdk-dynamodb-persistence-adapter` either: it
 * pulls in aws-sdk v2, slower still (see bench/RESULTS.md).
 *
 * Item: `id` (partition key, string: the hashed user id), `attributes` (map), `version`
 * (number), `expiresAt` (TTL, epoch seconds): the key and TTL names the CDK stack creates
 * (./table.ts, shared with infra/constructs/state-table.ts). Writes are conditional on the version read. The item
 * format is the one the earlier `lib-dynamodb` adapter wrote, so stored state reads back.
 *
 * Every method takes an optional trailing `signal`: when it aborts, the request in flight
 * is destroyed and the call rejects with a PersistenceError caused by the signal's reason. Any other failure is a
 * PersistenceError (PersistenceConflictError when the version condition failed).
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { AwsAnswerError, type AwsJsonClient, AwsServiceError } from '../aws/awsJsonClient';
import { dynamoDbClient } from '../aws/dynamodb';
import { describeError, log } from '../util/log';
import { type Attributes, VERSION_ATTRIBUTE, type VersionedPersistenceAdapter, versionOf, withoutVersion } from './adapter';
import { type AttributeValue, fromAttributeMap, toAttributeMap } from './attributeValues';
import { customerKey } from './customerKey';
import { PersistenceConflictError, PersistenceError } from './errors';
import { STATE_PARTITION_KEY as PARTITION_KEY, STATE_TTL_ATTRIBUTE as TTL_ATTRIBUTE } from './table';
import { isRecord } from '../util/guards';
import { reportConfigurationFailure } from '../aws/configurationFailure';

/** A customer who has not used the skill for a year loses saved watches and searches. */
export const STATE_TTL_SECONDS = 365 * 24 * 3600;

export interface DynamoDbAdapterOptions {
  tableName: string;
  /** DYNAMODB_ENDPOINT: dynalite in tests, a local endpoint in the simulator. */
  endpoint?: string;
  /** @default AWS_REGION */
  region?: string;
  /** Per-attempt timeout: a slow table must not eat Alexa's 8 s. The attempt is destroyed. @default 1500 */
  requestTimeoutMs?: number;
  /** Attempts per call, the first included (throttling, 5xx, timeouts, network errors). @default 2 */
  maxAttempts?: number;
  /** First backoff ceiling (full jitter). @default 50 */
  retryBaseDelayMs?: number;
  /** The clock the TTL is computed from. @default Date.now */
  now?: () => number;
}

type Item = Record<string, AttributeValue>;

/**
 * GetItem's answer (DynamoDB API reference, GetItem "Response Syntax"): `{}` when there is no
 * item, else `Item`, a map of attribute values. Anything else is an answer not to trust.
 */
function getItemAnswer(answer: Record<string, unknown>): Item | undefined {
  const item = answer['Item'];
  if (item === undefined) return undefined;
  if (!isRecord(item) || !Object.values(item).every(isRecord)) throw new AwsAnswerError('GetItem answered an Item that is not an attribute map');
  return item as Item;
}

export class DynamoDbPersistenceAdapter implements VersionedPersistenceAdapter {
  readonly kind = 'dynamodb';
  private client: AwsJsonClient | undefined;
  private readonly now: () => number;

  constructor(private readonly options: DynamoDbAdapterOptions) {
    if (options.tableName.trim() === '') throw new PersistenceError('setup (TABLE_NAME is empty)');
    this.now = options.now ?? Date.now;
  }

  /** Made on first use: the region is read then, and a configuration error is a turn's PersistenceError. */
  private dynamo(): AwsJsonClient {
    this.client ??= dynamoDbClient({
      endpoint: this.options.endpoint,
      region: this.options.region,
      attemptTimeoutMs: this.options.requestTimeoutMs ?? 1500,
      maxAttempts: this.options.maxAttempts ?? 2,
      baseDelayMs: this.options.retryBaseDelayMs ?? 50,
      // Signed with the real clock: `now` moves the TTL in tests, not the signature's time.
    });
    return this.client;
  }

  async getAttributes(envelope: RequestEnvelope, signal?: AbortSignal): Promise<Attributes> {
    const id = customerKey(envelope);
    let stored: Item | undefined;
    try {
      // Strongly consistent: the version read must be the latest, or every write would conflict.
      stored = await this.dynamo().call(
        'GetItem',
        { TableName: this.options.tableName, Key: { [PARTITION_KEY]: { S: id } }, ConsistentRead: true },
        { signal, parse: getItemAnswer },
      );
    } catch (err) {
      throw this.failure('read', err, signal);
    }
    if (stored === undefined) return {};
    let item: Record<string, unknown>;
    try {
      item = fromAttributeMap(stored);
    } catch (err) {
      throw this.failure('read', err, undefined);
    }
    const attributes = isRecord(item.attributes) ? (item.attributes as Attributes) : {};
    const version = typeof item.version === 'number' ? item.version : 0;
    return { ...attributes, [VERSION_ATTRIBUTE]: version };
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Attributes, signal?: AbortSignal): Promise<void> {
    const id = customerKey(envelope);
    const expected = versionOf(attributes);
    const next = expected + 1;
    try {
      const item = toAttributeMap({
        [PARTITION_KEY]: id,
        attributes: withoutVersion(attributes),
        version: next,
        [TTL_ATTRIBUTE]: Math.floor(this.now() / 1000) + STATE_TTL_SECONDS,
      });
      await this.dynamo().call(
        'PutItem',
        {
          TableName: this.options.tableName,
          Item: item,
          ConditionExpression: expected === 0 ? 'attribute_not_exists(#id)' : '#version = :expected',
          ExpressionAttributeNames: expected === 0 ? { '#id': PARTITION_KEY } : { '#version': 'version' },
          ...(expected === 0 ? {} : { ExpressionAttributeValues: { ':expected': { N: String(expected) } } }),
        },
        { signal },
      );
    } catch (err) {
      if (err instanceof AwsServiceError && err.type === 'ConditionalCheckFailedException') throw new PersistenceConflictError();
      throw this.failure('write', err, signal);
    }
    attributes[VERSION_ATTRIBUTE] = next;
  }

  async deleteAttributes(envelope: RequestEnvelope, signal?: AbortSignal): Promise<void> {
    const id = customerKey(envelope);
    try {
      await this.dynamo().call('DeleteItem', { TableName: this.options.tableName, Key: { [PARTITION_KEY]: { S: id } } }, { signal });
    } catch (err) {
      throw this.failure('delete', err, signal);
    }
  }

  /**
   * Every failure is a PersistenceError, as the adapter contract says (adapter.ts); an abort
   * (the turn's deadline) is logged as such, not as a failing table, and keeps its reason as the cause.
   */
  private failure(operation: 'read' | 'write' | 'delete', err: unknown, signal: AbortSignal | undefined): PersistenceError {
    if (signal?.aborted && err === signal.reason) {
      log.info(`persistence_${operation}_aborted`, {});
      return new PersistenceError(`${operation} (deadline passed)`, { cause: err });
    }
    // A broken deployment (credentials, permissions, no table) is an error for operators, with a metric.
    if (!reportConfigurationFailure('dynamodb', operation, err)) log.warn(`persistence_${operation}_failed`, describeError(err));
    return new PersistenceError(operation, { cause: err });
  }
}
