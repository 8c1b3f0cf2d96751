import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { answerWithStageQuestion } from '../conversation/stageQuestion';
import type { MessageKey } from '../i18n';
import { tr } from '../turn/respond';
import type { RoutedHandler } from '../routing/router';
import { understoodThisTurn } from '../understanding/turn';
import { countMiss } from '../conversation/misses';
import { restoreStage } from '../conversation/stage';
import { answerMiss } from './FallbackIntentHandler';

const LEADS: Record<string, MessageKey> = {
  filler: 'NOT_A_PRODUCT_FILLER',
  'dont-know': 'NOT_A_PRODUCT_DONT_KNOW',
  'chit-chat': 'NOT_A_PRODUCT_CHIT_CHAT',
  question: 'NOT_A_PRODUCT_QUESTION',
};

/**
 * Words an open slot caught that name no product ("um", "I don't know", "tell me a joke"):
 * a short honest answer and the stage's question. Nothing is searched and the list stays.
 */
export class NotAProductHandler implements RoutedHandler {
  handle(input: HandlerInput): Response {
    const understood = understoodThisTurn(input);
    // No words understood: a bare "okay" with nothing asked.
    const why = understood?.kind === 'not-a-product' ? understood.why : 'filler';
    restoreStage(input);
    // Small talk and questions the skill cannot answer are misses: the second in a row gets
    // the fallback's offer of what works here, the third help or stop (FallbackIntentHandler).
    if (why === 'chit-chat' || why === 'question') {
      const misses = countMiss(input);
      if (misses >= 2) return answerMiss(input, misses);
    }
    return answerWithStageQuestion(input, tr(input)(LEADS[why] ?? 'NOT_A_PRODUCT_QUESTION'));
  }
}
