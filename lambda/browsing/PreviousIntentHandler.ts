import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames } from '../constants';
import { isIntent } from '../util/intentMatch';
import { ssml } from '../i18n';
import { currentPage, getShoppingState, setShoppingState } from '../session';
import { tr } from '../turn/respond';
import { askWithPage, pageItems } from './answers';
import { spokenCount } from '../i18n/spoken';
import { askWhatToFind } from '../conversation/elicit';

/** AMAZON.PreviousIntent: the page before, or the first page again at the start. */
export class PreviousIntentHandler implements RequestHandler {
  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.Previous);
  }

  handle(input: HandlerInput): Response {
    return previousPage(input);
  }
}

/** The page before, as "previous" and a touch on Previous reach it. */
export function previousPage(input: HandlerInput): Response {
  const t = tr(input);
  const state = getShoppingState(input);
  if (state.products.length === 0) return askWhatToFind(input, t('NOTHING_LISTED'), t('SEARCH_ASK_QUERY'));
  if (state.pageStart === 0) return askWithPage(input, t, t('START_OF_RESULTS', { items: ssml(pageItems(t, state)) }));
  state.pageStart = Math.max(0, state.pageStart - state.pageSize);
  delete state.current;
  setShoppingState(input, state);
  const shown = currentPage(state).length;
  const items = ssml(pageItems(t, state));
  return askWithPage(input, t, t.plural('RESULTS_PREVIOUS', shown, { shown: spokenCount(t, shown), items }));
}
