/**
 * Which product question words name, with the locale's `questionTopics` ("how much" → price,
 * "postage" → seller and delivery). Pure, apart from reading the request's slot.
 */
import { getLocale, getSlotValue, type HandlerInput } from 'ask-sdk-core';
import { type IntentName, IntentNames, SlotNames } from '../constants';
import { type Phrases, phrasesFor, type QuestionTopic } from '../i18n/phrases';
import { isIntent } from '../util/intentMatch';
import { resolvedId } from '../util/slots';
import { containsPhrase, normalizeText } from './text';

/** The question intents and the topic each asks about. */
export const QUESTIONS: ReadonlyArray<readonly [IntentName, QuestionTopic]> = [
  [IntentNames.PriceQuestion, 'price'],
  [IntentNames.RatingQuestion, 'rating'],
  [IntentNames.SellerQuestion, 'seller'],
  [IntentNames.PackSizeQuestion, 'pack'],
  [IntentNames.PrimeQuestion, 'prime'],
  [IntentNames.BulkPriceQuestion, 'bulk'],
  [IntentNames.StockQuestion, 'stock'],
  [IntentNames.VariationsQuestion, 'variations'],
  [IntentNames.BrandQuestion, 'brand'],
  [IntentNames.FeaturesQuestion, 'features'],
  [IntentNames.SavingsQuestion, 'savings'],
  [IntentNames.ConditionQuestion, 'condition'],
  [IntentNames.PolicyQuestion, 'policy'],
];

/** The first topic (in the data's order, most specific first) whose words `text` holds. */
export function questionTopicIn(
  text: string,
  phrases: Phrases,
  topics: readonly QuestionTopic[] = Object.keys(phrases.questionTopics) as QuestionTopic[],
): QuestionTopic | undefined {
  const said = normalizeText(text, phrases);
  return topics.find((topic) => (phrases.questionTopics[topic] ?? []).some((words) => containsPhrase(said, words)));
}

/**
 * A question said as "what's the price of the second one" arrives as ProductDetailsIntent or
 * SelectItemIntent with the open `position` slot holding "price of the second": the words say
 * which question (references.ts reads which product).
 */
export function questionNamedByPosition(input: HandlerInput): QuestionTopic | undefined {
  if (!isIntent(input, IntentNames.SelectItem, IntentNames.ProductDetails)) return undefined;
  const said = getSlotValue(input.requestEnvelope, SlotNames.Position) ?? '';
  // A position Alexa resolved ("last", "better rated") names a product, not a question.
  if (said.trim() === '' || resolvedId(input, SlotNames.Position) !== undefined) return undefined;
  const phrases = phrasesFor(getLocale(input.requestEnvelope));
  return questionTopicIn(said, phrases, phrases.questionTopicsByPosition);
}
