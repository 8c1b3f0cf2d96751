/** Number and ordinal slots as digits, "2nd" or words in the request's language (test clients send "two", "first"). */
import { getLocale, type HandlerInput } from 'ask-sdk-core';
import { phrasesFor } from '../i18n/phrases';
import { spokenValue } from '../util/slots';
import { parseNumber, parseOrdinal } from './numbers';

/** An AMAZON.NUMBER slot ("4", or words from a test console), or undefined ("?" when Alexa missed it). */
export function numberValue(input: HandlerInput, name: string): number | undefined {
  const n = parseNumber(spokenValue(input, name), phrasesFor(getLocale(input.requestEnvelope)));
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

/** An AMAZON.Ordinal slot: "2" as Alexa sends it, or "2nd" / "second" as test clients do. */
export function ordinalValue(input: HandlerInput, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const phrases = phrasesFor(getLocale(input.requestEnvelope));
  const said = value.trim().toLowerCase();
  const n = parseOrdinal(said, phrases) ?? parseNumber(said, phrases);
  return n !== undefined && Number.isInteger(n) && n >= 1 ? n : undefined;
}
