/**
 * Coming back to a list: "yes" to "Last time you looked at coffee. Want to go back to it?"
 * (asked at launch), and "what was I looking at" / "the list from before" at any time. The
 * session's own list is read again; with none, the saved shopping context (kept a day,
 * conversation/shoppingContext.ts) is brought back. "no" to the offer asks what to find.
 */
import { getLocale, type HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames } from '../constants';
import { askWithPage, pageItems } from '../browsing/answers';
import { askWhatToFind } from '../conversation/elicit';
import { pendingQuestion } from '../conversation/pendingQuestion';
import { restoreShoppingContext, savedShopping } from '../conversation/shoppingContext';
import type { SkillDependencies } from '../dependencies';
import { ssml } from '../i18n';
import type { RoutedHandler } from '../routing/router';
import { currentPage, getShoppingState, setShoppingState } from '../session';
import type { Catalog } from '../catalog/Catalog';
import { marketplaceFor } from '../catalog/regions';
import { toListedProduct } from '../browsing/listing';
import { turnDeadline } from '../turn/context';
import { ask, tr } from '../turn/respond';
import { isIntent } from '../util/intentMatch';
import { log } from '../util/log';

type Deps = Pick<SkillDependencies, 'persistence' | 'now' | 'catalog'>;

/**
 * A list kept since another session is up to a day old: the page about to be read is fetched
 * again (prices and availability change), and what the catalog no longer has is left out.
 * Only the catalog's own titles are read: nothing stored is spoken unchecked.
 */
async function refreshPage(input: HandlerInput, catalog: Catalog): Promise<void> {
  const state = getShoppingState(input);
  const page = currentPage(state);
  const marketplace = marketplaceFor(getLocale(input.requestEnvelope));
  const result = await catalog.getProductsByAsins({ ...marketplace, asins: page.map((p) => p.asin) }, { deadline: turnDeadline(input) });
  const fresh = new Map(result.products.map((p) => [p.asin, toListedProduct(p)]));
  const focus = state.current === undefined ? undefined : state.products[state.current]?.asin;
  const end = state.pageStart + state.pageSize;
  const products = state.products.flatMap((p, i) => (i < state.pageStart || i >= end ? [p] : (fresh.get(p.asin) ?? [])));
  const { current: _old, ...rest } = state;
  const current = products.findIndex((p) => p.asin === focus);
  setShoppingState(input, { ...rest, products, ...(current >= 0 ? { current } : {}) });
}

/** Reads the list where the customer left it: the product in focus, else the page heard. */
function backToList(input: HandlerInput): Response {
  const t = tr(input);
  const state = getShoppingState(input);
  const focus = state.current === undefined ? undefined : state.products[state.current];
  if (focus !== undefined && state.query !== undefined) {
    return ask(input, t('RESUME_BACK_FOCUS', { query: state.query, title: focus.title }), t('DETAILS_NEXT_REPROMPT'));
  }
  const items = ssml(pageItems(t, state));
  return askWithPage(input, t, state.query === undefined ? t('RESUME_LIST', { items }) : t('RESUME_BACK', { query: state.query, items }));
}

function nothingSaved(input: HandlerInput): Response {
  const t = tr(input);
  return askWhatToFind(input, t('RESUME_NOTHING'), t('SEARCH_ASK_QUERY'));
}

async function backToSavedList(input: HandlerInput, catalog: Catalog): Promise<Response> {
  await refreshPage(input, catalog);
  return currentPage(getShoppingState(input)).length === 0 ? nothingSaved(input) : backToList(input);
}

/** "what was I looking at", "the list from before". */
export class ResumeShoppingIntentHandler implements RoutedHandler {
  constructor(private readonly deps: Deps) {}

  async handle(input: HandlerInput): Promise<Response> {
    if (getShoppingState(input).products.length > 0) return backToList(input);
    const saved = await savedShopping(input, this.deps.persistence, this.deps.now());
    const restored = saved !== undefined && (await restoreShoppingContext(input, this.deps.persistence, saved.id, this.deps.now()));
    log.info('shopping_resumed', { restored });
    return restored ? backToSavedList(input, this.deps.catalog) : nothingSaved(input);
  }
}

/** "yes" or "no" to the offer made at launch. */
export class ResumeAnswerHandler implements RoutedHandler {
  constructor(private readonly deps: Deps) {}

  async handle(input: HandlerInput): Promise<Response> {
    const t = tr(input);
    const question = pendingQuestion(input);
    if (isIntent(input, IntentNames.Yes) && question?.kind === 'resume') {
      if (await restoreShoppingContext(input, this.deps.persistence, question.id, this.deps.now())) return backToSavedList(input, this.deps.catalog);
      // Gone since the offer (another device's session replaced it): say so, ask what to find.
      return nothingSaved(input);
    }
    return askWhatToFind(input, t('SEARCH_ASK_QUERY'), t('SEARCH_ASK_QUERY_REPROMPT'));
  }
}
