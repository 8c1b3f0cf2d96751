/**
 * Locales whose words another locale's data serves: en-CA speaks en-US's (Amazon.ca's English
 * shops with Amazon.com's words; a copy would only grow the bundle), en-AU and en-IN en-GB's
 * until they have their own folder. The model generator reads the same table.
 */
export const PHRASE_FALLBACKS: Readonly<Record<string, string>> = { 'en-AU': 'en-GB', 'en-IN': 'en-GB', 'en-CA': 'en-US' };
