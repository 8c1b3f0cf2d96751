/**
 * In-memory persistence for local runs and unit tests (`PERSISTENCE=memory`, the default
 * without TABLE_NAME). Same contract as the DynamoDB one, versions and conflicts included;
 * values are kept as JSON text, as a table keeps them, so a handler's later edits never leak
 * into the store and what cannot be stored as JSON does not come back (parsing the text is
 * about half the cost of structuredClone on every read of the benchmark's warm turns).
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { type Attributes, VERSION_ATTRIBUTE, type VersionedPersistenceAdapter, versionOf, withoutVersion } from './adapter';
import { customerKey } from './customerKey';
import { PersistenceConflictError, PersistenceError } from './errors';

interface Stored {
  /** The attributes as JSON text. */
  json: string;
  version: number;
}

export class MemoryPersistenceAdapter implements VersionedPersistenceAdapter {
  readonly kind = 'memory';
  private readonly items = new Map<string, Stored>();

  getAttributes(envelope: RequestEnvelope, signal?: AbortSignal): Promise<Attributes> {
    if (signal?.aborted === true) return Promise.reject(new PersistenceError('read (deadline passed)'));
    const stored = this.items.get(customerKey(envelope));
    if (stored === undefined) return Promise.resolve({});
    return Promise.resolve({ ...(JSON.parse(stored.json) as Attributes), [VERSION_ATTRIBUTE]: stored.version });
  }

  saveAttributes(envelope: RequestEnvelope, attributes: Attributes, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted === true) return Promise.reject(new PersistenceError('write (deadline passed)'));
    const key = customerKey(envelope);
    const expected = versionOf(attributes);
    const current = this.items.get(key)?.version ?? 0;
    if (current !== expected) return Promise.reject(new PersistenceConflictError());
    const next = expected + 1;
    this.items.set(key, { json: JSON.stringify(withoutVersion(attributes)), version: next });
    // The caller's object now matches the store, so a second save in the same turn works.
    attributes[VERSION_ATTRIBUTE] = next;
    return Promise.resolve();
  }

  deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    this.items.delete(customerKey(envelope));
    return Promise.resolve();
  }

  /** How many customers are stored (tests). */
  size(): number {
    return this.items.size;
  }

  /** The stored keys (tests check they are hashes, not user ids). */
  keys(): string[] {
    return [...this.items.keys()];
  }
}
