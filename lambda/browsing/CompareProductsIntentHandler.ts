import { getLocale, getSlotValue, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames, SlotNames } from '../constants';
import type { Catalog } from '../catalog/Catalog';
import { marketplaceFor } from '../catalog/regions';
import { setAwaitingChoice } from '../conversation/awaiting';
import { askWhatToFind } from '../conversation/elicit';
import { answerOutOfRange } from '../conversation/choose';
import { tr, turnDeadline } from '../turn/context';
import { ask } from '../turn/respond';
import { chooseProduct, getShoppingState, setShoppingState } from '../session';
import { isIntent } from '../util/intentMatch';
import { log } from '../util/log';
import { ordinalFrom, resolvedId } from '../util/slots';
import { type CompareAspect, compareSpeech, ordinalName } from './compare';

const ASPECTS: Record<string, CompareAspect> = { PRICE: 'price', RATING: 'rating' };

/**
 * "compare the first and the second", "which is cheaper, the first or the third": both
 * products fetched fresh and read side by side, then "Which one would you like?", which a
 * bare "the second one" answers with its details.
 */
export class CompareProductsIntentHandler implements RequestHandler {
  constructor(private readonly deps: { catalog: Catalog }) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.CompareProducts);
  }

  async handle(input: HandlerInput): Promise<Response> {
    const t = tr(input);
    const state = getShoppingState(input);
    const first = ordinalFrom(getSlotValue(input.requestEnvelope, SlotNames.Ordinal));
    const second = ordinalFrom(getSlotValue(input.requestEnvelope, SlotNames.OtherOrdinal));
    if (state.products.length === 0) return askWhatToFind(input, t('NOTHING_LISTED'), t('SEARCH_ASK_QUERY'));
    if (first === undefined || second === undefined) return ask(input, t('COMPARE_WHICH'), t('COMPARE_WHICH'));
    if (first === second) return ask(input, t('COMPARE_SAME_ITEM'), t('COMPARE_WHICH'));
    const picks = [chooseProduct(state, first), chooseProduct(state, second)];
    for (const pick of picks) {
      if (pick.kind === 'out-of-range') return answerOutOfRange(input, pick);
    }
    const [a, b] = picks;
    if (a?.kind !== 'chosen' || b?.kind !== 'chosen') return ask(input, t('COMPARE_WHICH'), t('COMPARE_WHICH'));
    const marketplace = marketplaceFor(getLocale(input.requestEnvelope));
    const deadline = turnDeadline(input);
    const [pa, pb] = await Promise.all([a, b].map((c) => this.deps.catalog.getProduct({ ...marketplace, asin: c.product.asin }, { deadline })));
    if (pa === undefined || pb === undefined) throw new Error('catalog returned no product');
    const aspect = ASPECTS[resolvedId(input, SlotNames.CompareAspect) ?? ''];
    log.info('compare_products', { aspect: aspect ?? 'all' });
    // "the first one" now answers "Which one would you like?" with that product's details.
    setAwaitingChoice(input, IntentNames.ProductDetails);
    // "no, the other one" and "the cheaper one" now measure against these two.
    // Neither is in focus until the customer picks one ("add it" asks which).
    const { current: _dropped, ...rest } = state;
    setShoppingState(input, { ...rest, pair: [a.product.asin, b.product.asin] });
    const speech = compareSpeech(t, { product: pa, n: first, title: a.product.title }, { product: pb, n: second, title: b.product.title }, aspect);
    return ask(input, speech, t('COMPARE_ASK_REPROMPT', { a: ordinalName(t, first), b: ordinalName(t, second) }));
  }
}
