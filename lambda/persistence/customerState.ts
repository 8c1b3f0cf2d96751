/**
 * Reads and versioned writes of the customer's state, every call under the turn's deadline
 * (lambda/util/deadline.ts): the signal goes to the adapter, which aborts its request when
 * the deadline passes, and the call settles by then even if an adapter ignores it. A read is
 * made once per turn (kept in the turn's context) unless a conflict needs a fresh one.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { type Deadline, withDeadline } from '../util/deadline';
import { clearTurnSlot, getTurnSlot, setTurnSlot, turnDeadline, turnSlot } from '../turn/context';
import { log } from '../util/log';
import { retry } from '../util/retry';
import { type Attributes, VERSION_ATTRIBUTE, type VersionedPersistenceAdapter } from './adapter';
import { PersistenceConflictError, PersistenceError } from './errors';
import { type CustomerState, parseCustomerState, serializeCustomerState } from './state';

/**
 * Conflicts need another turn of the same customer in the same few milliseconds: rare. A
 * write only fails when another one succeeded in between, so N concurrent turns all land
 * within N attempts; 8 covers far more devices than one customer talks to at once.
 */
export const MAX_WRITE_ATTEMPTS = 8;

/** The attributes read (or last written) this turn. */
const STATE_READ = turnSlot<Attributes>('customerStateRead');

/**
 * The project's one retry policy (lambda/util/retry.ts) for a lost race: a short random
 * pause so racing turns do not collide again in lockstep, from 10 ms, never over 80 ms.
 */
const CONFLICT_RETRY = { maxAttempts: MAX_WRITE_ATTEMPTS, baseDelayMs: 10, maxDelayMs: 80 } as const;

async function read(input: HandlerInput, persistence: VersionedPersistenceAdapter, deadline: Deadline, fresh: boolean): Promise<Attributes> {
  const cached = getTurnSlot(input, STATE_READ);
  if (!fresh && cached !== undefined) return { ...cached };
  const attributes = await withDeadline(
    deadline,
    (signal) => persistence.getAttributes(input.requestEnvelope, signal),
    () => new PersistenceError('read (deadline passed)'),
  );
  setTurnSlot(input, STATE_READ, attributes);
  return { ...attributes };
}

/**
 * @param deadline the turn's deadline unless the caller has a shorter part of it (a launch).
 */
export async function readCustomerState(input: HandlerInput, persistence: VersionedPersistenceAdapter, deadline: Deadline = turnDeadline(input)): Promise<CustomerState> {
  return parseCustomerState(await read(input, persistence, deadline, false));
}

/** What a change decided: the new state to store (or none) and a result for the handler. */
export interface Change<R> {
  state?: CustomerState;
  result: R;
}

export async function updateCustomerState<R>(
  input: HandlerInput,
  persistence: VersionedPersistenceAdapter,
  change: (state: CustomerState) => Change<R>,
  deadline: Deadline = turnDeadline(input),
): Promise<R> {
  try {
    return await retry(
      async (_signal, attempt) => {
        // The first read may come from this turn's cache; a retry must see the other turn's write.
        const attributes = await read(input, persistence, deadline, attempt > 1).catch((err: unknown) => {
          // The customer asked for a change: a failed read means it was not saved, and says so.
          throw err instanceof PersistenceError && !(err instanceof PersistenceConflictError) ? new PersistenceError('write (the read before it failed)', { cause: err }) : err;
        });
        const decided = change(parseCustomerState(attributes));
        if (decided.state === undefined) return decided.result;
        const next: Attributes = { ...serializeCustomerState(decided.state), [VERSION_ATTRIBUTE]: attributes[VERSION_ATTRIBUTE] };
        await withDeadline(
          deadline,
          (signal) => persistence.saveAttributes(input.requestEnvelope, next, signal),
          () => new PersistenceError('write (deadline passed)'),
        );
        // The adapter moved `next` to the stored version: a second write this turn starts there.
        setTurnSlot(input, STATE_READ, next);
        return decided.result;
      },
      {
        policy: CONFLICT_RETRY,
        signal: deadline.signal,
        // Only a lost race is tried again: every other persistence failure is already past the adapter's own retries.
        classify: (err) => ({ retryable: err instanceof PersistenceConflictError }),
        onFailure: ({ attempt, retryInMs }) => {
          if (retryInMs !== undefined) log.info('persistence_conflict_retry', { attempt });
        },
      },
    );
  } catch (err) {
    if (deadline.signal.aborted && !(err instanceof PersistenceError)) throw new PersistenceError('write (deadline passed)', { cause: err });
    throw err;
  }
}

/**
 * Deletes everything stored for the customer (price watches, slots used, the saved shopping
 * context): the answer to AlexaSkillEvent.SkillDisabled. Forgets this turn's cached read too.
 */
export async function deleteCustomerState(input: HandlerInput, persistence: VersionedPersistenceAdapter, deadline: Deadline = turnDeadline(input)): Promise<void> {
  await withDeadline(
    deadline,
    (signal) => persistence.deleteAttributes(input.requestEnvelope, signal),
    () => new PersistenceError('delete (deadline passed)'),
  );
  clearTurnSlot(input, STATE_READ);
}
