import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { answerWithStageQuestion } from '../conversation/stageQuestion';
import { tr } from '../turn/respond';
import type { RoutedHandler } from '../routing/router';

/**
 * "never mind", "cancel": drops the question the skill was waiting on (the interceptors have
 * already cleared it) and keeps the list; the session stays open. Stop is what ends it.
 */
export class CancelIntentHandler implements RoutedHandler {
  handle(input: HandlerInput): Response {
    return answerWithStageQuestion(input, tr(input)('CANCELLED'));
  }
}
