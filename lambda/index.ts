/**
 * The skill, wired: interceptors, one handler per route of the routing table
 * (routing/table.ts decides which request goes where), and the error handlers. Nothing here
 * does work; every handler lives in its own file under the folder of its concern.
 *
 * Importing this module does no I/O and throws nothing: the dependencies are built, and the
 * configuration checked, on a container's first request (its cold start), which fails loudly
 * naming what is missing. No ASK API client and no persistence adapter are registered: every
 * Alexa API and DynamoDB call goes through the skill's own clients under the turn's deadline,
 * so `serviceClientFactory` and `getPersistentAttributes` are left undefined on purpose
 * (test/architecture/wiring.test.ts).
 */
import { type HandlerInput, SkillBuilders } from 'ask-sdk-core';
import { MoreOffersIntentHandler } from './browsing/MoreOffersIntentHandler';
import { ChoiceIntentHandler } from './core/ChoiceIntentHandler';
import { ConversationInterceptor } from './conversation/ConversationInterceptor';
import { OrderHelpIntentHandler } from './core/OrderHelpIntentHandler';
import { premiumRedirect } from './purchasing/premiumRedirect';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { ClearRefinementsIntentHandler } from './browsing/ClearRefinementsIntentHandler';
import { CompareOffersIntentHandler } from './purchasing/CompareOffersIntentHandler';
import { DropRefinementAnswerHandler } from './browsing/DropRefinementAnswerHandler';
import { NextIntentHandler } from './browsing/NextIntentHandler';
import { PreviousIntentHandler } from './browsing/PreviousIntentHandler';
import { ProductDetailsIntentHandler } from './browsing/ProductDetailsIntentHandler';
import { ProductQuestionIntentHandler } from './browsing/ProductQuestionIntentHandler';
import { CompareProductsIntentHandler } from './browsing/CompareProductsIntentHandler';
import { ChooseVariationIntentHandler } from './browsing/ChooseVariationIntentHandler';
import { RelativeChoiceIntentHandler } from './core/RelativeChoiceIntentHandler';
import { ResumeAnswerHandler, ResumeShoppingIntentHandler } from './core/ResumeShoppingHandler';
import { RepeatShoppingActionHandler } from './shopping/RepeatShoppingActionHandler';
import { RefineResultsIntentHandler } from './browsing/RefineResultsIntentHandler';
import { SearchProductsIntentHandler } from './browsing/SearchProductsIntentHandler';
import { SortResultsIntentHandler } from './browsing/SortResultsIntentHandler';
import { EnvNames, env } from './config/env';
import { ExceptionEncounteredHandler } from './core/ExceptionEncounteredHandler';
import { FallbackIntentHandler } from './core/FallbackIntentHandler';
import { GenericErrorHandler } from './core/GenericErrorHandler';
import { HelpIntentHandler } from './core/HelpIntentHandler';
import { invokeSafely } from './core/invokeSafely';
import { LaunchRequestHandler } from './core/LaunchRequestHandler';
import { NavigateHomeIntentHandler } from './core/NavigateHomeIntentHandler';
import { RepeatIntentHandler } from './core/RepeatIntentHandler';
import { SessionEndedRequestHandler } from './core/SessionEndedRequestHandler';
import { SkillDisabledEventHandler } from './core/SkillDisabledEventHandler';
import { SkillErrorHandler } from './core/SkillErrorHandler';
import { StopIntentHandler } from './core/StopIntentHandler';
import { NoIntentHandler } from './core/NoIntentHandler';
import { CancelIntentHandler } from './core/CancelIntentHandler';
import { NotAProductHandler } from './core/NotAProductHandler';
import { UnrecognisedRequestHandler } from './core/UnrecognisedRequestHandler';
import { AskWhatToFindHandler } from './core/AskWhatToFindHandler';
import { PremiumWordsHandler } from './purchasing/PremiumWordsHandler';
import { routedHandlers, type RouteHandlers } from './routing/router';
import { Routes } from './routing/table';
import { UnderstandingInterceptor } from './understanding/turn';
import { dependenciesFromEnvironment, type SkillDependencies } from './dependencies';
import { describeError, log } from './util/log';
import { LastAnswerInterceptor } from './interceptors/LastAnswerInterceptor';
import { ListenInterceptor } from './interceptors/ListenInterceptor';
import { PendingQuestionInterceptor } from './interceptors/PendingQuestionInterceptor';
import { RequestLogInterceptor, ResponseLogInterceptor } from './interceptors/RequestLogInterceptor';
import { TurnContextInterceptor } from './interceptors/TurnContextInterceptor';
import { TurnEndInterceptor } from './interceptors/TurnEndInterceptor';
import { StaleCatalogInterceptor } from './interceptors/StaleCatalogInterceptor';
import { BuyPremiumIntentHandler } from './purchasing/BuyPremiumIntentHandler';
import { ConnectionsResponseHandler } from './purchasing/ConnectionsResponseHandler';
import { ListPriceWatchesIntentHandler } from './purchasing/ListPriceWatchesIntentHandler';
import { PriceDropAnswerHandler } from './purchasing/PriceDropAnswerHandler';
import { RefundPremiumIntentHandler } from './purchasing/RefundPremiumIntentHandler';
import { StopPriceWatchIntentHandler } from './purchasing/StopPriceWatchIntentHandler';
import { WatchPriceIntentHandler } from './purchasing/WatchPriceIntentHandler';
import { WhatCanIBuyIntentHandler } from './purchasing/WhatCanIBuyIntentHandler';
import { AddQuantityIntentHandler } from './shopping/AddQuantityIntentHandler';
import { AddToCartIntentHandler } from './shopping/AddToCartIntentHandler';
import { AddToWishListIntentHandler } from './shopping/AddToWishListIntentHandler';
import { BuyProductIntentHandler } from './shopping/BuyProductIntentHandler';
import { RecommendProductsIntentHandler } from './shopping/RecommendProductsIntentHandler';
import { SessionResumedRequestHandler } from './shopping/SessionResumedRequestHandler';
import { requireTokenKey, runningInLambda } from './security/tokenKey';
import { ScreenInterceptor } from './screens/ScreenInterceptor';
import { DynamicEntitiesInterceptor } from './interceptors/DynamicEntitiesInterceptor';
import { ScreenTouchHandler } from './touch/ScreenTouchHandler';

export function createSkill(deps: SkillDependencies, skillId = env(EnvNames.SkillId)) {
  const details = new ProductDetailsIntentHandler(deps);
  // Premium words said where a product belongs ("buy premium shopper") go to the purchase.
  const premium = (input: HandlerInput, query: string) => premiumRedirect(input, deps, query);
  const addToCart = new AddToCartIntentHandler(deps, premium);
  const buyProduct = new BuyProductIntentHandler(deps, premium);
  const addToWishList = new AddToWishListIntentHandler(deps, premium);
  const orderHelp = new OrderHelpIntentHandler();
  const productQuestion = new ProductQuestionIntentHandler(deps);
  // One handler per route; which requests a route gets is the table's (routing/table.ts).
  const routes: RouteHandlers = {
    [Routes.Launch]: new LaunchRequestHandler(deps),
    [Routes.PurchaseResult]: new ConnectionsResponseHandler(deps),
    [Routes.ShoppingResumed]: new SessionResumedRequestHandler(deps),
    [Routes.SessionEnded]: new SessionEndedRequestHandler(deps),
    [Routes.ExceptionEncountered]: new ExceptionEncounteredHandler(),
    [Routes.ScreenTouch]: new ScreenTouchHandler(deps),
    [Routes.SkillDisabled]: new SkillDisabledEventHandler(deps),
    [Routes.Search]: new SearchProductsIntentHandler(deps, { details, orders: orderHelp, premium }),
    [Routes.Details]: details,
    [Routes.Choice]: new ChoiceIntentHandler(deps),
    [Routes.AddToCart]: addToCart,
    [Routes.AddQuantity]: new AddQuantityIntentHandler(deps, premium),
    [Routes.Buy]: buyProduct,
    [Routes.WishList]: addToWishList,
    [Routes.Recommend]: new RecommendProductsIntentHandler(deps, premium),
    [Routes.CompareOffers]: new CompareOffersIntentHandler(deps),
    [Routes.MoreOffers]: new MoreOffersIntentHandler(deps),
    [Routes.WatchPrice]: new WatchPriceIntentHandler(deps),
    [Routes.ListWatches]: new ListPriceWatchesIntentHandler(deps),
    [Routes.StopWatch]: new StopPriceWatchIntentHandler(deps),
    [Routes.WhatCanIBuy]: new WhatCanIBuyIntentHandler(deps),
    [Routes.BuyPremium]: new BuyPremiumIntentHandler(deps),
    [Routes.RefundPremium]: new RefundPremiumIntentHandler(deps),
    [Routes.OrderHelp]: orderHelp,
    [Routes.Refine]: new RefineResultsIntentHandler(deps),
    [Routes.ClearRefinements]: new ClearRefinementsIntentHandler(deps),
    [Routes.Sort]: new SortResultsIntentHandler(deps),
    [Routes.ProductQuestion]: productQuestion,
    [Routes.CompareProducts]: new CompareProductsIntentHandler(deps),
    [Routes.ChooseVariation]: new ChooseVariationIntentHandler(deps),
    [Routes.RelativeChoice]: new RelativeChoiceIntentHandler(deps),
    [Routes.ResumeShopping]: new ResumeShoppingIntentHandler(deps),
    [Routes.ResumeAnswer]: new ResumeAnswerHandler(deps),
    [Routes.AnotherOne]: new RepeatShoppingActionHandler(deps, 'another'),
    [Routes.TryAgain]: new RepeatShoppingActionHandler(deps, 'retry'),
    [Routes.Next]: new NextIntentHandler(deps),
    [Routes.Previous]: new PreviousIntentHandler(),
    [Routes.Repeat]: new RepeatIntentHandler(),
    [Routes.Help]: new HelpIntentHandler(),
    [Routes.Stop]: new StopIntentHandler(deps),
    [Routes.Cancel]: new CancelIntentHandler(),
    [Routes.StartOver]: new NavigateHomeIntentHandler(),
    [Routes.No]: new NoIntentHandler(),
    [Routes.PriceDropAnswer]: new PriceDropAnswerHandler(deps),
    [Routes.DropRefinementAnswer]: new DropRefinementAnswerHandler(deps),
    [Routes.Fallback]: new FallbackIntentHandler(),
    [Routes.NotAProduct]: new NotAProductHandler(),
    [Routes.AskWhatToFind]: new AskWhatToFindHandler(),
    [Routes.PremiumWords]: new PremiumWordsHandler(deps),
    [Routes.Unrecognised]: new UnrecognisedRequestHandler(),
  };
  const builder = SkillBuilders.custom()
    .addRequestInterceptors(
      // First: the turn's context (deadline, translator, customer, device) every later step reads.
      new TurnContextInterceptor(deps.budgets),
      new RequestLogInterceptor(),
      new PendingQuestionInterceptor(),
      new ConversationInterceptor(),
      // Last: the words an open slot caught are understood once, before routing.
      new UnderstandingInterceptor(),
    )
    .addRequestHandlers(...routedHandlers(routes))
    .addResponseInterceptors(
      new StaleCatalogInterceptor(),
      new ScreenInterceptor(),
      new DynamicEntitiesInterceptor(),
      new LastAnswerInterceptor(),
      new ListenInterceptor(),
      new ResponseLogInterceptor(),
      new TurnEndInterceptor(),
    )
    .addErrorHandlers(new SkillErrorHandler(), new GenericErrorHandler());
  if (skillId !== undefined) builder.withSkillId(skillId);
  const skill = builder.create();
  // In Lambda, a missing or short token key fails every request (security/tokenKey.ts); once
  // the key is there, requests skip the check. A local run makes its key when first needed.
  let keyReady = !runningInLambda();
  return async (event: RequestEnvelope | unknown, context?: unknown): Promise<ResponseEnvelope> => {
    if (keyReady) return invokeSafely(skill, skillId, event, context);
    // The check (a Secrets Manager read on a container's first request) runs beside the turn,
    // not before it: the read and the turn's own first calls (the customer's state in DynamoDB)
    // then overlap instead of adding up. A refused key still fails the request: its answer is
    // dropped (README, Performance).
    const [checked, answered] = await Promise.allSettled([requireTokenKey(deps.tokenKey), invokeSafely(skill, skillId, event, context)]);
    if (checked.status === 'rejected') throw checked.reason;
    keyReady = checked.value;
    if (answered.status === 'rejected') throw answered.reason;
    return answered.value;
  };
}

type Invoke = ReturnType<typeof createSkill>;
/** Built on the container's first request, then reused by every later one. */
let invoke: Invoke | undefined;

function coldStart(): Invoke {
  try {
    return createSkill(dependenciesFromEnvironment());
  } catch (err) {
    // The invocation fails (Lambda's error metric and alarm see it) and the log says why.
    log.error('configuration_invalid', describeError(err));
    throw err;
  }
}

/** The Lambda entry point. Async: Node 24 on Lambda drops callback-style handlers. */
export async function handler(event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
  invoke ??= coldStart();
  return invoke(event, context);
}
