/**
 * Chooses the persistence from the environment: PERSISTENCE=memory|dynamodb, defaulting to
 * dynamodb when TABLE_NAME is set and memory otherwise, so a local run needs no AWS at all.
 */
import { EnvNames, env } from '../config/env';
import type { VersionedPersistenceAdapter } from './adapter';
import { DynamoDbPersistenceAdapter } from './dynamoDbAdapter';
import { PersistenceError } from './errors';
import { MemoryPersistenceAdapter } from './memoryAdapter';

export type PersistenceKind = 'memory' | 'dynamodb';

export function persistenceKind(read: (name: string) => string | undefined = env): PersistenceKind {
  const configured = read(EnvNames.Persistence)?.toLowerCase();
  if (configured === 'memory' || configured === 'dynamodb') return configured;
  if (configured !== undefined) throw new PersistenceError(`setup (PERSISTENCE must be memory or dynamodb, not ${configured})`);
  return read(EnvNames.TableName) === undefined ? 'memory' : 'dynamodb';
}

export function persistenceFromEnvironment(read: (name: string) => string | undefined = env): VersionedPersistenceAdapter {
  if (persistenceKind(read) === 'memory') return new MemoryPersistenceAdapter();
  const tableName = read(EnvNames.TableName);
  if (tableName === undefined) throw new PersistenceError('setup (PERSISTENCE=dynamodb needs TABLE_NAME)');
  const endpoint = read(EnvNames.DynamoDbEndpoint);
  return new DynamoDbPersistenceAdapter(endpoint === undefined ? { tableName } : { tableName, endpoint });
}
