/**
 * The persistence edge: the ASK SDK's `PersistenceAdapter`, with optimistic concurrency.
 * `getAttributes` returns the stored attributes plus their version under VERSION_ATTRIBUTE;
 * `saveAttributes` writes only if the stored version is still that one, else throws
 * PersistenceConflictError. Two turns of one customer (two devices, a retry) then cannot
 * silently overwrite each other; see customerState.ts for the re-read and re-apply.
 *
 * Every call takes an optional AbortSignal: the turn's deadline (lambda/util/deadline.ts).
 * An implementation aborts its request (closes the socket) when it fires and rejects with a
 * PersistenceError. The extra parameter keeps the interface an ASK SDK PersistenceAdapter.
 */
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

/** Carried inside the attributes object so it survives the SDK's AttributesManager round trip. */
export const VERSION_ATTRIBUTE = '_version';

export type Attributes = Record<string, unknown>;

export interface VersionedPersistenceAdapter extends PersistenceAdapter {
  /** Which implementation, for logs. */
  readonly kind: 'memory' | 'dynamodb';
  getAttributes(requestEnvelope: RequestEnvelope, signal?: AbortSignal): Promise<Attributes>;
  saveAttributes(requestEnvelope: RequestEnvelope, attributes: Attributes, signal?: AbortSignal): Promise<void>;
  deleteAttributes(requestEnvelope: RequestEnvelope, signal?: AbortSignal): Promise<void>;
}

/** The version an attributes object was read at: 0 = never stored. */
export function versionOf(attributes: Attributes): number {
  const v = attributes[VERSION_ATTRIBUTE];
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : 0;
}

/** The attributes to store: everything but the version marker. */
export function withoutVersion(attributes: Attributes): Attributes {
  const { [VERSION_ATTRIBUTE]: _ignored, ...rest } = attributes;
  return rest;
}
