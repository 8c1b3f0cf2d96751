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
import { SkillBuilders } from 'ask-sdk-core';
import { ConversationInterceptor } from './conversation/ConversationInterceptor';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { EnvNames, env } from './config/env';
import { GenericErrorHandler } from './core/GenericErrorHandler';
import { invokeSafely } from './core/invokeSafely';
import { LaunchRequestHandler } from './core/LaunchRequestHandler';
import { SkillErrorHandler } from './core/SkillErrorHandler';
import { lazyRoute, loadOnce, routedHandlers, type RouteHandlers } from './routing/router';
import type { PremiumRedirect } from './shopping/deps';
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
import { ScreenInterceptor } from './screens/ScreenInterceptor';
import { DynamicEntitiesInterceptor } from './interceptors/DynamicEntitiesInterceptor';

export function createSkill(deps: SkillDependencies, skillId = env(EnvNames.SkillId)) {
  // Every route but the launch is loaded on its first request (routing/router.ts, lazyRoute):
  // a new container's first turn, usually a launch, then evaluates only the modules a launch
  // needs (README, Performance). Handlers shared by two routes are loaded once.
  const details = loadOnce(() => import('./browsing/ProductDetailsIntentHandler').then((m) => new m.ProductDetailsIntentHandler(deps)));
  // Premium words said where a product belongs ("buy premium shopper") go to the purchase.
  const premium: PremiumRedirect = (input, query) => import('./purchasing/premiumRedirect').then((m) => m.premiumRedirect(input, deps, query));
  const orderHelp = loadOnce(() => import('./core/OrderHelpIntentHandler').then((m) => new m.OrderHelpIntentHandler()));
  const routes: RouteHandlers = {
    [Routes.Launch]: new LaunchRequestHandler(deps),
    [Routes.PurchaseResult]: lazyRoute(() => import('./purchasing/ConnectionsResponseHandler').then((m) => new m.ConnectionsResponseHandler(deps))),
    [Routes.ShoppingResumed]: lazyRoute(() => import('./shopping/SessionResumedRequestHandler').then((m) => new m.SessionResumedRequestHandler(deps))),
    [Routes.SessionEnded]: lazyRoute(() => import('./core/SessionEndedRequestHandler').then((m) => new m.SessionEndedRequestHandler(deps))),
    [Routes.ExceptionEncountered]: lazyRoute(() => import('./core/ExceptionEncounteredHandler').then((m) => new m.ExceptionEncounteredHandler())),
    [Routes.ScreenTouch]: lazyRoute(() => import('./touch/ScreenTouchHandler').then((m) => new m.ScreenTouchHandler(deps))),
    [Routes.SkillDisabled]: lazyRoute(() => import('./core/SkillDisabledEventHandler').then((m) => new m.SkillDisabledEventHandler(deps))),
    [Routes.Search]: lazyRoute(async () => {
      const [m, detailsHandler, orders] = await Promise.all([import('./browsing/SearchProductsIntentHandler'), details(), orderHelp()]);
      return new m.SearchProductsIntentHandler(deps, { details: detailsHandler, orders, premium });
    }),
    [Routes.Details]: lazyRoute(details),
    [Routes.Choice]: lazyRoute(() => import('./core/ChoiceIntentHandler').then((m) => new m.ChoiceIntentHandler(deps))),
    [Routes.AddToCart]: lazyRoute(() => import('./shopping/AddToCartIntentHandler').then((m) => new m.AddToCartIntentHandler(deps, premium))),
    [Routes.AddQuantity]: lazyRoute(() => import('./shopping/AddQuantityIntentHandler').then((m) => new m.AddQuantityIntentHandler(deps, premium))),
    [Routes.Buy]: lazyRoute(() => import('./shopping/BuyProductIntentHandler').then((m) => new m.BuyProductIntentHandler(deps, premium))),
    [Routes.WishList]: lazyRoute(() => import('./shopping/AddToWishListIntentHandler').then((m) => new m.AddToWishListIntentHandler(deps, premium))),
    [Routes.Recommend]: lazyRoute(() => import('./shopping/RecommendProductsIntentHandler').then((m) => new m.RecommendProductsIntentHandler(deps, premium))),
    [Routes.CompareOffers]: lazyRoute(() => import('./purchasing/CompareOffersIntentHandler').then((m) => new m.CompareOffersIntentHandler(deps))),
    [Routes.MoreOffers]: lazyRoute(() => import('./browsing/MoreOffersIntentHandler').then((m) => new m.MoreOffersIntentHandler(deps))),
    [Routes.WatchPrice]: lazyRoute(() => import('./purchasing/WatchPriceIntentHandler').then((m) => new m.WatchPriceIntentHandler(deps))),
    [Routes.ListWatches]: lazyRoute(() => import('./purchasing/ListPriceWatchesIntentHandler').then((m) => new m.ListPriceWatchesIntentHandler(deps))),
    [Routes.StopWatch]: lazyRoute(() => import('./purchasing/StopPriceWatchIntentHandler').then((m) => new m.StopPriceWatchIntentHandler(deps))),
    [Routes.WhatCanIBuy]: lazyRoute(() => import('./purchasing/WhatCanIBuyIntentHandler').then((m) => new m.WhatCanIBuyIntentHandler(deps))),
    [Routes.BuyPremium]: lazyRoute(() => import('./purchasing/BuyPremiumIntentHandler').then((m) => new m.BuyPremiumIntentHandler(deps))),
    [Routes.RefundPremium]: lazyRoute(() => import('./purchasing/RefundPremiumIntentHandler').then((m) => new m.RefundPremiumIntentHandler(deps))),
    [Routes.OrderHelp]: lazyRoute(orderHelp),
    [Routes.Refine]: lazyRoute(() => import('./browsing/RefineResultsIntentHandler').then((m) => new m.RefineResultsIntentHandler(deps))),
    [Routes.ClearRefinements]: lazyRoute(() => import('./browsing/ClearRefinementsIntentHandler').then((m) => new m.ClearRefinementsIntentHandler(deps))),
    [Routes.Sort]: lazyRoute(() => import('./browsing/SortResultsIntentHandler').then((m) => new m.SortResultsIntentHandler(deps))),
    [Routes.ProductQuestion]: lazyRoute(() => import('./browsing/ProductQuestionIntentHandler').then((m) => new m.ProductQuestionIntentHandler(deps))),
    [Routes.CompareProducts]: lazyRoute(() => import('./browsing/CompareProductsIntentHandler').then((m) => new m.CompareProductsIntentHandler(deps))),
    [Routes.ChooseVariation]: lazyRoute(() => import('./browsing/ChooseVariationIntentHandler').then((m) => new m.ChooseVariationIntentHandler(deps))),
    [Routes.RelativeChoice]: lazyRoute(() => import('./core/RelativeChoiceIntentHandler').then((m) => new m.RelativeChoiceIntentHandler(deps))),
    [Routes.ResumeShopping]: lazyRoute(() => import('./core/ResumeShoppingHandler').then((m) => new m.ResumeShoppingIntentHandler(deps))),
    [Routes.ResumeAnswer]: lazyRoute(() => import('./core/ResumeShoppingHandler').then((m) => new m.ResumeAnswerHandler(deps))),
    [Routes.AnotherOne]: lazyRoute(() => import('./shopping/RepeatShoppingActionHandler').then((m) => new m.RepeatShoppingActionHandler(deps, 'another'))),
    [Routes.TryAgain]: lazyRoute(() => import('./shopping/RepeatShoppingActionHandler').then((m) => new m.RepeatShoppingActionHandler(deps, 'retry'))),
    [Routes.Next]: lazyRoute(() => import('./browsing/NextIntentHandler').then((m) => new m.NextIntentHandler(deps))),
    [Routes.Previous]: lazyRoute(() => import('./browsing/PreviousIntentHandler').then((m) => new m.PreviousIntentHandler())),
    [Routes.Repeat]: lazyRoute(() => import('./core/RepeatIntentHandler').then((m) => new m.RepeatIntentHandler())),
    [Routes.Help]: lazyRoute(() => import('./core/HelpIntentHandler').then((m) => new m.HelpIntentHandler())),
    [Routes.Stop]: lazyRoute(() => import('./core/StopIntentHandler').then((m) => new m.StopIntentHandler(deps))),
    [Routes.Cancel]: lazyRoute(() => import('./core/CancelIntentHandler').then((m) => new m.CancelIntentHandler())),
    [Routes.StartOver]: lazyRoute(() => import('./core/NavigateHomeIntentHandler').then((m) => new m.NavigateHomeIntentHandler())),
    [Routes.No]: lazyRoute(() => import('./core/NoIntentHandler').then((m) => new m.NoIntentHandler())),
    [Routes.PriceDropAnswer]: lazyRoute(() => import('./purchasing/PriceDropAnswerHandler').then((m) => new m.PriceDropAnswerHandler(deps))),
    [Routes.DropRefinementAnswer]: lazyRoute(() => import('./browsing/DropRefinementAnswerHandler').then((m) => new m.DropRefinementAnswerHandler(deps))),
    [Routes.Fallback]: lazyRoute(() => import('./core/FallbackIntentHandler').then((m) => new m.FallbackIntentHandler())),
    [Routes.NotAProduct]: lazyRoute(() => import('./core/NotAProductHandler').then((m) => new m.NotAProductHandler())),
    [Routes.AskWhatToFind]: lazyRoute(() => import('./core/AskWhatToFindHandler').then((m) => new m.AskWhatToFindHandler())),
    [Routes.PremiumWords]: lazyRoute(() => import('./purchasing/PremiumWordsHandler').then((m) => new m.PremiumWordsHandler(deps))),
    [Routes.Unrecognised]: lazyRoute(() => import('./core/UnrecognisedRequestHandler').then((m) => new m.UnrecognisedRequestHandler())),
  };
  const builder = SkillBuilders.custom()
    .addRequestInterceptors(
      // First: the turn's context (deadline, translator, customer, device) every later step reads.
      new TurnContextInterceptor(deps.budgets, deps.deadlineClock),
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
  // No token-key check before or beside the turn: the key is read when a turn first needs it
  // (a Shopping Action or a purchase issues or reads a token), and in Lambda a missing or short
  // key fails that turn with `token_secret_invalid` and the ConfigurationFailure metric
  // (security/tokenKey.ts). A launch or a search never signs a token, so a new container's first
  // launch no longer waits for a Secrets Manager read (README, Performance).
  return (event: RequestEnvelope | unknown, context?: unknown): Promise<ResponseEnvelope> => invokeSafely(skill, skillId, event, context);
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
