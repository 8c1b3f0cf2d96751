import type { HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import { translator } from '../i18n';
import { attachTranslator } from '../i18n/respond';

/** Attaches the translator for the request's locale once, for every handler to use. */
export class LocalizationInterceptor implements RequestInterceptor {
  process(input: HandlerInput): void {
    attachTranslator(input, translator(input.requestEnvelope.request.locale));
  }
}
