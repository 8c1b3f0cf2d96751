import type { HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import { startTurnContext } from '../turn/context';
import { type Clock, DEFAULT_TURN_BUDGETS, type TurnBudgets } from '../util/deadline';
import { appendLogKeys } from '../util/log';

/** Milliseconds Lambda still gives the invocation, when the handler was given its context object. */
export function lambdaRemainingMs(lambdaContext: unknown): number | undefined {
  if (typeof lambdaContext !== 'object' || lambdaContext === null) return undefined;
  const remaining: unknown = (lambdaContext as { getRemainingTimeInMillis?: unknown }).getRemainingTimeInMillis;
  if (typeof remaining !== 'function') return undefined;
  const ms: unknown = remaining.call(lambdaContext);
  return typeof ms === 'number' && Number.isFinite(ms) ? ms : undefined;
}

/**
 * The first interceptor: makes the turn's one context (lambda/turn/context.ts) as the request
 * arrives, before anything else runs, and gives every later log line the request id.
 */
export class TurnContextInterceptor implements RequestInterceptor {
  constructor(
    private readonly budgets: TurnBudgets = DEFAULT_TURN_BUDGETS,
    /** The deadline's clock; the monotonic default unless a test or the corpus brings its own. */
    private readonly clock?: Clock,
  ) {}

  process(input: HandlerInput): void {
    const remaining = lambdaRemainingMs(input.context);
    const context = startTurnContext(input, {
      budgets: this.budgets,
      ...(this.clock === undefined ? {} : { clock: this.clock }),
      ...(remaining === undefined ? {} : { lambdaRemainingMs: remaining }),
    });
    appendLogKeys(context.logKeys);
  }
}
