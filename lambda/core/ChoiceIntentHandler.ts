/**
 * A bare answer to the skill's own questions. "the second one", "number two", "the last
 * one", "that one" (SelectItemIntent) finish the action a "which one?" question waits for,
 * or, with nothing waiting, open that product's details. "yes" after "Should I add it to
 * your cart?" finishes the add with the product in focus.
 */
import { type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { type IntentName, IntentNames } from '../constants';
import { isIntent } from '../util/intentMatch';
import { currentPage, getShoppingState } from '../session';
import { awaitingChoice, clearAwaitingChoice } from '../conversation/awaiting';
import { referenceFromSlots } from '../conversation/references';
import { ordinalSlot, replayAs } from '../conversation/replay';

export class ChoiceIntentHandler implements RequestHandler {
  /** @param handlers the handlers a choice can finish, by intent (awaiting.ts CHOOSABLE). */
  constructor(private readonly handlers: ReadonlyMap<IntentName, RequestHandler>) {}

  canHandle(input: HandlerInput): boolean {
    if (isIntent(input, IntentNames.SelectItem)) return true;
    return isIntent(input, IntentNames.Yes) && awaitingChoice(input) !== undefined;
  }

  async handle(input: HandlerInput): Promise<Response> {
    const intent = awaitingChoice(input) ?? IntentNames.ProductDetails;
    clearAwaitingChoice(input);
    const handler = this.handlers.get(intent) ?? this.handlers.get(IntentNames.ProductDetails);
    if (handler === undefined) throw new Error(`no handler registered for ${intent}`);
    const ref = isIntent(input, IntentNames.Yes) ? { kind: 'it' as const } : referenceFromSlots(input);
    const pageLength = currentPage(getShoppingState(input)).length;
    const slots = ref.kind === 'ordinal' ? ordinalSlot(ref.n) : ref.kind === 'last' && pageLength > 0 ? ordinalSlot(pageLength) : {};
    return handler.handle(replayAs(input, intent, slots));
  }
}
