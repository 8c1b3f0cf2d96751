/**
 * The one place the shopping context is saved and brought back. A purchase flow (Buy,
 * Upsell, Cancel) ends the session and Alexa returns with a `Connections.Response` in a new
 * one; a Shopping Action may too; and a customer who leaves comes back another day ("Last
 * time you looked at coffee. Want to go back to it?"). Before a flow starts, and when a
 * session with a list ends, the whole ShoppingState (whatever
 * fields it has, read through the session's validating parser) is saved with the customer's
 * persisted state under a random id, and the id travels in the signed token. When the
 * answer comes back with that id, within CONTEXT_MAX_AGE_MS, and the session has no list of
 * its own, the saved state is put back through the same parser, so "the third one", "next"
 * and "compare offers" act on the same list.
 *
 * Bounded: the token carries 8 characters, not the list (tokens travel in directives), and a
 * saved state over MAX_CONTEXT_BYTES keeps only the page in view.
 *
 * Which store holds what, and why:
 * - Session attributes (session/index.ts, SessionKeys): only what Alexa carries between the
 *   turns of one session: the list being read (ShoppingState), the last answer, the yes/no
 *   question and the "which one?" action pending, the stage, how far offers were read. They
 *   end with the session and come back from the device, so they are re-validated every turn.
 * - The customer's persisted state (persistence/state.ts, DynamoDB in Lambda): what outlives
 *   a session: price watches, slots used, and this saved shopping context, one at a time
 *   (a later flow or session replaces it), for CONTEXT_MAX_AGE_MS.
 * - Signed tokens (security/tokenCodec.ts), which travel through Alexa in a directive and
 *   come back with its answer: the customer's binding, a nonce, this context's id, what the
 *   directive was (task and ASINs; purchase request and in-skill product), and one piece of
 *   state: an upsell's pending request and its product (purchasing/pending.ts), because a
 *   customer who paid must get the feature even when the state store cannot be read.
 * - The turn context (turn/context.ts): what one request works out and shares between its
 *   steps (its deadline, the customer's state read once, the entitlements fetched once);
 *   gone with the answer.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { VersionedPersistenceAdapter } from '../persistence/adapter';
import { newContextId, parseContextId } from '../security/contextId';
import { readCustomerState, updateCustomerState } from '../persistence/customerState';
import { currentPage, getShoppingState, parseShoppingState, type ShoppingState, setShoppingState } from '../session';
import { describeError, log } from '../util/log';
import type { Deadline } from '../util/deadline';
import { turnDeadline } from '../turn/context';

/**
 * How long the saved shopping context is offered and brought back: a day, the one expiry for
 * it. A token that carries its id lives an hour at most (its own limit), so a flow's answer
 * finds it well within this; coming back at launch or "what was I looking at" reads it by age.
 */
export const CONTEXT_MAX_AGE_MS = 24 * 3600 * 1000;
/** A listed product is ~150 bytes; 36 of them (the most a session lists) fit well under this. */
export const MAX_CONTEXT_BYTES = 12 * 1024;

function bounded(state: ShoppingState): ShoppingState {
  if (Buffer.byteLength(JSON.stringify(state), 'utf8') <= MAX_CONTEXT_BYTES) return state;
  // Too big to keep whole: keep the page the customer heard, with its focus.
  const page = currentPage(state);
  const current = state.current === undefined ? undefined : state.current - state.pageStart;
  const trimmed: ShoppingState = { ...state, products: page, pageStart: 0 };
  if (current !== undefined && current >= 0 && current < page.length) trimmed.current = current;
  else delete trimmed.current;
  return trimmed;
}

/**
 * Saves the session's shopping state; returns the id to put in the token, or undefined when
 * there is nothing to save or the write failed (the flow goes on without it; an upsell's
 * pending request and its product travel in the token either way).
 */
export async function saveShoppingContext(input: HandlerInput, persistence: VersionedPersistenceAdapter, nowMs: number): Promise<string | undefined> {
  const state = getShoppingState(input);
  if (state.products.length === 0 && state.query === undefined) return undefined;
  const id = newContextId();
  try {
    const shopping = bounded(state);
    await updateCustomerState(input, persistence, (saved) => ({ state: { ...saved, context: { id, at: nowMs, shopping } }, result: undefined }));
    return id;
  } catch (err) {
    log.warn('shopping_context_not_saved', describeError(err));
    return undefined;
  }
}

/**
 * At the end of a session: the list, when there is one, is saved for the next launch. A
 * failed write loses only the offer (saveShoppingContext logs it).
 */
export async function keepShoppingForLater(input: HandlerInput, persistence: VersionedPersistenceAdapter, nowMs: number): Promise<void> {
  if (getShoppingState(input).products.length === 0) return;
  await saveShoppingContext(input, persistence, nowMs);
}

/** What a saved context is about, for the offer to go back to it. */
export interface SavedShopping {
  id: string;
  query: string | undefined;
  /** The product in focus when it was saved, if any. */
  title: string | undefined;
}

function isFresh(at: number, nowMs: number): boolean {
  return nowMs - at <= CONTEXT_MAX_AGE_MS && at <= nowMs + 60_000;
}

/**
 * The customer's saved shopping context, when there is one younger than CONTEXT_MAX_AGE_MS
 * with products in it. A read that fails (or passes `deadline`, the launch's part of the
 * turn at launch) is no context: the launch goes on without it.
 */
export async function savedShopping(
  input: HandlerInput,
  persistence: VersionedPersistenceAdapter,
  nowMs: number,
  deadline: Deadline = turnDeadline(input),
): Promise<SavedShopping | undefined> {
  try {
    const { context } = await readCustomerState(input, persistence, deadline);
    if (context === undefined || !isFresh(context.at, nowMs)) return undefined;
    const saved = parseShoppingState(context.shopping);
    if (saved.products.length === 0) return undefined;
    const focus = saved.current === undefined ? undefined : saved.products[saved.current];
    return { id: context.id, query: saved.query, title: focus?.title };
  } catch (err) {
    log.warn('shopping_context_not_read', describeError(err));
    return undefined;
  }
}

/**
 * Brings the saved state back into a session that has no list, when `id` (from a verified
 * token, or the offer made at launch) names it and it is recent. Returns whether it did.
 */
export async function restoreShoppingContext(input: HandlerInput, persistence: VersionedPersistenceAdapter, id: string | undefined, nowMs: number): Promise<boolean> {
  if (parseContextId(id) === undefined) return false;
  if (getShoppingState(input).products.length > 0) return false;
  try {
    const { context } = await readCustomerState(input, persistence);
    if (context === undefined || context.id !== id) return false;
    if (!isFresh(context.at, nowMs)) {
      log.info('shopping_context_expired', { ageSeconds: Math.round((nowMs - context.at) / 1000) });
      return false;
    }
    // Through the session's own validating parser: a stored value is never trusted whole.
    const state = parseShoppingState(context.shopping);
    setShoppingState(input, state);
    log.info('shopping_context_restored', { products: state.products.length });
    return state.products.length > 0;
  } catch (err) {
    log.warn('shopping_context_not_restored', describeError(err));
    return false;
  }
}
