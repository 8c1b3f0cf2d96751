/**
 * The routing table made into ASK SDK request handlers: one per route, each accepting
 * exactly the requests the table gives its route. A handler here only handles; which
 * requests it gets is the table's business (lambda/routing/table.ts).
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { type Route, routeOf } from './table';
import { noteTurn, observingTurns } from '../observe/turnRecord';

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
