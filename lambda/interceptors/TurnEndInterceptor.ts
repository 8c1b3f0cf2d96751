import type { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import { endTurn } from '../turn/context';

/**
 * Last of the response interceptors: the answer is built, so the turn's deadline is released
 * (lambda/turn/context.ts). A turn that ends in an error handler skips the response
 * interceptors; its deadline's timer then simply runs out, as every turn's did before.
 */
export class TurnEndInterceptor implements ResponseInterceptor {
  process(input: HandlerInput): void {
    endTurn(input);
  }
}
