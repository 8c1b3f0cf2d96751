import { getLocale, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames, SlotNames } from '../constants';
import type { Catalog } from '../catalog/Catalog';
import type { ProductsResult } from '../catalog/types';
import { marketplaceFor } from '../catalog/regions';
import { askWhatToFind } from '../conversation/elicit';
import { tr, turnDeadline } from '../turn/context';
import { ask } from '../turn/respond';
import { getShoppingState } from '../session';
import { isIntent } from '../util/intentMatch';
import { log } from '../util/log';
import { resolvedId, resolvedName, spokenValue } from '../util/slots';
import { entityKind } from './listEntities';
import { productDetails } from './ProductDetailsIntentHandler';
import { answerQuestion } from './questions';
import { refineList } from './refine/respond';

/**
 * The variation of the product in focus a value names: the ASIN of the variation whose value
 * in some dimension is displayed as `value` (Product Search API, `productVariations`:
 * dimensions with their values, and each variation's ASIN with its value indexes).
 */
export function variationAsin(product: ProductsResult, value: string): string | undefined {
  const wanted = value.trim().toLowerCase();
  for (const [position, dimension] of (product.productVariations?.dimensions ?? []).entries()) {
    const dimensionIndex = dimension.index ?? position;
    const match = (dimension.dimensionValues ?? []).find(
      (v) =>
        String(v.displayString ?? '')
          .trim()
          .toLowerCase() === wanted,
    );
    if (match === undefined) continue;
    const valueIndex = match.index ?? (dimension.dimensionValues ?? []).indexOf(match);
    const variation = (product.productVariations?.variations ?? []).find((v) => (v.variationValues ?? []).some((vv) => vv.index === dimensionIndex && vv.value === valueIndex));
    if (variation?.asin !== undefined) return variation.asin;
  }
  return undefined;
}

/**
 * "the AAA one", "in blue": switches the product in focus to its variation with that value
 * and reads that variation's details; a value it does not come in gets the values it does.
 * With no product in focus, the list is narrowed to the products that come in it.
 */
export class ChooseVariationIntentHandler implements RequestHandler {
  constructor(private readonly deps: { catalog: Catalog }) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.ChooseVariation);
  }

  async handle(input: HandlerInput): Promise<Response> {
    const t = tr(input);
    const state = getShoppingState(input);
    const focus = state.current === undefined ? undefined : state.products[state.current];
    if (state.products.length === 0) return askWhatToFind(input, t('NOTHING_LISTED'), t('SEARCH_ASK_QUERY'));
    // A value of the list just heard (dynamic entities) first, then the model's own values, then the words.
    const listed = resolvedName(input, SlotNames.ListValue);
    const value = listed ?? resolvedName(input, SlotNames.VariationValue) ?? spokenValue(input, SlotNames.ListValue) ?? spokenValue(input, SlotNames.VariationValue) ?? '';
    // "in black" with no product in focus narrows the list to the ones that come in it; a brand of the list, to that brand.
    if ((focus === undefined || state.current === undefined) && value !== '') {
      const brand = entityKind(resolvedId(input, SlotNames.ListValue)) === 'brand';
      return refineList(input, this.deps.catalog, state, brand ? { brand: value } : { attribute: value });
    }
    if (focus === undefined || state.current === undefined) return ask(input, t('VARIATION_NO_FOCUS'), t('VARIATION_NO_FOCUS'));
    const marketplace = marketplaceFor(getLocale(input.requestEnvelope));
    const product = await this.deps.catalog.getProduct({ ...marketplace, asin: focus.asin }, { deadline: turnDeadline(input) });
    const asin = value === '' ? undefined : variationAsin(product, value);
    if (asin === undefined) {
      log.info('variation_missing', {});
      return ask(input, `${t('VARIATION_NOT_OFFERED', { value })} ${answerQuestion(t, 'variations', product, focus.title)}`, t('QUESTION_NEXT_REPROMPT'));
    }
    log.info('variation_chosen', {});
    // The variation takes the focused product's place in the list, under its own title:
    // "add it" now means it.
    return productDetails(input, this.deps.catalog, { product: { ...focus, asin, title: '' }, index: state.current }, t('VARIATION_CHOSEN', { value }));
  }
}
