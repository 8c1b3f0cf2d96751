/**
 * Every name the skill matches on or emits, in one place: intents, slots, request types,
 * Shopping Actions task URIs and result codes, session-attribute keys and in-skill product
 * reference names. `canHandle` functions compare against these, never against literals.
 */

export const IntentNames = {
  SearchProducts: 'SearchProductsIntent',
  ProductDetails: 'ProductDetailsIntent',
  AddToCart: 'AddToCartIntent',
  BuyProduct: 'BuyProductIntent',
  AddToWishList: 'AddToWishListIntent',
  RecommendProducts: 'RecommendProductsIntent',
  CompareOffers: 'CompareOffersIntent',
  WatchPrice: 'WatchPriceIntent',
  WhatCanIBuy: 'WhatCanIBuyIntent',
  BuyPremium: 'BuyPremiumIntent',
  RefundPremium: 'RefundPremiumIntent',
  // Narrowing a list (issue: refinements by voice).
  Refine: 'RefineResultsIntent',
  ClearRefinements: 'ClearRefinementsIntent',
  /** "sort them by rating", "order by price": the SortType slot says which. */
  SortResults: 'SortResultsIntent',
  /**
   * "the cheapest", "the dearest", "best rated first": one intent per order, its samples made
   * from the locale's sort words (a bare sort slot would take "the second one" too).
   */
  SortByPrice: 'SortByPriceIntent',
  SortByPriceDescending: 'SortByPriceDescendingIntent',
  SortByRating: 'SortByRatingIntent',
  // Quick questions about the product in focus, one sentence each.
  PriceQuestion: 'PriceQuestionIntent',
  RatingQuestion: 'RatingQuestionIntent',
  SellerQuestion: 'SellerQuestionIntent',
  PackSizeQuestion: 'PackSizeQuestionIntent',
  PrimeQuestion: 'PrimeQuestionIntent',
  BulkPriceQuestion: 'BulkPriceQuestionIntent',
  // What else the catalog says about one product: stock, variations, maker, features, savings,
  // condition; warranty and returns, which it does not carry, get where to find them.
  StockQuestion: 'StockQuestionIntent',
  VariationsQuestion: 'VariationsQuestionIntent',
  BrandQuestion: 'BrandQuestionIntent',
  FeaturesQuestion: 'FeaturesQuestionIntent',
  SavingsQuestion: 'SavingsQuestionIntent',
  ConditionQuestion: 'ConditionQuestionIntent',
  PolicyQuestion: 'PolicyQuestionIntent',
  /** "compare the first and the second", "which is cheaper, the first or the third": free product information. */
  CompareProducts: 'CompareProductsIntent',
  /** "the AAA one", "in blue": the variation of the product in focus with that value. */
  ChooseVariation: 'ChooseVariationIntent',
  /**
   * A product named by how it relates to the one in focus or the two just compared: one
   * intent per relation, its samples the locale's words ("no, the other one", "the one
   * before that", "the cheaper one", "something similar"). See RelativeIntents.
   */
  OtherItem: 'OtherItemIntent',
  PreviousItem: 'PreviousItemIntent',
  NextItem: 'NextItemIntent',
  CheaperItem: 'CheaperItemIntent',
  DearerItem: 'DearerItemIntent',
  BetterRatedItem: 'BetterRatedItemIntent',
  SimilarItem: 'SimilarItemIntent',
  AddQuantity: 'AddQuantityIntent',
  /** "what was I looking at", "the list from before": the saved shopping context, read again. */
  ResumeShopping: 'ResumeShoppingIntent',
  /** "add another one": the last Shopping Action again, on the same product. */
  AnotherOne: 'AnotherOneIntent',
  /** "try again" after a Shopping Action that may work later. */
  TryAgain: 'TryAgainIntent',
  ListPriceWatches: 'ListPriceWatchesIntent',
  StopPriceWatch: 'StopPriceWatchIntent',
  /** A bare answer to "which one?": "the second one", "number two", "the last one", "that one". */
  SelectItem: 'SelectItemIntent',
  /** Orders and cart questions the skill can't see: answered honestly, pointing to the Amazon app. */
  OrderHelp: 'OrderHelpIntent',
  /** "more offers" after an offer comparison read the first two. */
  MoreOffers: 'MoreOffersIntent',
  Help: 'AMAZON.HelpIntent',
  Stop: 'AMAZON.StopIntent',
  Cancel: 'AMAZON.CancelIntent',
  StartOver: 'AMAZON.StartOverIntent',
  Fallback: 'AMAZON.FallbackIntent',
  NavigateHome: 'AMAZON.NavigateHomeIntent',
  Next: 'AMAZON.NextIntent',
  Previous: 'AMAZON.PreviousIntent',
  Repeat: 'AMAZON.RepeatIntent',
  Yes: 'AMAZON.YesIntent',
  No: 'AMAZON.NoIntent',
} as const;
export type IntentName = (typeof IntentNames)[keyof typeof IntentNames];

export const SlotNames = {
  Query: 'query',
  Ordinal: 'ordinal',
  PremiumProduct: 'premiumProduct',
  /** RefinementType: Prime, free shipping, in stock, today, tomorrow. */
  Refinement: 'refinement',
  /** BrandType: brands a customer names ("only Duracell"). */
  Brand: 'brand',
  /** AMAZON.NUMBER: minimum star rating. */
  Stars: 'stars',
  /** AMAZON.NUMBER: price floor and ceiling, in the marketplace's currency. */
  MinPrice: 'minPrice',
  MaxPrice: 'maxPrice',
  /** ProductKindType: what to search for inside a refinement ("coffee under 20 dollars"). */
  Product: 'product',
  /** RefinementKindType: which refinement to remove ("any brand"). */
  RefinementKind: 'refinementKind',
  /** AMAZON.NUMBER: how many ("add two of them"). */
  Quantity: 'quantity',
  /** AMAZON.SearchQuery: a watched product by name ("stop watching printer paper"). */
  WatchedProduct: 'watchedProduct',
  Number: 'number',
  Position: 'position',
  /** AmountType: a price said as words ("a tenner"), its id the amount. */
  MinAmount: 'minAmount',
  MaxAmount: 'maxAmount',
  /** SortType: which order ("the cheapest", "by rating"). */
  Sort: 'sort',
  /** AMAZON.Ordinal: the second product of a comparison ("the first and the {otherOrdinal}"). */
  OtherOrdinal: 'otherOrdinal',
  /** CompareAspectType: what a comparison asks first ("cheaper", "better rated"). */
  CompareAspect: 'compareAspect',
  /** VariationValueType: a variation value ("AAA", "blue"). */
  VariationValue: 'variationValue',
  /** ListValueType: a brand or variation value of the list just heard ("only Anker", "the blue one"), sent as dynamic entities. */
  ListValue: 'listValue',
} as const;

/** Custom slot types defined in the interaction models. */
export const SlotTypes = {
  PremiumProduct: 'PremiumProductType',
  Refinement: 'RefinementType',
  Brand: 'BrandType',
  ProductKind: 'ProductKindType',
  RefinementKind: 'RefinementKindType',
  /**
   * "the last one": a position AMAZON.Ordinal does not cover; also "the other one", "the next
   * one", "the cheaper one": ids `last` and the relations of RelativeIntents.
   */
  ListPosition: 'ListPositionType',
  /** "the cheapest", "the dearest", "best rated": ids PRICE_ASC, PRICE_DESC, RATING. */
  Sort: 'SortType',
  /** Amounts said as words, by locale ("a tenner", "a fiver"): the value id is the amount. */
  Amount: 'AmountType',
  /** "cheaper", "better rated": ids PRICE, RATING. */
  CompareAspect: 'CompareAspectType',
  /** Variation values the catalog uses (sizes, colours): open data, read as said. */
  VariationValue: 'VariationValueType',
  /**
   * The brands and variation values of the list or product just heard: a few common values
   * in the model, the rest sent with each answer as dynamic entities (Dialog.UpdateDynamicEntities).
   */
  ListValue: 'ListValueType',
} as const;

export const RequestTypes = {
  Launch: 'LaunchRequest',
  Intent: 'IntentRequest',
  SessionEnded: 'SessionEndedRequest',
  SessionResumed: 'SessionResumedRequest',
  ExceptionEncountered: 'System.ExceptionEncountered',
  ConnectionsResponse: 'Connections.Response',
  /** Skill events (Skill Events reference); the manifest subscribes to this one only. */
  SkillDisabled: 'AlexaSkillEvent.SkillDisabled',
  /** A touch on a screen the skill drew: a `SendEvent` command's arguments (APL reference, "UserEvent request"). */
  AplUserEvent: 'Alexa.Presentation.APL.UserEvent',
} as const;

/**
 * Screens (Alexa Presentation Language). The interface a device declares in
 * `context.System.device.supportedInterfaces` when it can draw APL, the directive that draws a
 * document, and the documents of `skill-package/response/display/`, sent by `Link`.
 */
export const AplInterface = 'Alexa.Presentation.APL';
export const AplDirectives = { RenderDocument: 'Alexa.Presentation.APL.RenderDocument' } as const;
export const ScreenDocuments = {
  ProductList: 'productList',
  ProductDetail: 'productDetail',
  Offers: 'offers',
  PriceWatches: 'priceWatches',
  Welcome: 'welcome',
} as const;
export type ScreenDocument = (typeof ScreenDocuments)[keyof typeof ScreenDocuments];

/**
 * The touch contract: the first `SendEvent` argument of every touch the documents send, a public
 * contract (README, "Screens"). Product touches carry the ASIN as the second argument.
 */
export const TouchEvents = {
  ShowDetails: 'ShowDetails',
  AddToCart: 'AddToCart',
  Buy: 'Buy',
  AddToWishList: 'AddToWishList',
  CompareOffers: 'CompareOffers',
  NextPage: 'NextPage',
  PreviousPage: 'PreviousPage',
} as const;
export type TouchEvent = (typeof TouchEvents)[keyof typeof TouchEvents];

/**
 * Alexa Shopping Actions tasks (Alexa Shopping Actions API reference, "Shopping
 * actions"). The short `code` is what the connection token carries.
 */
export const ShoppingTasks = {
  AddToList: { code: 'L', uri: 'connection://AMAZON.AddToList/1' },
  AddToCart: { code: 'C', uri: 'connection://AMAZON.AddToShoppingCart/1' },
  Buy: { code: 'B', uri: 'connection://AMAZON.BuyShoppingProducts/1' },
  Recommend: { code: 'R', uri: 'connection://AMAZON.RecommendShoppingProducts/1' },
} as const;
export type ShoppingTaskName = keyof typeof ShoppingTasks;

/** AddToList supports the Amazon Wish List only (reference: "Add to list"). */
export const WISHLIST_LIST_TYPE = 'WISHLIST';

/**
 * `cause.result.code` values. The reference's table lost its code column; these strings
 * come from public skill code (the Alexa Shopping Actions sample skills).
 */
export const ShoppingResultCodes = {
  InternalError: 'AlexaShopping.InternalError',
  InvalidTaskForMarketplace: 'AlexaShopping.InvalidTaskForMarketplace',
  ItemNotEligible: 'AlexaShopping.ItemNotEligible',
  NoOffersFound: 'AlexaShopping.NoOffersFound',
  RetryLaterError: 'AlexaShopping.RetryLaterError',
  /**
   * UNCONFIRMED string: the reference describes an "Associates parameter invalid" code but
   * its name is not published. Any code matching ASSOCIATES_CODE_PATTERN is treated as it.
   */
  InvalidAssociatesParameter: 'AlexaShopping.InvalidAssociatesParameter',
} as const;
export const ASSOCIATES_CODE_PATTERN = /associate/i;

/** Session attribute keys, so handlers written by different people agree on them. */
export const SessionKeys = {
  /** The shopping state: last query, listed products, page, current product. */
  Shopping: 'shopping',
  /** The last spoken answer, for AMAZON.RepeatIntent. */
  LastAnswer: 'lastAnswer',
  /** A yes/no question the last answer asked ("Shall I drop it?"), valid for the next turn only. */
  PendingQuestion: 'pendingQuestion',
  /** The action a "which one?" question is waiting to finish (add to cart, buy, details…). */
  AwaitingChoice: 'awaiting',
  /** Where the conversation is when it is not plain from the shopping state (after an action or purchase). */
  Stage: 'stage',
  /** How many turns in a row AMAZON.FallbackIntent took: the answer changes with each miss. */
  Misses: 'misses',
  /** The last Shopping Action's task and product, and whether trying it again may work. */
  LastAction: 'lastAction',
  /** How far an offer comparison has been read: the ASIN and the next offer to read. */
  OffersRead: 'offersRead',
  /** A digest of the dynamic entities sent this session: unchanged ones are not sent again, and the session's end clears them. */
  DynamicEntities: 'dynamicEntities',
} as const;

/** In-skill product reference names: shared by the runtime and the ISP sync script. */
export const PremiumProducts = {
  PremiumShopper: 'premium_shopper',
  OfferInsights: 'offer_insights',
  WatchSlots: 'watch_slots',
} as const;
export type PremiumProductRef = (typeof PremiumProducts)[keyof typeof PremiumProducts];

/** `Connections.SendRequest` names for in-skill purchasing (Alexa Skills Kit documentation, "Add In-Skill Purchases to a Custom Skill"). */
export const PurchaseRequestNames = {
  Buy: 'Buy',
  Upsell: 'Upsell',
  Cancel: 'Cancel',
} as const;
export type PurchaseRequestName = (typeof PurchaseRequestNames)[keyof typeof PurchaseRequestNames];

/** `Connections.Response` `payload.purchaseResult` values. Anything else is treated as ERROR. */
export const PurchaseResults = {
  Accepted: 'ACCEPTED',
  Declined: 'DECLINED',
  AlreadyPurchased: 'ALREADY_PURCHASED',
  NotEntitled: 'NOT_ENTITLED',
  Error: 'ERROR',
} as const;
export type PurchaseResult = (typeof PurchaseResults)[keyof typeof PurchaseResults];

/** Locales the skill ships interaction models and messages for. */
export const SUPPORTED_LOCALES = ['en-US', 'en-GB', 'de-DE', 'it-IT', 'es-ES', 'es-US', 'fr-FR', 'fr-CA', 'ja-JP', 'en-CA'] as const;
export const DEFAULT_LOCALE = 'en-US';

/** Which relation each relative-reference intent names (conversation/relative.ts resolves it). */
export const RelativeIntents = {
  [IntentNames.OtherItem]: 'other',
  [IntentNames.PreviousItem]: 'previous',
  [IntentNames.NextItem]: 'next',
  [IntentNames.CheaperItem]: 'cheaper',
  [IntentNames.DearerItem]: 'dearer',
  [IntentNames.BetterRatedItem]: 'better-rated',
  [IntentNames.SimilarItem]: 'similar',
} as const;
export type RelativeIntentName = keyof typeof RelativeIntents;
