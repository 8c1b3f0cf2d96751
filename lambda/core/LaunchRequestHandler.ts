import { getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { RequestTypes } from '../constants';
import { offerDroppedProducts } from '../purchasing/dropOffer';
import { type PriceDropDeps, priceDropAnnouncement } from '../purchasing/priceDrops';
import { askWhatToFind } from '../conversation/elicit';
import { ask, tr } from '../turn/respond';
import { show } from '../screens/shown';

export class LaunchRequestHandler implements RequestHandler {
  /** Without deps (unit tests of the welcome alone) there is nothing to announce. */
  constructor(private readonly deps?: PriceDropDeps) {}

  canHandle(input: HandlerInput): boolean {
    return getRequestType(input.requestEnvelope) === RequestTypes.Launch;
  }

  async handle(input: HandlerInput): Promise<Response> {
    const t = tr(input);
    // Price drops on watched products come first: they are why a watcher opens the skill.
    const announced = this.deps === undefined ? { speech: '', drops: [] } : await priceDropAnnouncement(input, this.deps);
    const [biggest] = announced.drops;
    // The welcome asks what to find and listens for a bare product name ("coffee").
    if (biggest === undefined) {
      show(input, { kind: 'welcome' });
      return askWhatToFind(input, t('WELCOME'), t('WELCOME_REPROMPT'));
    }
    // The next step is the offer itself: the dropped products become the list, the biggest saving in focus.
    offerDroppedProducts(input, announced.drops);
    return ask(input, `${announced.speech} ${t('PRICE_DROP_OFFER', { title: biggest.title })}`, t('PRICE_DROP_OFFER_REPROMPT', { title: biggest.title }));
  }
}
