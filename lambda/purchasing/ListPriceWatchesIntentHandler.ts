import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { IntentNames } from '../constants';
import { askWhatToFind } from '../conversation/elicit';
import { isIntent } from '../util/intentMatch';
import type { SkillDependencies } from '../dependencies';
import { readCustomerState } from '../persistence/customerState';
import { ask, tr } from '../turn/respond';
import { capacityOrUndefined } from './watchCapacity';
import { watchListSpeech } from './watchList';
import { show } from '../screens/shown';

/** "what am I watching": the watched products, numbered, with the slots used. No entitlement needed to hear them. */
export class ListPriceWatchesIntentHandler implements RequestHandler {
  constructor(private readonly deps: Pick<SkillDependencies, 'entitlements' | 'persistence'>) {}

  canHandle(input: HandlerInput): boolean {
    return isIntent(input, IntentNames.ListPriceWatches);
  }

  async handle(input: HandlerInput): Promise<Response> {
    const t = tr(input);
    const state = await readCustomerState(input, this.deps.persistence);
    // No watches: the answer asks what to find, and listens for a bare product name as every such question does.
    if (state.watches.length === 0) return askWhatToFind(input, watchListSpeech(t, state, undefined), t('WELCOME_REPROMPT'));
    const capacity = await capacityOrUndefined(input, this.deps);
    show(input, { kind: 'watches', watches: state.watches });
    return ask(input, watchListSpeech(t, state, capacity), t('WATCH_LIST_REPROMPT'));
  }
}
