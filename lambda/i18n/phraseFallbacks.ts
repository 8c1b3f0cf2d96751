/**
 * Locales whose words another locale's data serves: en-AU and en-IN speak en-GB's until they
 * have their own folder. (en-CA has its own since locale data ships beside the bundle: en-US's
 * words plus Canada's "eh", "have a good one", "toss it in the cart".) The model generator reads
 * the same table.
 */
export const PHRASE_FALLBACKS: Readonly<Record<string, string>> = { 'en-AU': 'en-GB', 'en-IN': 'en-GB' };
