/**
 * The action a "which one?" question waits to finish. When the skill asks "Which one should
 * I add to your cart?", a bare "the second one" (SelectItemIntent) finishes the add. Kept in
 * the session; any other request clears it (ConversationInterceptor).
 */
import type { HandlerInput } from 'ask-sdk-core';
import { type IntentName, IntentNames, SessionKeys } from '../constants';
import { sessionAttributes } from '../session';

/** Intents a bare choice can finish. */
export const CHOOSABLE: readonly IntentName[] = [
  IntentNames.ProductDetails,
  IntentNames.AddToCart,
  IntentNames.BuyProduct,
  IntentNames.AddToWishList,
  IntentNames.CompareOffers,
  IntentNames.WatchPrice,
  // "how much is it?" with several listed asks which one; "the second one" answers the question.
  IntentNames.PriceQuestion,
  IntentNames.RatingQuestion,
  IntentNames.SellerQuestion,
  IntentNames.PackSizeQuestion,
  IntentNames.PrimeQuestion,
  IntentNames.BulkPriceQuestion,
  IntentNames.StockQuestion,
  IntentNames.VariationsQuestion,
  IntentNames.BrandQuestion,
  IntentNames.FeaturesQuestion,
  IntentNames.SavingsQuestion,
  IntentNames.ConditionQuestion,
  IntentNames.PolicyQuestion,
];

export function setAwaitingChoice(input: HandlerInput, intent: IntentName): void {
  sessionAttributes(input)[SessionKeys.AwaitingChoice] = intent;
}

export function awaitingChoice(input: HandlerInput): IntentName | undefined {
  const value = sessionAttributes(input)[SessionKeys.AwaitingChoice];
  return typeof value === 'string' && (CHOOSABLE as readonly string[]).includes(value) ? (value as IntentName) : undefined;
}

export function clearAwaitingChoice(input: HandlerInput): void {
  delete sessionAttributes(input)[SessionKeys.AwaitingChoice];
}
