/**
 * Which handler takes a request, in one table keyed by what decides it: the request type,
 * then (for an IntentRequest) what the understanding step made of an open slot, the intent,
 * and for yes/no and bare choices the question pending from the last turn. List order
 * decides nothing: every request has exactly one route (test/routing/routing.test.ts runs
 * the corpus, the transcripts and the fuzz envelopes through it).
 */
import { getIntentName, getRequestType, type HandlerInput } from 'ask-sdk-core';
import type { interfaces } from 'ask-sdk-model';
import { type IntentName, IntentNames, PurchaseRequestNames, RequestTypes } from '../constants';
import { awaitingChoice } from '../conversation/awaiting';
import { pendingQuestion } from '../conversation/pendingQuestion';
import { getShoppingState } from '../session';
import { questionNamedByPosition } from '../understanding/questions';
import { understoodThisTurn } from '../understanding/turn';

export const Routes = {
  Launch: 'launch',
  PurchaseResult: 'purchase-result',
  ShoppingResumed: 'shopping-resumed',
  SessionEnded: 'session-ended',
  ExceptionEncountered: 'exception-encountered',
  /** A touch on a screen the skill drew (APL UserEvent). */
  ScreenTouch: 'screen-touch',
  /** The customer disabled the skill (a skill event). */
  SkillDisabled: 'skill-disabled',
  Search: 'search',
  Details: 'details',
  Choice: 'choice',
  AddToCart: 'add-to-cart',
  AddQuantity: 'add-quantity',
  Buy: 'buy',
  WishList: 'wish-list',
  Recommend: 'recommend',
  CompareOffers: 'compare-offers',
  MoreOffers: 'more-offers',
  WatchPrice: 'watch-price',
  ListWatches: 'list-watches',
  StopWatch: 'stop-watch',
  WhatCanIBuy: 'what-can-i-buy',
  BuyPremium: 'buy-premium',
  RefundPremium: 'refund-premium',
  OrderHelp: 'order-help',
  Refine: 'refine',
  ClearRefinements: 'clear-refinements',
  Sort: 'sort',
  ProductQuestion: 'product-question',
  CompareProducts: 'compare-products',
  ChooseVariation: 'choose-variation',
  /** "what was I looking at"; "yes"/"no" to the offer at launch to go back to it. */
  ResumeShopping: 'resume-shopping',
  ResumeAnswer: 'resume-answer',
  /** "add another one"; "try again" after a Shopping Action that may work later. */
  AnotherOne: 'another-one',
  TryAgain: 'try-again',
  /** "no, the other one", "the cheaper one", "something similar". */
  RelativeChoice: 'relative-choice',
  Next: 'next',
  Previous: 'previous',
  Repeat: 'repeat',
  Help: 'help',
  Stop: 'stop',
  Cancel: 'cancel',
  StartOver: 'start-over',
  No: 'no',
  PriceDropAnswer: 'price-drop-answer',
  DropRefinementAnswer: 'drop-refinement-answer',
  Fallback: 'fallback',
  /** Words an open slot caught that name no product and no command (understanding/). */
  NotAProduct: 'not-a-product',
  /** "something else": a search that names nothing asks what to find. */
  AskWhatToFind: 'ask-what-to-find',
  /** Premium words where a product belongs ("buy premium shopper"). */
  PremiumWords: 'premium-words',
  /** A request type the skill has no row for (and a purchase response it did not ask for). */
  Unrecognised: 'unrecognised',
} as const;
export type Route = (typeof Routes)[keyof typeof Routes];

/** A route that depends on more than the intent: the first rule whose `when` holds wins. */
interface Rule {
  when?: (input: HandlerInput) => boolean;
  route: Route;
}

/** Request types other than IntentRequest (one row, one handler). */
const BY_REQUEST_TYPE: Readonly<Record<string, Route | readonly Rule[]>> = {
  [RequestTypes.Launch]: Routes.Launch,
  [RequestTypes.SessionResumed]: Routes.ShoppingResumed,
  [RequestTypes.SessionEnded]: Routes.SessionEnded,
  [RequestTypes.ExceptionEncountered]: Routes.ExceptionEncountered,
  [RequestTypes.AplUserEvent]: Routes.ScreenTouch,
  [RequestTypes.SkillDisabled]: Routes.SkillDisabled,
  // Only in-skill purchase results: another connection's response has no route.
  [RequestTypes.ConnectionsResponse]: [{ when: isPurchaseResponse, route: Routes.PurchaseResult }],
};

const pending = (kind: 'add-to-cart' | 'drop-refinement' | 'resume') => (input: HandlerInput) => pendingQuestion(input)?.kind === kind;
const awaiting = (input: HandlerInput) => awaitingChoice(input) !== undefined;
/** "Which one?" asked of a list, no product in focus: not a yes/no question ("Should I add it?" has its product). */
const awaitingWhichOne = (input: HandlerInput) => awaiting(input) && getShoppingState(input).current === undefined;
const namesQuestion = (input: HandlerInput) => questionNamedByPosition(input) !== undefined;

const BY_INTENT: Readonly<Record<IntentName, Route | readonly Rule[]>> = {
  [IntentNames.SearchProducts]: Routes.Search,
  [IntentNames.ProductDetails]: [{ when: namesQuestion, route: Routes.ProductQuestion }, { route: Routes.Details }],
  [IntentNames.SelectItem]: [{ when: namesQuestion, route: Routes.ProductQuestion }, { route: Routes.Choice }],
  [IntentNames.AddToCart]: Routes.AddToCart,
  [IntentNames.AddQuantity]: Routes.AddQuantity,
  [IntentNames.BuyProduct]: Routes.Buy,
  [IntentNames.AddToWishList]: Routes.WishList,
  [IntentNames.RecommendProducts]: Routes.Recommend,
  [IntentNames.CompareOffers]: Routes.CompareOffers,
  [IntentNames.MoreOffers]: Routes.MoreOffers,
  [IntentNames.WatchPrice]: Routes.WatchPrice,
  [IntentNames.ListPriceWatches]: Routes.ListWatches,
  [IntentNames.StopPriceWatch]: Routes.StopWatch,
  [IntentNames.WhatCanIBuy]: Routes.WhatCanIBuy,
  [IntentNames.BuyPremium]: Routes.BuyPremium,
  [IntentNames.RefundPremium]: Routes.RefundPremium,
  [IntentNames.OrderHelp]: Routes.OrderHelp,
  [IntentNames.Refine]: Routes.Refine,
  [IntentNames.ClearRefinements]: Routes.ClearRefinements,
  [IntentNames.SortResults]: Routes.Sort,
  [IntentNames.SortByPrice]: Routes.Sort,
  [IntentNames.SortByPriceDescending]: Routes.Sort,
  [IntentNames.SortByRating]: Routes.Sort,
  [IntentNames.PriceQuestion]: Routes.ProductQuestion,
  [IntentNames.RatingQuestion]: Routes.ProductQuestion,
  [IntentNames.SellerQuestion]: Routes.ProductQuestion,
  [IntentNames.PackSizeQuestion]: Routes.ProductQuestion,
  [IntentNames.PrimeQuestion]: Routes.ProductQuestion,
  [IntentNames.BulkPriceQuestion]: Routes.ProductQuestion,
  [IntentNames.StockQuestion]: Routes.ProductQuestion,
  [IntentNames.VariationsQuestion]: Routes.ProductQuestion,
  [IntentNames.BrandQuestion]: Routes.ProductQuestion,
  [IntentNames.FeaturesQuestion]: Routes.ProductQuestion,
  [IntentNames.SavingsQuestion]: Routes.ProductQuestion,
  [IntentNames.ConditionQuestion]: Routes.ProductQuestion,
  [IntentNames.PolicyQuestion]: Routes.ProductQuestion,
  [IntentNames.CompareProducts]: Routes.CompareProducts,
  [IntentNames.ChooseVariation]: Routes.ChooseVariation,
  [IntentNames.ResumeShopping]: Routes.ResumeShopping,
  [IntentNames.AnotherOne]: Routes.AnotherOne,
  [IntentNames.TryAgain]: Routes.TryAgain,
  [IntentNames.OtherItem]: Routes.RelativeChoice,
  [IntentNames.PreviousItem]: Routes.RelativeChoice,
  [IntentNames.NextItem]: Routes.RelativeChoice,
  [IntentNames.CheaperItem]: Routes.RelativeChoice,
  [IntentNames.DearerItem]: Routes.RelativeChoice,
  [IntentNames.BetterRatedItem]: Routes.RelativeChoice,
  [IntentNames.SimilarItem]: Routes.RelativeChoice,
  [IntentNames.Next]: Routes.Next,
  [IntentNames.Previous]: Routes.Previous,
  [IntentNames.Repeat]: Routes.Repeat,
  [IntentNames.Help]: Routes.Help,
  [IntentNames.Stop]: Routes.Stop,
  [IntentNames.Cancel]: Routes.Cancel,
  [IntentNames.StartOver]: Routes.StartOver,
  [IntentNames.NavigateHome]: Routes.StartOver,
  [IntentNames.Fallback]: Routes.Fallback,
  // A yes or no answers the question asked last turn; with none pending, it is a plain one.
  [IntentNames.Yes]: [
    { when: pending('add-to-cart'), route: Routes.PriceDropAnswer },
    { when: pending('drop-refinement'), route: Routes.DropRefinementAnswer },
    { when: pending('resume'), route: Routes.ResumeAnswer },
    { when: awaiting, route: Routes.Choice },
    // "okay" with nothing asked is a filler: the stage's question again.
    { route: Routes.NotAProduct },
  ],
  [IntentNames.No]: [
    { when: pending('add-to-cart'), route: Routes.PriceDropAnswer },
    { when: pending('drop-refinement'), route: Routes.DropRefinementAnswer },
    { when: pending('resume'), route: Routes.ResumeAnswer },
    // "none of them, thanks" to "Which one?": no yes/no was asked, so the decline drops the question and keeps the list.
    { when: awaitingWhichOne, route: Routes.Cancel },
    { route: Routes.No },
  ],
};

/** What the understanding step made of an open slot's words decides before the intent does. */
const BY_UNDERSTANDING: Readonly<Record<string, Route>> = {
  closing: Routes.Stop,
  'not-a-product': Routes.NotAProduct,
  'order-help': Routes.OrderHelp,
  'no-query': Routes.AskWhatToFind,
  premium: Routes.PremiumWords,
  'premium-cancel': Routes.RefundPremium,
  'premium-info': Routes.WhatCanIBuy,
  cancel: Routes.Cancel,
  'start-over': Routes.StartOver,
  help: Routes.Help,
  repeat: Routes.Repeat,
  next: Routes.Next,
  watches: Routes.ListWatches,
  'try-again': Routes.TryAgain,
  another: Routes.AnotherOne,
};

function isPurchaseResponse(input: HandlerInput): boolean {
  const name = (input.requestEnvelope.request as interfaces.connections.ConnectionsResponse).name;
  // A missing name is checked by token in the handler.
  return name === undefined || (Object.values(PurchaseRequestNames) as string[]).includes(name);
}

function pick(entry: Route | readonly Rule[] | undefined, input: HandlerInput): Route | undefined {
  if (entry === undefined || typeof entry === 'string') return entry as Route | undefined;
  return (entry as readonly Rule[]).find((rule) => rule.when === undefined || rule.when(input))?.route;
}

/** The one route of this request: every request has exactly one. */
export function routeOf(input: HandlerInput): Route {
  const type = getRequestType(input.requestEnvelope);
  if (type !== RequestTypes.Intent) return (Object.hasOwn(BY_REQUEST_TYPE, type) ? pick(BY_REQUEST_TYPE[type], input) : undefined) ?? Routes.Unrecognised;
  const understood = understoodThisTurn(input);
  if (understood !== undefined && Object.hasOwn(BY_UNDERSTANDING, understood.kind)) return BY_UNDERSTANDING[understood.kind];
  const intent = getIntentName(input.requestEnvelope);
  // An intent the model does not declare (a stale model, a test console) is a miss.
  return (Object.hasOwn(BY_INTENT, intent) ? pick(BY_INTENT[intent as IntentName], input) : undefined) ?? Routes.Fallback;
}
