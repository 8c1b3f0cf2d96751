/**
 * The routing table made into ASK SDK request handlers: one per route, each accepting
 * exactly the requests the table gives its route. A handler here only handles; which
 * requests it gets is the table's business (lambda/routing/table.ts).
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { type Route, routeOf } from './table';
import { noteTurn } from '../observe/turnRecord';

export interface RoutedHandler {
  handle(input: HandlerInput): Promise<Response> | Response;
}

/** Every route needs its handler: a route without one fails to compile. */
export type RouteHandlers = Readonly<Record<Route, RoutedHandler>>;

export function routedHandlers(handlers: RouteHandlers): RequestHandler[] {
  return (Object.entries(handlers) as Array<[Route, RoutedHandler]>).map(([route, handler]) => ({
    canHandle: (input: HandlerInput) => routeOf(input) === route,
    handle: (input: HandlerInput) => {
      noteTurn(input, { route });
      return handler.handle(input);
    },
  }));
}
