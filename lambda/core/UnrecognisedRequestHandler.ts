import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { log } from '../util/log';
import { ask, silent, tr } from '../turn/respond';
import type { RoutedHandler } from '../routing/router';
import { mustStaySilent } from './noAnswer';

/**
 * A request type the routing table has no row for, or a connection response the skill did
 * not ask for: logged by type, and answered like an error (silently where Alexa takes no
 * speech), so no request is left without exactly one handler.
 */
export class UnrecognisedRequestHandler implements RoutedHandler {
  handle(input: HandlerInput): Response {
    log.warn('unrecognised_request', { requestType: input.requestEnvelope.request.type });
    const t = tr(input);
    return mustStaySilent(input) ? silent(input) : ask(input, t('GENERIC_ERROR'), t('GENERIC_ERROR_REPROMPT'));
  }
}
