import { getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { RequestTypes } from '../constants';
import type { SkillDependencies } from '../dependencies';
import { deleteCustomerState } from '../persistence/customerState';
import { describeError, log } from '../util/log';

/**
 * AlexaSkillEvent.SkillDisabled: the customer disabled the skill, so what the skill stored for
 * them goes (the manifest subscribes to the event: `events.subscriptions`). Nobody hears a
 * skill event's response; a failed delete is logged as an error for operators (the stack's
 * error alarm) and goes on to the error handlers like any persistence failure.
 */
export class SkillDisabledEventHandler implements RequestHandler {
  constructor(private readonly deps: Pick<SkillDependencies, 'persistence'>) {}

  canHandle(input: HandlerInput): boolean {
    return getRequestType(input.requestEnvelope) === RequestTypes.SkillDisabled;
  }

  async handle(input: HandlerInput): Promise<Response> {
    try {
      await deleteCustomerState(input, this.deps.persistence);
    } catch (err) {
      log.error('customer_state_delete_failed', describeError(err));
      throw err;
    }
    log.info('customer_state_deleted', { store: this.deps.persistence.kind });
    return input.responseBuilder.getResponse();
  }
}
