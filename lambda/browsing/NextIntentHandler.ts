import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames } from '../constants';
import { isIntent } from '../util/intentMatch';
import type { Catalog } from '../catalog/Catalog';
import { ssml } from '../i18n';
import { currentPage, getShoppingState, setShoppingState } from '../session';
import { ask, tr } from '../turn/respond';
import { askWithPage, pageItems } from './answers';
import { fetchMore } from './paging';
import { spokenCount } from '../i18n/spoken';
import { askWhatToFind } from '../conversation/elicit';

/** AMAZON.NextIntent: the next page of results, fetching more from the catalog when needed. */
export class NextIntentHandler implements RequestHandler {
  constructor(private readonly deps: { catalog: Catalog }) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.Next);
  }

  handle(input: HandlerInput): Promise<Response> {
    return nextPage(input, this.deps.catalog);
  }
}

/** The next page of the list, as "next" and a touch on Next reach it. */
export async function nextPage(input: HandlerInput, catalog: Catalog): Promise<Response> {
  const t = tr(input);
  const state = getShoppingState(input);
  if (state.products.length === 0) return askWhatToFind(input, t('NOTHING_LISTED'), t('SEARCH_ASK_QUERY'));
  // After a short page (a filtered list), the next page starts at the first product not yet read.
  const nextStart = Math.min(state.pageStart + state.pageSize, state.products.length);
  const scannedBefore = state.refinements?.scanned;
  if (nextStart >= state.products.length && !(await fetchMore(input, catalog, state))) {
    const end = state.query === undefined ? t('END_OF_LIST') : t('END_OF_RESULTS', { query: state.query });
    return ask(input, end, t('AFTER_RESULTS_REPROMPT'));
  }
  state.pageStart = nextStart;
  delete state.current;
  setShoppingState(input, state);
  const shown = currentPage(state).length;
  const items = ssml(pageItems(t, state));
  // A price or sort list that just looked at further pages says which results it added.
  const scannedAfter = state.refinements?.scanned;
  if (scannedBefore !== undefined && scannedAfter !== undefined && scannedAfter > scannedBefore) {
    return askWithPage(input, t, t('RESULTS_NEXT_SCANNED', { from: scannedBefore + 1, to: scannedAfter, shown: spokenCount(t, shown), items }));
  }
  return askWithPage(input, t, t.plural('RESULTS_NEXT', shown, { shown: spokenCount(t, shown), items }));
}
