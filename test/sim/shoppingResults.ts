/**
 * The results Alexa Shopping can send back, by the names a developer types
 * (`:next-result NoOffersFound`), with the messages from the Alexa Shopping Actions API
 * reference ("Result codes"). Codes come from lambda/constants.ts; the Associates one is unconfirmed
 * there and stays so here.
 */
import { ShoppingResultCodes } from '../../lambda/constants';

export const SUCCESS = 'success';

const MESSAGES: Record<string, string> = {
  [ShoppingResultCodes.InternalError]:
    "We're unable to process your request at this time. Please retry your request. If you encounter this error repeatedly, please reach out to Customer Support.",
  [ShoppingResultCodes.InvalidTaskForMarketplace]: 'This operation is not available for this locale.',
  [ShoppingResultCodes.ItemNotEligible]: 'The item you specified is not eligible for Alexa Shopping Actions.',
  [ShoppingResultCodes.NoOffersFound]: 'We did not find any matches for your request.',
  [ShoppingResultCodes.RetryLaterError]: 'We encountered an error when trying to process the request, please try again later.',
  [ShoppingResultCodes.InvalidAssociatesParameter]: 'The Associates parameter is invalid.',
};

/** Every code a developer can pick, full form. */
export function knownResultCodes(): string[] {
  return Object.values(ShoppingResultCodes);
}

/**
 * "NoOffersFound", "nooffersfound" and "AlexaShopping.NoOffersFound" all name the same code;
 * "success" (or "ok") is no result at all. Any other dotted code is taken as typed, so
 * unknown codes can be tried too.
 */
export function parseResultCode(input: string): string | undefined {
  const wanted = input.trim();
  if (wanted === '') return undefined;
  if (/^(success|ok|200)$/i.test(wanted)) return SUCCESS;
  for (const code of knownResultCodes()) {
    const short = code.replace(/^AlexaShopping\./, '');
    if (wanted.toLowerCase() === code.toLowerCase() || wanted.toLowerCase() === short.toLowerCase()) return code;
  }
  return /^[\w-]+\.[\w.-]+$/.test(wanted) ? wanted : undefined;
}

export function resultMessage(code: string): string {
  return MESSAGES[code] ?? 'The request could not be completed.';
}
