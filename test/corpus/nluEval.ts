/**
 * The corpus as SMAPI NLU evaluation annotation sets (Alexa Skills Kit, "Batch Test Your
 * Natural Language Understanding Model"): one set per locale and part, each entry the
 * utterance and the intents (and slot values) that carry out its outcome. Entries use
 * ask-smapi-model's `v1.skill.nlu.evaluations` types, so the shape is Amazon's. Outcomes the
 * skill reaches only through its understanding step (a command said inside a product query)
 * list the intent the words name; the NLU evaluation measures the model alone.
 */
import type { v1 } from 'ask-smapi-model';
import { IntentNames } from '../../lambda/constants';
import type { CorpusLine } from './corpus';

type Expected = v1.skill.nlu.evaluations.Expected;

export interface AnnotationEntry {
  inputs: v1.skill.nlu.evaluations.Inputs;
  expected: Expected[];
}

export interface AnnotationSetBody {
  data: AnnotationEntry[];
}

const intent = (name: string, slots?: Record<string, string>): Expected => ({
  intent: slots === undefined ? { name } : { name, slots: Object.fromEntries(Object.entries(slots).map(([k, value]) => [k, { value }])) },
});

const ACTIONS: Record<string, string> = { cart: IntentNames.AddToCart, buy: IntentNames.BuyProduct, wishlist: IntentNames.AddToWishList };
const QUESTIONS: Record<string, string> = {
  price: IntentNames.PriceQuestion,
  rating: IntentNames.RatingQuestion,
  seller: IntentNames.SellerQuestion,
  delivery: IntentNames.SellerQuestion,
  'pack-size': IntentNames.PackSizeQuestion,
  prime: IntentNames.PrimeQuestion,
  'bulk-price': IntentNames.BulkPriceQuestion,
};
const SORTS: Record<string, string> = { 'price-asc': IntentNames.SortByPrice, 'price-desc': IntentNames.SortByPriceDescending, rating: IntentNames.SortByRating };
const SIMPLE: Record<string, string> = {
  next: IntentNames.Next,
  previous: IntentNames.Previous,
  'clear-refinements': IntentNames.ClearRefinements,
  watches: IntentNames.ListPriceWatches,
  'premium buy': IntentNames.BuyPremium,
  'premium cancel': IntentNames.RefundPremium,
  'premium info': IntentNames.WhatCanIBuy,
  recommend: IntentNames.RecommendProducts,
  help: IntentNames.Help,
  repeat: IntentNames.Repeat,
  'start-over': IntentNames.StartOver,
  ends: IntentNames.Stop,
  cancel: IntentNames.Cancel,
  'no-search': IntentNames.Fallback,
  'order-help': IntentNames.OrderHelp,
  yes: IntentNames.Yes,
  no: IntentNames.No,
};

const item = (n: string | undefined): Record<string, string> | undefined => (n === undefined || n === 'focus' ? undefined : { ordinal: n });

/** The intents that carry out an outcome ("cart 2" → AddToCartIntent with ordinal 2). */
export function expectedFor(outcome: string): Expected[] {
  const [kind = '', ...rest] = outcome.split(' ');
  const simple = SIMPLE[outcome];
  if (simple !== undefined) return [intent(simple)];
  switch (kind) {
    case 'search':
      return [intent(IntentNames.SearchProducts, { query: rest.join(' ') })];
    case 'details':
      return [intent(IntentNames.ProductDetails, item(rest[0])), intent(IntentNames.SelectItem, item(rest[0]))];
    case 'cart':
    case 'buy':
    case 'wishlist':
      return [intent(ACTIONS[kind] ?? kind, item(rest[0]))];
    case 'which-one':
      return [intent(ACTIONS[rest[0] ?? ''] ?? '')];
    case 'sort':
      return [intent(SORTS[rest[0] ?? ''] ?? IntentNames.SortResults), intent(IntentNames.SortResults)];
    case 'refine': {
      const [what, ...value] = rest;
      const slot = what === 'max-price' ? 'maxPrice' : what === 'min-price' ? 'minPrice' : what === 'rating' ? 'stars' : what === 'brand' ? 'brand' : undefined;
      return [intent(IntentNames.Refine, slot === undefined ? undefined : { [slot]: value.join(' ') })];
    }
    case 'ask':
      return [intent(QUESTIONS[rest[0] ?? ''] ?? '', item(rest[1]))];
    case 'offers':
      return [intent(IntentNames.CompareOffers, item(rest[0]))];
    case 'watch':
      return [intent(IntentNames.WatchPrice, item(rest[0]))];
    case 'unwatch':
      return [intent(IntentNames.StopPriceWatch, item(rest[0]))];
    default:
      throw new Error(`no NLU expectation for outcome "${outcome}"`);
  }
}

export function annotationSet(lines: readonly CorpusLine[]): AnnotationSetBody {
  return { data: lines.map((line) => ({ inputs: { utterance: line.said }, expected: expectedFor(line.outcome) })) };
}
