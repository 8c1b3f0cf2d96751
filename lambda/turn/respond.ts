/** Small helpers every handler uses to answer, in the turn's language. */
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { ssmlToText } from '../util/ssml';
import { tr } from './context';

export { tr } from './context';

/** Does the spoken text (tags removed) end with a question? */
export function endsWithQuestion(speech: string): boolean {
  // Japanese asks with a full-width question mark.
  return /[?？]$/.test(ssmlToText(speech));
}

/**
 * An answer that keeps the session open: every such answer has a reprompt and ends with a
 * question. A statement ("Sorry, Amazon Business is busy.") gets its reprompt's question
 * (or "What would you like to do next?") after it, so the customer knows it is their turn.
 */
export function ask(input: HandlerInput, speech: string, reprompt: string): Response {
  return input.responseBuilder
    .speak(withQuestion(input, speech, reprompt))
    .reprompt(reprompt)
    .getResponse();
}

export function withQuestion(input: HandlerInput, speech: string, reprompt: string): string {
  if (endsWithQuestion(speech)) return speech;
  return `${speech} ${endsWithQuestion(reprompt) ? reprompt : tr(input)('WHAT_NEXT')}`;
}

/** An answer that ends the session. */
export function tell(input: HandlerInput, speech: string): Response {
  return input.responseBuilder.speak(speech).withShouldEndSession(true).getResponse();
}

/** No speech, no directives: for SessionEndedRequest and System.ExceptionEncountered. */
export function silent(input: HandlerInput): Response {
  return input.responseBuilder.getResponse();
}
