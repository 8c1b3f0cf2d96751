import { getLocale, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import { phrasesFor } from '../i18n/phrases';
import { productWordsOf, understand } from '../understanding/understand';
import type { Response } from 'ask-sdk-model';
import { IntentNames, SlotNames } from '../constants';
import { isIntent } from '../util/intentMatch';
import type { Catalog } from '../catalog/Catalog';
import { DEFAULT_PAGE_SIZE, getShoppingState, type ShoppingState } from '../session';
import { ask, tr } from '../turn/respond';
import { requestFromRefinementId } from './refine/parse';
import { refineList } from './refine/respond';
import { emptyRefinements } from './refine/search';
import type { RequestedRefinements } from '../session/refinements';
import { resolvedId, resolvedName, spokenValue } from '../util/slots';
import { numberValue } from '../understanding/slotValues';
import { entityKind } from './listEntities';

/** The product words of "find coffee under 20 dollars" without their carrier (the locale's `carriers`). */
function searchWords(input: HandlerInput, product: string | undefined): string | undefined {
  if (product === undefined) return undefined;
  const words = productWordsOf(product, phrasesFor(getLocale(input.requestEnvelope)));
  return words === '' ? undefined : words;
}

/**
 * A brand or value of the list just heard ("only Anker", "just the blue ones"): ListValueType
 * resolves it against the dynamic entities the last answer sent, whose ids say which it is; a
 * value of the model's own list, or words that resolved to nothing, filter by those words.
 */
function listValueRequest(input: HandlerInput): RequestedRefinements {
  const id = resolvedId(input, SlotNames.ListValue);
  const name = resolvedName(input, SlotNames.ListValue);
  if (id !== undefined && name !== undefined) return entityKind(id) === 'brand' ? { brand: name } : { attribute: name };
  const said = spokenValue(input, SlotNames.ListValue);
  return said === undefined ? {} : unresolvedWords(input, said);
}

/**
 * Words a slot of this intent took that resolved to nothing: refinements or an order said in
 * its place ("the ones under 15 dollars", "the best reviews", "rated 4.5 or higher") are those
 * refinements, that order; other words may still be a brand of the list ("only acme"): the
 * brand path tries them, then filters by them.
 */
function unresolvedWords(input: HandlerInput, said: string): RequestedRefinements {
  const understood = understand(said, phrasesFor(getLocale(input.requestEnvelope)));
  if (understood.kind === 'refine') return understood.requested;
  if (understood.kind === 'sort') return { sort: understood.sort };
  return { brand: said };
}

/**
 * "only Prime", "which ones arrive tomorrow", "only Duracell", "four stars and up", "under
 * 20 dollars", "coffee under 20 dollars": narrows the list (or searches, when a product is
 * named) with refinements that stack on the ones already applied.
 */
export class RefineResultsIntentHandler implements RequestHandler {
  constructor(private readonly deps: { catalog: Catalog }) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.Refine);
  }

  async handle(input: HandlerInput): Promise<Response> {
    const t = tr(input);
    // A refinement word Alexa could not resolve is a refinement said otherwise, or most likely a brand ("only Acme").
    const unresolved = resolvedId(input, SlotNames.Refinement) === undefined ? spokenValue(input, SlotNames.Refinement) : undefined;
    const requested: RequestedRefinements = {
      ...requestFromRefinementId(resolvedId(input, SlotNames.Refinement)),
      ...(unresolved === undefined ? {} : unresolvedWords(input, unresolved)),
      ...listValueRequest(input),
    };
    const brand = resolvedName(input, SlotNames.Brand) ?? spokenValue(input, SlotNames.Brand);
    if (brand !== undefined) requested.brand = brand;
    const stars = numberValue(input, SlotNames.Stars);
    if (stars !== undefined && stars >= 1 && stars <= 5) requested.minRating = stars;
    // An amount said as words ("under a tenner") resolves to its amount (AmountType ids).
    const amount = (name: string) => numberValue(input, name) ?? (resolvedId(input, name) === undefined ? undefined : Number(resolvedId(input, name)));
    const min = numberValue(input, SlotNames.MinPrice) ?? amount(SlotNames.MinAmount);
    const max = numberValue(input, SlotNames.MaxPrice) ?? amount(SlotNames.MaxAmount);
    if (min !== undefined && max !== undefined) {
      requested.minPrice = Math.min(min, max);
      requested.maxPrice = Math.max(min, max);
    } else if (min !== undefined) requested.minPrice = min;
    else if (max !== undefined) requested.maxPrice = max;
    if (Object.keys(requested).length === 0) return ask(input, t('REFINE_NOT_UNDERSTOOD'), t('REFINE_ASK_REPROMPT'));

    // "coffee under 20 dollars": a new search with the refinement, whatever was listed before.
    const product = resolvedName(input, SlotNames.Product) ?? searchWords(input, spokenValue(input, SlotNames.Product));
    const state: ShoppingState =
      product === undefined ? getShoppingState(input) : { query: product, products: [], pageStart: 0, pageSize: DEFAULT_PAGE_SIZE, refinements: emptyRefinements() };
    return refineList(input, this.deps.catalog, state, requested);
  }
}
