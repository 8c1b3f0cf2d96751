import { getLocale, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames } from '../constants';
import { isIntent } from '../util/intentMatch';
import type { Catalog } from '../catalog/Catalog';
import { ssml } from '../i18n';
import { getShoppingState } from '../session';
import { pendingQuestion } from '../conversation/pendingQuestion';
import { ask, tr } from '../turn/respond';
import { removeRefinement } from './refine/apply';
import { answerRefinedList } from './refine/respond';
import { refinementPhrase } from './refine/speech';
import { currencyOf, marketplaceFor } from '../catalog/regions';

/**
 * The answer to "Adding under 5 dollars emptied the list. Shall I drop it?": yes drops it and
 * lists again; no keeps the filters and asks what next (never "goodbye").
 */
export class DropRefinementAnswerHandler implements RequestHandler {
  constructor(private readonly deps: { catalog: Catalog }) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.Yes, IntentNames.No) && pendingQuestion(input)?.kind === 'drop-refinement';
  }

  async handle(input: HandlerInput): Promise<Response> {
    const t = tr(input);
    const question = pendingQuestion(input);
    const state = getShoppingState(input);
    if (isIntent(input, IntentNames.No) || question?.kind !== 'drop-refinement' || state.query === undefined || state.refinements === undefined) {
      return ask(input, t('REFINE_KEPT'), t('REFINED_AFTER_REPROMPT'));
    }
    const currency = currencyOf(marketplaceFor(getLocale(input.requestEnvelope)).productRegion);
    const removed = refinementPhrase(t, state.refinements.applied, question.refinement, currency);
    removeRefinement(state.refinements, question.refinement);
    return answerRefinedList(input, this.deps.catalog, state.query, state.refinements, t('REFINE_DROPPED', { removed: ssml(removed) }));
  }
}
