/**
 * Reading and changing a customer's saved state through the ASK SDK's AttributesManager
 * (the skill is built `.withPersistenceAdapter(...)`). A change is a pure function of the
 * state; on a version conflict it is re-applied to a fresh read, so two concurrent turns of
 * one customer both land (e.g. two watches set from two devices at once).
 */
import type { HandlerInput } from 'ask-sdk-core';
import { log } from '../util/log';
import { VERSION_ATTRIBUTE } from './adapter';
import { PersistenceConflictError } from './errors';
import { type CustomerState, parseCustomerState, serializeCustomerState } from './state';

/**
 * Conflicts need another turn of the same customer in the same few milliseconds: rare. A
 * write only fails when another one succeeded in between, so N concurrent turns all land
 * within N attempts; 8 covers far more devices than one customer talks to at once.
 */
export const MAX_WRITE_ATTEMPTS = 8;

/** A short random pause so racing turns do not collide again in lockstep. */
function backoff(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 10 * attempt)));
}

export async function readCustomerState(input: HandlerInput): Promise<CustomerState> {
  return parseCustomerState(await input.attributesManager.getPersistentAttributes());
}

/** What a change decided: the new state to store (or none) and a result for the handler. */
export interface Change<R> {
  state?: CustomerState;
  result: R;
}

export async function updateCustomerState<R>(input: HandlerInput, change: (state: CustomerState) => Change<R>): Promise<R> {
  const am = input.attributesManager;
  for (let attempt = 1; ; attempt += 1) {
    // The first read may come from this turn's cache; a retry must see the other turn's write.
    const attributes = await am.getPersistentAttributes(attempt === 1);
    const decided = change(parseCustomerState(attributes));
    if (decided.state === undefined) return decided.result;
    am.setPersistentAttributes({ ...serializeCustomerState(decided.state), [VERSION_ATTRIBUTE]: attributes[VERSION_ATTRIBUTE] });
    try {
      await am.savePersistentAttributes();
      return decided.result;
    } catch (err) {
      if (!(err instanceof PersistenceConflictError) || attempt >= MAX_WRITE_ATTEMPTS) throw err;
      log.info('persistence_conflict_retry', { attempt });
      await backoff(attempt);
    }
  }
}
