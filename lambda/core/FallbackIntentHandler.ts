import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { askWhatToFind } from '../conversation/elicit';
import { currentStage } from '../conversation/stage';
import { ask, tr } from '../turn/respond';
import type { RoutedHandler } from '../routing/router';
import { countMiss } from '../conversation/misses';

/**
 * A fallback that changes: the first miss says what works where the customer is; the second
 * in a row offers two or three things that work here; from the third on it offers help or
 * to stop, rather than the same sentence again.
 */
export class FallbackIntentHandler implements RoutedHandler {
  handle(input: HandlerInput): Response {
    return answerMiss(input, countMiss(input));
  }
}

/** The answer to the n-th miss in a row (a fallback, or small talk the skill cannot use). */
export function answerMiss(input: HandlerInput, misses: number): Response {
  const t = tr(input);
  if (misses >= 3) return ask(input, t('FALLBACK_HELP_OR_STOP'), t('FALLBACK_HELP_OR_STOP_REPROMPT'));
  const second = misses === 2;
  switch (currentStage(input)) {
    case 'launch':
      return askWhatToFind(input, t(second ? 'FALLBACK_OFFER_LAUNCH' : 'FALLBACK_LAUNCH'), t('FALLBACK_REPROMPT'));
    case 'list':
      return ask(input, t(second ? 'FALLBACK_OFFER_LIST' : 'FALLBACK_LIST'), t('HELP_LIST_REPROMPT'));
    case 'details':
      return ask(input, t(second ? 'FALLBACK_OFFER_DETAILS' : 'FALLBACK_DETAILS'), t('HELP_DETAILS_REPROMPT'));
    case 'action':
    case 'purchase':
      return ask(input, t(second ? 'FALLBACK_OFFER_AFTER' : 'FALLBACK_AFTER'), t('HELP_AFTER_REPROMPT'));
  }
}
