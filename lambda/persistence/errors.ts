/** Persistence failures: a read or write of the customer's saved state did not happen. */
import { SkillError } from '../errors';
import type { MessageKey } from '../i18n';

export class PersistenceError extends SkillError {
  readonly code: string = 'Persistence';
  /** A failed read is not a failed save: the customer hears which one it was. */
  readonly speechKey: MessageKey;
  override readonly repromptKey: MessageKey = 'WHAT_NEXT';
  constructor(operation: string, options?: { cause?: unknown }) {
    super(`customer state ${operation} failed`, {}, options);
    this.speechKey = operation.startsWith('read') ? 'PERSISTENCE_READ_FAILED' : 'PERSISTENCE_FAILED';
  }
}

/**
 * Another turn of the same customer wrote first (optimistic concurrency). Callers re-read and
 * re-apply their change; it reaches the customer only when retries run out.
 */
export class PersistenceConflictError extends PersistenceError {
  override readonly code: string = 'PersistenceConflict';
  constructor() {
    super('write (version conflict)');
  }
}
