/**
 * The routing table made into ASK SDK request handlers: one per route, each accepting
 * exactly the requests the table gives its route. A handler here only handles; which
 * requests it gets is the table's business (lambda/routing/table.ts).
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { type Route, routeOf } from './table';
import { noteTurn, observingTurns } from '../observe/turnRecord';
import { PromiseCache } from '../util/promiseCache';

export interface RoutedHandler {
  handle(input: HandlerInput): Promise<Response> | Response;
}

/** Every route needs its handler: a route without one fails to compile. */
export type RouteHandlers = Readonly<Record<Route, RoutedHandler>>;

export function routedHandlers(handlers: RouteHandlers): RequestHandler[] {
  const routed: RequestHandler[] = (Object.entries(handlers) as Array<[Route, RoutedHandler]>).map(([route, handler]) => ({
    canHandle: (input: HandlerInput) => routeOf(input) === route,
    handle: (input: HandlerInput) => {
      noteTurn(input, { route });
      // Observed (tests): how many handlers would have taken it; the routing test wants one.
      if (observingTurns()) noteTurn(input, { accepting: routed.filter((h) => h.canHandle(input)).length });
      return handler.handle(input);
    },
  }));
  return routed;
}

/**
 * `load()` once, shared by every caller; a failed load is tried again on the next call. For a
 * handler that lives in a module of its own: `load` imports it, so the module (and whatever only
 * it imports) is evaluated on the first request that needs it, not on a container's start.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  const loaded = new PromiseCache<T>();
  return () => loaded.get(load);
}

/** A route's handler loaded on the route's first request (loadOnce); routing stays the table's. */
export function lazyRoute(load: () => Promise<RoutedHandler>): RoutedHandler {
  const handler = loadOnce(load);
  return { handle: async (input) => (await handler()).handle(input) };
}
