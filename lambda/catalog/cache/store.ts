/**
 * The shared tier of the catalog cache: items in the skill's state table (single-table design,
 * keys under CATALOG_KEY_PREFIX), read and written with the skill's own DynamoDB client
 * (lambda/aws/awsJsonClient.ts), so every container sees what any of them fetched.
 *
 * Item: `id` (the cache key), `body` (the API's answer as JSON text: one attribute, nothing to
 * convert), `fetchedAt` and `freshUntil` (epoch ms), `expiresAt` (epoch seconds: the table's
 * TTL attribute, after which DynamoDB deletes the item within a few days; reads treat an item
 * past it as absent, since it may still be there). A refresh lease is an item of its own
 * (`<key>#lease`, `leaseUntil`) taken with a conditional PutItem: the one container that takes
 * it calls the API, the others serve what they have or wait briefly for its answer.
 */
import { type AwsJsonClient, AwsServiceError } from '../../aws/awsJsonClient';
import { dynamoDbClient } from '../../aws/dynamodb';
import { type AttributeValue, fromAttributeMap } from '../../persistence/attributeValues';
import { STATE_PARTITION_KEY as PARTITION_KEY, STATE_TTL_ATTRIBUTE as TTL_ATTRIBUTE } from '../../persistence/table';

/**
 * DynamoDB refuses items over 400 KB ("Service, account, and table quotas in Amazon DynamoDB":
 * item size, names included). An answer whose JSON is larger than this is kept in the
 * container's LRU only; the margin covers the other attributes and the key.
 */
export const MAX_CACHE_ITEM_BYTES = 300 * 1024;

export interface CachedEntry {
  key: string;
  /** The API's answer, as JSON text. */
  body: string;
  fetchedAt: number;
  freshUntil: number;
  /** Epoch ms; written as epoch seconds to the TTL attribute. */
  expiresAt: number;
}

export interface CatalogStore {
  /** The entry, or undefined when there is none or it is past `expiresAt` at `now`. */
  get(key: string, now: number, signal: AbortSignal, consistent?: boolean): Promise<CachedEntry | undefined>;
  /** Writes the entry; false when it is too large to share (nothing written). */
  put(entry: CachedEntry, signal: AbortSignal): Promise<boolean>;
  /** Takes the key's refresh lease until `now + ms`; false when another holder's lease runs. */
  lease(key: string, now: number, ms: number, signal: AbortSignal): Promise<boolean>;
  /** Gives the lease up after a failed call, so no other container waits for an answer that will not come. */
  release(key: string, signal: AbortSignal): Promise<void>;
}

export interface DynamoCatalogStoreOptions {
  tableName: string;
  endpoint?: string;
  region?: string;
  /** Per attempt: a cache that is slower than the API is worth nothing. @default 400 */
  attemptTimeoutMs?: number;
}

type Item = Record<string, AttributeValue>;

export class DynamoCatalogStore implements CatalogStore {
  private client: AwsJsonClient | undefined;

  constructor(private readonly options: DynamoCatalogStoreOptions) {}

  private dynamo(): AwsJsonClient {
    this.client ??= dynamoDbClient({
      endpoint: this.options.endpoint,
      region: this.options.region,
      attemptTimeoutMs: this.options.attemptTimeoutMs ?? 400,
      // One retry: a cache read that fails twice is a miss, not a reason to keep the customer waiting.
      maxAttempts: 2,
      baseDelayMs: 25,
    });
    return this.client;
  }

  async get(key: string, now: number, signal: AbortSignal, consistent = false): Promise<CachedEntry | undefined> {
    const out = await this.dynamo().call<{ Item?: Item }>(
      'GetItem',
      { TableName: this.options.tableName, Key: { [PARTITION_KEY]: { S: key } }, ConsistentRead: consistent },
      { signal },
    );
    if (out.Item === undefined) return undefined;
    const item = fromAttributeMap(out.Item);
    const { body, fetchedAt, freshUntil } = item as { body?: unknown; fetchedAt?: unknown; freshUntil?: unknown };
    const expiresAt = item[TTL_ATTRIBUTE];
    if (typeof body !== 'string' || typeof fetchedAt !== 'number' || typeof freshUntil !== 'number' || typeof expiresAt !== 'number') return undefined;
    // DynamoDB deletes expired items in the background, days later at worst: an item past its TTL is absent.
    if (expiresAt * 1000 <= now) return undefined;
    return { key, body, fetchedAt, freshUntil, expiresAt: expiresAt * 1000 };
  }

  async put(entry: CachedEntry, signal: AbortSignal): Promise<boolean> {
    if (Buffer.byteLength(entry.body) > MAX_CACHE_ITEM_BYTES) return false;
    await this.dynamo().call(
      'PutItem',
      {
        TableName: this.options.tableName,
        Item: {
          [PARTITION_KEY]: { S: entry.key },
          body: { S: entry.body },
          fetchedAt: { N: String(entry.fetchedAt) },
          freshUntil: { N: String(entry.freshUntil) },
          [TTL_ATTRIBUTE]: { N: String(Math.ceil(entry.expiresAt / 1000)) },
        },
      },
      { signal },
    );
    return true;
  }

  async lease(key: string, now: number, ms: number, signal: AbortSignal): Promise<boolean> {
    try {
      await this.dynamo().call(
        'PutItem',
        {
          TableName: this.options.tableName,
          Item: {
            [PARTITION_KEY]: { S: `${key}#lease` },
            leaseUntil: { N: String(now + ms) },
            [TTL_ATTRIBUTE]: { N: String(Math.ceil((now + ms) / 1000) + 60) },
          },
          ConditionExpression: 'attribute_not_exists(#id) OR #until < :now',
          ExpressionAttributeNames: { '#id': PARTITION_KEY, '#until': 'leaseUntil' },
          ExpressionAttributeValues: { ':now': { N: String(now) } },
        },
        { signal },
      );
      return true;
    } catch (err) {
      if (err instanceof AwsServiceError && err.type === 'ConditionalCheckFailedException') return false;
      throw err;
    }
  }

  async release(key: string, signal: AbortSignal): Promise<void> {
    await this.dynamo().call('DeleteItem', { TableName: this.options.tableName, Key: { [PARTITION_KEY]: { S: `${key}#lease` } } }, { signal });
  }
}
