/** Request types a skill must not answer with speech or directives (Alexa Skills Kit request types reference: SessionEndedRequest, System.ExceptionEncountered). */
import { getRequestType, type HandlerInput } from 'ask-sdk-core';
import { RequestTypes } from '../constants';

const SILENT_REQUEST_TYPES: ReadonlySet<string> = new Set([RequestTypes.SessionEnded, RequestTypes.ExceptionEncountered]);

export function mustStaySilent(input: HandlerInput): boolean {
  try {
    return SILENT_REQUEST_TYPES.has(getRequestType(input.requestEnvelope));
  } catch {
    return false;
  }
}
