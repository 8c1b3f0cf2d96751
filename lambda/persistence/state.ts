/**
 * What the skill remembers about a customer between sessions: price watches, the count of
 * watch slots used, and the last search. Read defensively: stored data from an older version
 * or a bad write is dropped field by field, never trusted whole.
 */
import { isRecord } from '../util/guards';
import { type Money, parseMoney } from '../util/money';

export interface PriceWatch {
  asin: string;
  title: string;
  /** The price when the watch was set, lowered each time a drop is announced. */
  price: Money;
  /** Epoch milliseconds. */
  watchedAt: number;
}

export interface CustomerState {
  watches: PriceWatch[];
  /**
   * Watch slots used so far. A slot is spent when a watch is set and given back when the
   * customer stops watching that product ("stop watching the first one"): slots count the
   * products watched at once (isps/consumable/watch_slots.json: "Five more products you can
   * watch"). Never fewer than the watches held.
   */
  usedSlots: number;
  /**
   * The shopping state (search, page, product in focus) saved before a purchase flow or a
   * Shopping Action, which may come back in a new session. Opaque here: only
   * conversation/shoppingContext.ts reads it, through the session's validating parser.
   */
  context?: SavedContext;
  /**
   * Signed tokens (purchase, connection) already acted on, each until it would have expired
   * anyway: a token is single-use where the state store answers (persistence/usedTokens.ts).
   */
  usedTokens?: UsedToken[];
}

export interface UsedToken {
  /** A hash of the token (usedTokens.ts), never the token. */
  id: string;
  /** Epoch milliseconds after which the token is refused by its own age anyway. */
  until: number;
}

export interface SavedContext {
  id: string;
  /** Epoch milliseconds. */
  at: number;
  shopping: unknown;
}

export const STATE_KEYS = { Watches: 'watches', UsedSlots: 'usedSlots', Context: 'context', UsedTokens: 'usedTokens' } as const;

function isWatch(value: unknown): value is PriceWatch {
  if (!isRecord(value)) return false;
  const w = value as Partial<PriceWatch>;
  return typeof w.asin === 'string' && typeof w.title === 'string' && parseMoney(w.price) !== undefined && typeof w.watchedAt === 'number';
}

export function parseCustomerState(attributes: Record<string, unknown>): CustomerState {
  const rawWatches = attributes[STATE_KEYS.Watches];
  const watches = Array.isArray(rawWatches) ? rawWatches.filter(isWatch) : [];
  const rawUsed = attributes[STATE_KEYS.UsedSlots];
  // Never fewer used slots than watches held: a damaged counter must not hand out free slots.
  const usedSlots = Math.max(typeof rawUsed === 'number' && Number.isInteger(rawUsed) && rawUsed >= 0 ? rawUsed : 0, watches.length);
  const state: CustomerState = { watches, usedSlots };
  const context = attributes[STATE_KEYS.Context] as Partial<SavedContext> | undefined;
  if (isRecord(context) && typeof context.id === 'string' && typeof context.at === 'number') {
    state.context = { id: context.id, at: context.at, shopping: context.shopping };
  }
  const rawUsedTokens = attributes[STATE_KEYS.UsedTokens];
  if (Array.isArray(rawUsedTokens)) {
    state.usedTokens = rawUsedTokens.filter((u): u is UsedToken => isRecord(u) && typeof u['id'] === 'string' && typeof u['until'] === 'number');
  }
  return state;
}

/** The attributes to store; the caller adds the version marker it read. */
export function serializeCustomerState(state: CustomerState): Record<string, unknown> {
  const out: Record<string, unknown> = { [STATE_KEYS.Watches]: state.watches, [STATE_KEYS.UsedSlots]: state.usedSlots };
  if (state.context !== undefined) out[STATE_KEYS.Context] = state.context;
  if (state.usedTokens !== undefined && state.usedTokens.length > 0) out[STATE_KEYS.UsedTokens] = state.usedTokens;
  return out;
}
