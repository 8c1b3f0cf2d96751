import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { keepShoppingForLater } from '../conversation/shoppingContext';
import type { SkillDependencies } from '../dependencies';
import { tell, tr } from '../turn/respond';
import type { RoutedHandler } from '../routing/router';

/**
 * "Stop", and every closing ("that's all", "bye", "cheers"), said anywhere: a short goodbye.
 * The list is kept for a day, so the next launch can offer to go back to it.
 */
export class StopIntentHandler implements RoutedHandler {
  /** Without deps (unit tests of the goodbye alone) nothing is kept. */
  constructor(private readonly deps?: Pick<SkillDependencies, 'persistence' | 'now'>) {}

  async handle(input: HandlerInput): Promise<Response> {
    if (this.deps !== undefined) await keepShoppingForLater(input, this.deps.persistence, this.deps.now());
    return tell(input, tr(input)('GOODBYE'));
  }
}
