import type { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import type { Response, ui } from 'ask-sdk-model';
import { setLastAnswer } from '../session';

function ssmlOf(speech: ui.OutputSpeech | undefined): string | undefined {
  if (speech === undefined) return undefined;
  return speech.type === 'SSML' ? speech.ssml : speech.text;
}

/**
 * Records every answer that keeps the session open, so AMAZON.RepeatIntent can say it again.
 * Runs after the handler, before the session attributes are put in the response envelope.
 */
export class LastAnswerInterceptor implements ResponseInterceptor {
  process(input: HandlerInput, response?: Response): void {
    if (input.requestEnvelope.session === undefined || response === undefined) return;
    if (response.shouldEndSession !== false) return;
    const speech = ssmlOf(response.outputSpeech);
    if (speech === undefined) return;
    const reprompt = ssmlOf(response.reprompt?.outputSpeech);
    setLastAnswer(input, reprompt === undefined ? { speech } : { speech, reprompt });
  }
}
