/** AMAZON.NUMBER as the simulator plays it: only numbers match, and Alexa sends digits. */
import { NUMBER_SOURCE, parseSpokenNumber } from '../../lambda/util/numbers';

/** Regular-expression source for a spoken number ("20", "twenty five", "a hundred"). */
export const NUMBER_PATTERN = NUMBER_SOURCE;

/** The digits Alexa sends for a spoken number, or undefined. */
export function numberValue(spoken: string): string | undefined {
  const n = parseSpokenNumber(spoken);
  return n === undefined ? undefined : String(n);
}
