/**
 * The DynamoDB item layout both sides rely on: the adapter (dynamoDbAdapter.ts) reads and writes
 * these attributes, and the CDK stack (infra/constructs/state-table.ts) creates the table with
 * them. Renaming either breaks every table already deployed. No import, so infra/ can use it
 * without pulling skill code.
 */

/** Partition key (string): one item per customer, the hashed user id. */
export const STATE_PARTITION_KEY = 'id';
/** TTL attribute: epoch seconds after which DynamoDB may delete the item. */
export const STATE_TTL_ATTRIBUTE = 'expiresAt';
/**
 * Partition keys of the shared catalog cache start with this (lambda/catalog/cache/): the
 * single-table design keeps them beside the customers' items, which are hex digests and never
 * contain '#'. They use the same TTL attribute.
 */
export const CATALOG_KEY_PREFIX = 'catalog#';
