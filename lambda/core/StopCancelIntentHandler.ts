import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames } from '../constants';
import { tell, tr } from '../turn/respond';
import { isIntent } from '../util/intentMatch';

/** "Stop" and "cancel" both end the session with a short goodbye. */
export class StopCancelIntentHandler implements RequestHandler {
  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.Stop, IntentNames.Cancel);
  }

  handle(input: HandlerInput): Response {
    return tell(input, tr(input)('GOODBYE'));
  }
}
