import { getRequestType, type HandlerInput, type ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { SessionKeys } from '../constants';
import { listenForWords } from '../conversation/listen';
import { sessionAttributes } from '../session';

/** Every open question listens for free words (lambda/conversation/listen.ts). */
export class ListenInterceptor implements ResponseInterceptor {
  process(input: HandlerInput, response?: Response): void {
    if (response === undefined || input.requestEnvelope.session === undefined) return;
    const yesNoPending = sessionAttributes(input)[SessionKeys.PendingQuestion] !== undefined;
    const listened = listenForWords(response, { requestType: getRequestType(input.requestEnvelope), yesNoPending });
    if (listened !== response) response.directives = listened.directives;
  }
}
