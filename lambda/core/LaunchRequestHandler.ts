import { getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { RequestTypes } from '../constants';
import { offerDroppedProducts } from '../purchasing/dropOffer';
import { launchDeadline, type PriceDropDeps, priceDropAnnouncement } from '../purchasing/priceDrops';
import { askWhatToFind } from '../conversation/elicit';
import { setPendingQuestion } from '../conversation/pendingQuestion';
import { type SavedShopping, savedShopping } from '../conversation/shoppingContext';
import type { SkillDependencies } from '../dependencies';
import { ask, tr } from '../turn/respond';
import { show } from '../screens/shown';

type LaunchDeps = PriceDropDeps & Pick<SkillDependencies, 'now'>;

export class LaunchRequestHandler implements RequestHandler {
  /** Without deps (unit tests of the welcome alone) there is nothing to announce or offer. */
  constructor(private readonly deps?: LaunchDeps) {}

  canHandle(input: HandlerInput): boolean {
    return getRequestType(input.requestEnvelope) === RequestTypes.Launch;
  }

  async handle(input: HandlerInput): Promise<Response> {
    const t = tr(input);
    // Price drops on watched products come first: they are why a watcher opens the skill.
    const announced = this.deps === undefined ? { speech: '', drops: [] } : await priceDropAnnouncement(input, this.deps);
    const [biggest] = announced.drops;
    if (biggest === undefined) return this.welcome(input);
    // The next step is the offer itself: the dropped products become the list, the biggest saving in focus.
    offerDroppedProducts(input, announced.drops);
    return ask(input, `${announced.speech} ${t('PRICE_DROP_OFFER', { title: biggest.title })}`, t('PRICE_DROP_OFFER_REPROMPT', { title: biggest.title }));
  }

  /** The list from last time, when there is one from the last day; else what to find. */
  private async welcome(input: HandlerInput): Promise<Response> {
    const t = tr(input);
    const saved = this.deps === undefined ? undefined : await this.savedWithinLaunch(input, this.deps);
    show(input, { kind: 'welcome' });
    // Either way the welcome listens for a bare product name ("coffee"); "yes" and "no" answer
    // the offer (AMAZON.YesIntent and NoIntent with the question pending).
    if (saved?.query !== undefined) {
      setPendingQuestion(input, { kind: 'resume', id: saved.id });
      return askWhatToFind(input, t('RESUME_OFFER', { query: saved.query }), t('RESUME_OFFER_REPROMPT', { query: saved.query }));
    }
    return askWhatToFind(input, t('WELCOME'), t('WELCOME_REPROMPT'));
  }

  /** Read within the launch's part of the turn, as the price drops are: a hung store costs no more. */
  private async savedWithinLaunch(input: HandlerInput, deps: LaunchDeps): Promise<SavedShopping | undefined> {
    const deadline = launchDeadline(input);
    try {
      return await savedShopping(input, deps.persistence, deps.now(), deadline);
    } finally {
      deadline.dispose();
    }
  }
}
