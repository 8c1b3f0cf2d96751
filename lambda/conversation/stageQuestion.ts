/**
 * The question of the stage the customer is in, after a short answer that is not a result
 * ("Okay.", "Take your time."): what to find, which one, what to do with it. At the start it
 * listens for a bare product name, as every "What would you like to find?" does.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { ask, tr } from '../turn/respond';
import { askWhatToFind } from './elicit';
import { currentStage } from './stage';

export function answerWithStageQuestion(input: HandlerInput, lead: string): Response {
  const t = tr(input);
  switch (currentStage(input)) {
    case 'launch':
      return askWhatToFind(input, `${lead} ${t('STAGE_LAUNCH')}`, t('FALLBACK_REPROMPT'));
    case 'list':
      return ask(input, `${lead} ${t('STAGE_LIST')}`, t('HELP_LIST_REPROMPT'));
    case 'details':
      return ask(input, `${lead} ${t('STAGE_DETAILS')}`, t('HELP_DETAILS_REPROMPT'));
    case 'action':
    case 'purchase':
      return ask(input, `${lead} ${t('STAGE_AFTER')}`, t('HELP_AFTER_REPROMPT'));
  }
}
