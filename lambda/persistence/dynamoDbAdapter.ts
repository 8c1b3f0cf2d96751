/**
 * DynamoDB persistence on AWS SDK v3 (`@aws-sdk/lib-dynamodb`). The SDK ships in the Lambda
 * Node.js runtimes and stays external to the bundle (infra/bundle.ts); it is loaded on the
 * first read, so requests that never touch customer state never pay for it. Not
 * `ask-sdk-dynamodb-persistence-adapter`: it pulls in aws-sdk v2 (FIELD-GUIDE.md: 9.9 MB,
 * ~730 ms cold load).
 *
 * Item: `id` (partition key, string: the hashed user id), `attributes` (map), `version`
 * (number), `expiresAt` (TTL, epoch seconds): the key and TTL names the CDK stack creates
 * (./table.ts, shared with infra/constructs/state-table.ts). Writes are conditional on the version read.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RequestEnvelope } from 'ask-sdk-model';
import { describeError, log } from '../util/log';
import { type Attributes, VERSION_ATTRIBUTE, type VersionedPersistenceAdapter, versionOf, withoutVersion } from './adapter';
import { customerKey } from './customerKey';
import { PersistenceConflictError, PersistenceError } from './errors';
import { STATE_PARTITION_KEY as PARTITION_KEY, STATE_TTL_ATTRIBUTE as TTL_ATTRIBUTE } from './table';

/** A customer who has not used the skill for a year loses saved watches and searches. */
export const STATE_TTL_SECONDS = 365 * 24 * 3600;

export interface DynamoDbAdapterOptions {
  tableName: string;
  /** DYNAMODB_ENDPOINT: dynalite in tests, a local endpoint in the simulator. */
  endpoint?: string;
  /** Per-attempt timeout: a slow table must not eat Alexa's 8 s. @default 1500 */
  requestTimeoutMs?: number;
  /** @default Date.now */
  now?: () => number;
}

export class DynamoDbPersistenceAdapter implements VersionedPersistenceAdapter {
  readonly kind = 'dynamodb';
  private client: Promise<DynamoDBDocumentClient> | undefined;
  private readonly now: () => number;

  constructor(private readonly options: DynamoDbAdapterOptions) {
    if (options.tableName.trim() === '') throw new PersistenceError('setup (TABLE_NAME is empty)');
    this.now = options.now ?? Date.now;
  }

  private documentClient(): Promise<DynamoDBDocumentClient> {
    if (this.client === undefined) {
      const { endpoint, requestTimeoutMs = 1500 } = this.options;
      this.client = Promise.all([import('@aws-sdk/client-dynamodb'), import('@aws-sdk/lib-dynamodb')]).then(([ddb, lib]) =>
        lib.DynamoDBDocumentClient.from(
          new ddb.DynamoDBClient({
            ...(endpoint === undefined ? {} : { endpoint, region: process.env.AWS_REGION ?? 'us-east-1' }),
            maxAttempts: 2,
            requestHandler: { requestTimeout: requestTimeoutMs, connectionTimeout: 500 },
          }),
          { marshallOptions: { removeUndefinedValues: true } },
        ),
      );
    }
    return this.client;
  }

  async getAttributes(envelope: RequestEnvelope): Promise<Attributes> {
    const id = customerKey(envelope);
    const { GetCommand } = await import('@aws-sdk/lib-dynamodb');
    try {
      const client = await this.documentClient();
      // Strongly consistent: the version read must be the latest, or every write would conflict.
      const out = await client.send(new GetCommand({ TableName: this.options.tableName, Key: { [PARTITION_KEY]: id }, ConsistentRead: true }));
      const item = out.Item;
      if (item === undefined) return {};
      const attributes = typeof item.attributes === 'object' && item.attributes !== null ? (item.attributes as Attributes) : {};
      const version = typeof item.version === 'number' ? item.version : 0;
      return { ...attributes, [VERSION_ATTRIBUTE]: version };
    } catch (err) {
      log.warn('persistence_read_failed', describeError(err));
      throw new PersistenceError('read', { cause: err });
    }
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Attributes): Promise<void> {
    const id = customerKey(envelope);
    const expected = versionOf(attributes);
    const next = expected + 1;
    const { PutCommand } = await import('@aws-sdk/lib-dynamodb');
    try {
      const client = await this.documentClient();
      await client.send(
        new PutCommand({
          TableName: this.options.tableName,
          Item: {
            [PARTITION_KEY]: id,
            attributes: withoutVersion(attributes),
            version: next,
            [TTL_ATTRIBUTE]: Math.floor(this.now() / 1000) + STATE_TTL_SECONDS,
          },
          ConditionExpression: expected === 0 ? 'attribute_not_exists(#id)' : '#version = :expected',
          ExpressionAttributeNames: expected === 0 ? { '#id': PARTITION_KEY } : { '#version': 'version' },
          ...(expected === 0 ? {} : { ExpressionAttributeValues: { ':expected': expected } }),
        }),
      );
    } catch (err) {
      if (err instanceof Error && err.name === 'ConditionalCheckFailedException') throw new PersistenceConflictError();
      log.warn('persistence_write_failed', describeError(err));
      throw new PersistenceError('write', { cause: err });
    }
    attributes[VERSION_ATTRIBUTE] = next;
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const id = customerKey(envelope);
    const { DeleteCommand } = await import('@aws-sdk/lib-dynamodb');
    try {
      const client = await this.documentClient();
      await client.send(new DeleteCommand({ TableName: this.options.tableName, Key: { [PARTITION_KEY]: id } }));
    } catch (err) {
      log.warn('persistence_delete_failed', describeError(err));
      throw new PersistenceError('delete', { cause: err });
    }
  }
}
