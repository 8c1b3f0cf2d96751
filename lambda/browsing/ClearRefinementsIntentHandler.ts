import { getLocale, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames, SlotNames } from '../constants';
import { isIntent } from '../util/intentMatch';
import type { Catalog } from '../catalog/Catalog';
import { ssml } from '../i18n';
import { getShoppingState } from '../session';
import { ask, tr } from '../turn/respond';
import { removeRefinement } from './refine/apply';
import { kindFromId } from './refine/parse';
import { answerRefinedList } from './refine/respond';
import { kindName, refinementPhrase } from './refine/speech';
import { spokenList } from '../i18n/spoken';
import { currencyOf, marketplaceFor } from '../catalog/regions';
import { resolvedId } from '../util/slots';

/** "clear the filters", "any brand", "remove the price limit": drops refinements and lists again. */
export class ClearRefinementsIntentHandler implements RequestHandler {
  constructor(private readonly deps: { catalog: Catalog }) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.ClearRefinements);
  }

  async handle(input: HandlerInput): Promise<Response> {
    const t = tr(input);
    const state = getShoppingState(input);
    if (state.query === undefined) return ask(input, t('NOTHING_LISTED'), t('SEARCH_ASK_QUERY'));
    const refinements = state.refinements;
    if (refinements === undefined || refinements.order.length === 0) return ask(input, t('REFINE_NO_FILTERS'), t('AFTER_RESULTS_REPROMPT'));
    const kind = kindFromId(resolvedId(input, SlotNames.RefinementKind)) ?? 'all';
    if (kind !== 'all' && refinements.applied[kind] === undefined) {
      return ask(input, t('REFINE_NONE_TO_REMOVE', { kind: ssml(kindName(t, kind)) }), t('AFTER_RESULTS_REPROMPT'));
    }
    const currency = currencyOf(marketplaceFor(getLocale(input.requestEnvelope)).productRegion);
    // Named before they go: "Okay, I dropped Duracell only."
    const phrases = (kind === 'all' ? refinements.order : [kind]).map((k) => refinementPhrase(t, refinements.applied, k, currency));
    removeRefinement(refinements, kind);
    const lead = kind === 'all' ? t('REFINE_CLEARED') : t('REFINE_DROPPED', { removed: ssml(spokenList(t, phrases)) });
    return answerRefinedList(input, this.deps.catalog, state.query, refinements, lead);
  }
}
