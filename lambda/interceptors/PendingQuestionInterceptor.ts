import type { HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import { takePendingQuestionFromSession } from '../conversation/pendingQuestion';

/** Makes a yes/no question the skill asked valid for the very next turn only. */
export class PendingQuestionInterceptor implements RequestInterceptor {
  process(input: HandlerInput): void {
    // No session (e.g. a Connections.Response without one): nothing was asked.
    if (input.requestEnvelope.session === undefined) return;
    takePendingQuestionFromSession(input);
  }
}
