import { getRequestType, type HandlerInput, type ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { RequestTypes, SessionKeys } from '../constants';
import { clearEntitiesDirective, digestOf, listEntitiesDirective } from '../browsing/listEntities';
import { variationValuesOf } from '../browsing/refine/apply';
import { shownThisTurn } from '../screens/shown';
import { getShoppingState, sessionAttributes } from '../session';

const DIALOG_REQUESTS: readonly string[] = [RequestTypes.Launch, RequestTypes.Intent];

/**
 * After a list or a product's details, tells Alexa the brands and variation values the
 * customer just heard (dynamic entities, browsing/listEntities.ts), so "only Anker" and "the
 * blue one" resolve to them; a set already sent this session is not sent again. The answer
 * that ends the session clears them, as Alexa's dynamic entities guide asks. Runs after the
 * screen step, which reads what the turn showed too.
 */
export class DynamicEntitiesInterceptor implements ResponseInterceptor {
  process(input: HandlerInput, response?: Response): void {
    // Dialog directives answer a LaunchRequest or an IntentRequest only (Dialog interface reference); a request out of session has nothing to bias.
    if (response === undefined || input.requestEnvelope.session === undefined || !DIALOG_REQUESTS.includes(getRequestType(input.requestEnvelope))) return;
    const attributes = sessionAttributes(input);
    const sent = attributes[SessionKeys.DynamicEntities];
    if (response.shouldEndSession === true) {
      if (typeof sent === 'string') response.directives = [...(response.directives ?? []), clearEntitiesDirective()];
      delete attributes[SessionKeys.DynamicEntities];
      return;
    }
    const shown = shownThisTurn(input);
    if (shown?.kind !== 'list' && shown?.kind !== 'detail') return;
    const offered = getShoppingState(input).refinements?.offered;
    const brands = offered?.brands.map((b) => b.name) ?? [];
    const values = offered?.values ?? [];
    const directive =
      shown.kind === 'detail'
        ? listEntitiesDirective([...productBrands(shown.product), ...brands], [...variationValuesOf([shown.product]), ...values])
        : listEntitiesDirective(brands, values);
    if (directive === undefined) return;
    const digest = digestOf(directive);
    if (digest === sent) return;
    response.directives = [...(response.directives ?? []), directive];
    attributes[SessionKeys.DynamicEntities] = digest;
  }
}

function productBrands(product: { byLine?: { name?: string }[]; productOverview?: Record<string, string> }): string[] {
  const named = (Array.isArray(product.byLine) ? product.byLine : []).map((c) => c?.name).filter((n): n is string => typeof n === 'string');
  return named.length > 0 ? named.slice(0, 1) : [];
}
