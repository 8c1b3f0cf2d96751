import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { tell, tr } from '../turn/respond';
import type { RoutedHandler } from '../routing/router';

/** "Stop", and every closing ("that's all", "bye", "cheers"), said anywhere: a short goodbye. */
export class StopIntentHandler implements RoutedHandler {
  handle(input: HandlerInput): Response {
    return tell(input, tr(input)('GOODBYE'));
  }
}
