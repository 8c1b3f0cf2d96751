import type { HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import { DEFAULT_TURN_BUDGETS, startTurn, type TurnBudgets } from '../util/deadline';

/**
 * Starts the turn's one deadline as the request arrives, before anything else runs: every
 * upstream call of the turn shares it (lambda/util/deadline.ts).
 */
export class TurnDeadlineInterceptor implements RequestInterceptor {
  constructor(private readonly budgets: TurnBudgets = DEFAULT_TURN_BUDGETS) {}

  process(input: HandlerInput): void {
    startTurn(input, this.budgets);
  }
}
