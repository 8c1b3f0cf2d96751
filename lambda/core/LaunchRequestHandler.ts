import { getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { RequestTypes } from '../constants';
import { announcePriceDrops, type PriceDropDeps } from '../purchasing/priceDrops';
import { askWhatToFind } from '../conversation/elicit';
import { tr } from '../util/respond';

export class LaunchRequestHandler implements RequestHandler {
  /** Without deps (unit tests of the welcome alone) there is nothing to announce. */
  constructor(private readonly deps?: PriceDropDeps) {}

  canHandle(input: HandlerInput): boolean {
    return getRequestType(input.requestEnvelope) === RequestTypes.Launch;
  }

  async handle(input: HandlerInput): Promise<Response> {
    const t = tr(input);
    // Price drops on watched products come first: they are why a watcher opens the skill.
    const drops = this.deps === undefined ? '' : await announcePriceDrops(input, this.deps);
    // The welcome asks what to find and listens for a bare product name ("coffee").
    return askWhatToFind(input, drops === '' ? t('WELCOME') : `${drops} ${t('WELCOME')}`, t('WELCOME_REPROMPT'));
  }
}
