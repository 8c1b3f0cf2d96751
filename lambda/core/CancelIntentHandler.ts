import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { clearAwaitingChoice } from '../conversation/awaiting';
import { answerWithStageQuestion } from '../conversation/stageQuestion';
import { tr } from '../turn/respond';
import type { RoutedHandler } from '../routing/router';

/**
 * "never mind", "cancel": drops the question the skill was waiting on (the interceptors have
 * already cleared it; a "no" routed here to "Which one?" clears it now) and keeps the list; the
 * session stays open. Stop is what ends it.
 */
export class CancelIntentHandler implements RoutedHandler {
  handle(input: HandlerInput): Response {
    clearAwaitingChoice(input);
    return answerWithStageQuestion(input, tr(input)('CANCELLED'));
  }
}
