/**
 * The answers shared by every handler that changes refinements: apply what the customer
 * asked for with the ids the last response offered, fetch the refined list, and speak it
 * (or say which refinement emptied it and offer to drop it).
 */
import { getLocale, type HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { ssml } from '../../i18n';
import { phrasesFor } from '../../i18n/phrases';
import { type LongestFirst, matcherFor } from '../../understanding/compiled';
import { DEFAULT_PAGE_SIZE, getShoppingState, setShoppingState, type ShoppingState } from '../../session';
import { turnDeadline } from '../../turn/context';
import { escapeSsml } from '../../util/ssml';
import { log } from '../../util/log';
import { setPendingQuestion } from '../../conversation/pendingQuestion';
import { ask, tr } from '../../turn/respond';
import { askWithPage, FETCH_BATCH, pageItems } from '../answers';
import type { CallOptions, Catalog } from '../../catalog/Catalog';
import { currencyOf, marketplaceFor } from '../../catalog/regions';
import { spokenList } from '../../i18n/spoken';
import { resultsLead } from '../search';
import { findBrand, offeredFrom, type Resolved, type Unmet, resolveRequests } from './apply';
import { noteTurn } from '../../observe/turnRecord';
import { hasRequests, requestedKinds } from './parse';
import { splitQuery } from '../../understanding/refinements';
import { emptyRefinements, listRefined, mergeOffered } from './search';
import { emptiedSpeech, refinedListSpeech, refinementPhrase } from './speech';
import type { RefinementState, RequestedRefinements } from '../../session/refinements';
import { show } from '../../screens/shown';

/** Brands named when the one asked for is not among the results. */
const BRANDS_SUGGESTED = 4;

function marketplaceOf(input: HandlerInput) {
  const marketplace = marketplaceFor(getLocale(input.requestEnvelope));
  return { marketplace, currency: currencyOf(marketplace.productRegion) };
}

/** Fetches and speaks the list for `query` under `refinements`. `lead` goes first ("Okay, I dropped…"). */
export async function answerRefinedList(
  input: HandlerInput,
  catalog: Catalog,
  query: string,
  refinements: RefinementState,
  lead = '',
  options: CallOptions = { deadline: turnDeadline(input) },
  unmatchedBrand?: Resolved['unmatchedBrand'],
): Promise<Response> {
  const t = tr(input);
  const { marketplace, currency } = marketplaceOf(input);
  const outcome = await listRefined(catalog, marketplace, query, refinements, options);
  const { state } = outcome;
  // Words asked for as a brand that nothing looked at holds: not a filter after all; the list stays as it was.
  if (unmatchedBrand !== undefined && outcome.kind === 'empty' && outcome.culprit === 'attribute') {
    log.info('catalog_refinement_unmet', { kind: 'brand' });
    return unmetSpeech(input, { kind: 'brand', ...unmatchedBrand }, query, currency);
  }
  setShoppingState(input, state);
  log.info('catalog_refined', { kinds: refinements.order.join(',') || 'none', results: state.products.length, scanned: refinements.scanned ?? -1 });
  const prefix = lead === '' ? '' : `${lead} `;
  if (outcome.kind === 'empty') {
    if (outcome.culprit === undefined) return ask(input, `${prefix}${t('SEARCH_NO_RESULTS', { query })}`, t('SEARCH_ASK_QUERY'));
    setPendingQuestion(input, { kind: 'drop-refinement', refinement: outcome.culprit });
    const { speech, reprompt } = emptiedSpeech(t, state, outcome.culprit, currency);
    return ask(input, `${prefix}${speech}`, reprompt);
  }
  // The refined list is what the screen shows now (screens/), as it is what "the second one" means.
  show(input, { kind: 'list' });
  if (refinements.order.length === 0) {
    const items = ssml(pageItems(t, state));
    const total = state.totalResults ?? state.products.length;
    const lines = resultsLead(t, total, Math.min(state.pageSize, state.products.length), query, items);
    // After "clear the filters" the lead takes room: the short closing keeps the answer under 75 words.
    if (lead !== '') return ask(input, `${prefix}${lines} ${t('REFINED_AFTER')}`, t('REFINED_AFTER_REPROMPT'));
    return askWithPage(input, t, lines);
  }
  return ask(input, `${prefix}${refinedListSpeech(t, state, currency)} ${t('REFINED_AFTER')}`, t('REFINED_AFTER_REPROMPT'));
}

function unmetSpeech(input: HandlerInput, unmet: Unmet, query: string, currency: string): Response {
  const t = tr(input);
  if (unmet.kind === 'brand') {
    const brands = ssml(spokenList(t, unmet.brands.slice(0, BRANDS_SUGGESTED).map(escapeSsml)));
    return ask(input, t('REFINE_NO_BRAND', { brand: unmet.spoken, query, brands }), t('REFINE_ASK_REPROMPT'));
  }
  if (unmet.kind === 'rating' && unmet.offered.length > 0) {
    return ask(input, t('REFINE_NO_RATING', { query, options: ssml(spokenList(t, unmet.offered.map(String))) }), t('REFINE_ASK_REPROMPT'));
  }
  const what = unmet.kind === 'rating' ? t('KIND_RATING') : refinementPhrase(t, unmet.kind === 'delivery' ? { delivery: { day: 'tomorrow', id: '' } } : {}, unmet.kind, currency);
  return ask(input, t('REFINE_NOT_OFFERED', { what: ssml(what), query }), t('REFINE_ASK_REPROMPT'));
}

const needsApiIds = (requested: RequestedRefinements): boolean => requestedKinds(requested).some((k) => k !== 'price' && k !== 'attribute' && k !== 'sort');

/**
 * Adds refinements to the list in `state` (a listing must exist) and answers with the
 * refined list, or with what could not be applied.
 */
export async function refineList(input: HandlerInput, catalog: Catalog, state: ShoppingState, requested: RequestedRefinements): Promise<Response> {
  const t = tr(input);
  const query = state.query;
  // A fresh list (a search said with its refinements) is a search; an open one is narrowed.
  noteTurn(input, state.products.length === 0 && query !== undefined ? { searched: query, refined: requested } : { refined: requested });
  if (query === undefined) return ask(input, t('NOTHING_LISTED'), t('SEARCH_ASK_QUERY'));
  const { marketplace, currency } = marketplaceOf(input);
  // One catalog budget for the turn, shared by every call it makes (probe, pages).
  const options: CallOptions = { deadline: turnDeadline(input) };
  const refinements = state.refinements ?? emptyRefinements();
  // A list from before refinements existed (or a restored one) has no offered ids yet: ask the API for them.
  const offered = refinements.offered;
  const knowsIds = offered.prime !== undefined || offered.brands.length > 0 || offered.today !== undefined;
  if (needsApiIds(requested) && !knowsIds) {
    const probe = await catalog.searchProducts({ ...marketplace, keywords: query, pageSize: FETCH_BATCH }, options);
    // Nothing for the words themselves: no refinement is to blame.
    if (probe.matchingProductCount === 0) return ask(input, t('SEARCH_NO_RESULTS', { query }), t('SEARCH_ASK_QUERY'));
    refinements.offered = mergeOffered(refinements.offered, offeredFrom(probe));
  }
  const resolved = resolveRequests(refinements.applied, requested, refinements.offered, brandSurroundings(input), phrasesFor(getLocale(input.requestEnvelope)));
  const [unmet] = resolved.unmet;
  if (unmet !== undefined) {
    log.info('catalog_refinement_unmet', { kind: unmet.kind });
    return unmetSpeech(input, unmet, query, currency);
  }
  if (resolved.added.length === 0) return ask(input, t('REFINE_NOT_UNDERSTOOD'), t('REFINE_ASK_REPROMPT'));
  // The turn record says what was applied: words asked for as a brand became a filter by those words.
  const attribute = resolved.added.includes('attribute') ? resolved.applied.attribute?.said : undefined;
  if (attribute !== undefined) {
    const { brand: _asBrand, ...rest } = requested;
    noteTurn(input, { refined: resolved.unmatchedBrand === undefined ? { ...requested, attribute } : { ...rest, attribute } });
  }
  refinements.applied = resolved.applied;
  refinements.order = [...refinements.order.filter((k) => !resolved.added.includes(k)), ...resolved.added];
  return answerRefinedList(input, catalog, query, refinements, '', options, resolved.unmatchedBrand);
}

/** Words the locale says around a brand name ("the", "brand", "ones"). */
function brandSurroundings(input: HandlerInput): LongestFirst {
  return matcherFor(phrasesFor(getLocale(input.requestEnvelope))).brandSurroundings;
}

/**
 * Refinements said inside a search ("AA batteries with Prime delivery", "coffee under 20
 * dollars", "show me Amazon Basics" while a list is open). Returns undefined when the query
 * has none, so the plain search goes on.
 */
export async function searchWithSpokenRefinements(input: HandlerInput, catalog: Catalog, query: string): Promise<Response | undefined> {
  const state = getShoppingState(input);
  if (state.query !== undefined && state.refinements !== undefined && findBrand(state.refinements.offered, query, brandSurroundings(input)) !== undefined) {
    return refineList(input, catalog, state, { brand: query });
  }
  const { keywords, requested } = splitQuery(query, phrasesFor(getLocale(input.requestEnvelope)));
  if (!hasRequests(requested)) return undefined;
  // "show me Prime only" with a list open narrows that list; with none there is nothing to narrow.
  if (keywords === '') return state.query === undefined ? undefined : refineList(input, catalog, state, requested);
  const fresh: ShoppingState = { query: keywords, products: [], pageStart: 0, pageSize: DEFAULT_PAGE_SIZE, refinements: emptyRefinements() };
  return refineList(input, catalog, fresh, requested);
}
