/**
 * The directive service (`POST /v1/directives`): progressive responses. Records every
 * directive sent and answers 204, as the service does; a test can slow it down or fail it
 * to show that the turn never waits for it.
 */
import type { services } from 'ask-sdk-model';
import type { Route } from './server';

export interface DirectivesEmulator {
  readonly routes: Route[];
  /** Directives received, in arrival order. */
  received(): readonly services.directive.SendDirectiveRequest[];
  /** Answer with this status (default 204) after this delay (default 0). */
  configure(options: { status?: number; delayMs?: number }): void;
}

export function directivesEmulator(): DirectivesEmulator {
  const received: services.directive.SendDirectiveRequest[] = [];
  let status = 204;
  let delayMs = 0;
  return {
    routes: [
      {
        method: 'POST',
        path: /^\/v1\/directives$/,
        name: 'directives',
        handle: (request) => {
          try {
            received.push(JSON.parse(request.body) as services.directive.SendDirectiveRequest);
          } catch {
            return { status: 400, body: { message: 'body is not JSON' } };
          }
          return { status, delayMs };
        },
      },
    ],
    received: () => [...received],
    configure: (options) => {
      status = options.status ?? 204;
      delayMs = options.delayMs ?? 0;
    },
  };
}
