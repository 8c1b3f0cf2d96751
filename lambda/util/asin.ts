/**
 * The ASIN (Amazon Standard Identification Number): 10 characters, upper-case letters and
 * digits, as the Alexa Shopping Actions API reference and the Amazon Business Product Search
 * API reference use it. One definition for every check in the skill and its tests.
 */
export const ASIN_PATTERN = /^[A-Z0-9]{10}$/;

export function isAsin(value: unknown): value is string {
  return typeof value === 'string' && ASIN_PATTERN.test(value);
}
