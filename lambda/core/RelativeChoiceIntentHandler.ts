/**
 * "no, the other one", "the one before that", "anything cheaper than this", "a better rated
 * one", "something similar": a product named by how it relates to the one in focus or the two
 * just compared, in words no other sample shape covers (one intent per relation; "the cheaper
 * one" itself is SelectItemIntent's `position`, read by conversation/references.ts). When a
 * question is waiting for a choice ("Which one should I add to your cart?"), the product named
 * finishes it, replacing the one it was about; otherwise its details are read.
 */
import { getIntentName, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames, type RelativeIntentName, RelativeIntents } from '../constants';
import { chosenProduct } from '../browsing/choice';
import { awaitingChoice, clearAwaitingChoice } from '../conversation/awaiting';
import type { Relation } from '../conversation/relative';
import type { SkillDependencies } from '../dependencies';
import { getShoppingState } from '../session';
import { log } from '../util/log';
import { finishChoice } from './ChoiceIntentHandler';

/** The relation a request names, when its intent is one of the relative-reference intents. */
export function relationOf(input: HandlerInput): Relation | undefined {
  const name = getIntentName(input.requestEnvelope);
  return Object.hasOwn(RelativeIntents, name) ? RelativeIntents[name as RelativeIntentName] : undefined;
}

export class RelativeChoiceIntentHandler implements RequestHandler {
  constructor(private readonly deps: SkillDependencies) {}

  canHandle(input: HandlerInput): boolean {
    return relationOf(input) !== undefined;
  }

  async handle(input: HandlerInput): Promise<Response> {
    const relation = relationOf(input) ?? 'other';
    const intent = awaitingChoice(input) ?? IntentNames.ProductDetails;
    clearAwaitingChoice(input);
    log.info('relative_choice', { relation });
    // Nothing to measure against asks "which one?" for the same action.
    const chosen = chosenProduct(input, getShoppingState(input), intent, { kind: 'relative', relation });
    if ('answer' in chosen) return chosen.answer;
    return finishChoice(input, this.deps, intent, chosen);
  }
}
