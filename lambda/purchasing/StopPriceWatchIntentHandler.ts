import { getSlotValue, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { spokenValue } from '../util/slots';
import { IntentNames, SlotNames } from '../constants';
import { askWhatToFind } from '../conversation/elicit';
import { isIntent } from '../util/intentMatch';
import type { SkillDependencies } from '../dependencies';
import { ssml } from '../i18n';
import { readCustomerState, updateCustomerState } from '../persistence/customerState';
import type { PriceWatch } from '../persistence/state';
import { currentProduct } from '../session';
import { log } from '../util/log';
import { ask, tr } from '../turn/respond';
import { ordinalFrom } from '../util/slots';
import { capacityOrUndefined } from './watchCapacity';
import { removeWatch, watchesNamed, watchItems } from './watchList';

/**
 * "stop watching the first one" (as "what am I watching" numbers them), "stop watching
 * printer paper", "stop watching it" (the product in focus, or the only watch). The slot is
 * given back and the new count said.
 */
export class StopPriceWatchIntentHandler implements RequestHandler {
  constructor(private readonly deps: Pick<SkillDependencies, 'entitlements' | 'persistence'>) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.StopPriceWatch);
  }

  async handle(input: HandlerInput): Promise<Response> {
    const t = tr(input);
    const saved = await readCustomerState(input, this.deps.persistence);
    const { watches } = saved;
    if (watches.length === 0) return askWhatToFind(input, t('WATCH_LIST_NONE'), t('WELCOME_REPROMPT'));
    const reprompt = t('WATCH_LIST_REPROMPT');
    const items = ssml(watchItems(t, watches));

    let target: PriceWatch | undefined;
    const ordinal = ordinalFrom(getSlotValue(input.requestEnvelope, SlotNames.Ordinal) ?? undefined);
    const name = spokenValue(input, SlotNames.WatchedProduct);
    if (ordinal !== undefined) {
      target = watches[ordinal - 1];
      if (ordinal < 1 || target === undefined) return ask(input, t('WATCH_STOP_NO_SUCH', { count: watches.length }), reprompt);
    } else if (name !== undefined) {
      const named = watchesNamed(watches, name);
      if (named.length === 0) return ask(input, t('WATCH_STOP_NOT_FOUND', { name, items }), reprompt);
      if (named.length > 1) return ask(input, t('WATCH_STOP_WHICH', { items: ssml(watchItems(t, named)) }), reprompt);
      target = named[0];
    } else {
      const focus = currentProduct(input);
      target = watches.find((w) => w.asin === focus?.asin) ?? (watches.length === 1 ? watches[0] : undefined);
      if (target === undefined) return ask(input, t('WATCH_STOP_WHICH', { items }), reprompt);
    }
    if (target === undefined) return ask(input, t('WATCH_STOP_WHICH', { items }), reprompt);

    const asin = target.asin;
    const result = await updateCustomerState(input, this.deps.persistence, (state) => removeWatch(state, asin));
    log.info('price_watch_stopped', { removed: result.removed });
    const capacity = await capacityOrUndefined(input, this.deps);
    const speech = capacity === undefined ? t('WATCH_STOPPED_NO_CAPACITY', { title: target.title }) : t('WATCH_STOPPED', { title: target.title, used: result.used, capacity });
    return ask(input, speech, t('WHAT_NEXT'));
  }
}
