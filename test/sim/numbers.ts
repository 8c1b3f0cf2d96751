/**
 * AMAZON.NUMBER as the simulator plays it: only numbers match, and Alexa sends digits.
 * Alexa's own number words (English, as the simulator's NLU plays the en-* models); the skill
 * reads numbers with its locale's phrase data instead (lambda/understanding/numbers.ts).
 */

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const REST = `(?:(?:${TENS.filter((w) => w !== '').join('|')})(?:[ -](?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.slice().reverse().join('|')})`;
const HUNDREDS = `(?:a|${UNITS.slice(1, 10).join('|')}) hundred`;

/** A regular-expression source for one spoken number: digits or English words up to 999. */
const NUMBER_SOURCE = `(?:\\d+(?:\\.\\d{1,2})?|${HUNDREDS}(?: (?:and )?${REST})?|${REST})`;

/** "20", "4.5", "twenty", "twenty-five", "a hundred", "one hundred and fifty": the value, or undefined. */
function parseSpokenNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const said = text.trim().toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ');
  if (said === '') return undefined;
  if (/^\d+(?:\.\d+)?$/.test(said)) return Number(said);
  let total = 0;
  let current = 0;
  let any = false;
  for (const word of said.split(' ')) {
    if (word === 'and') continue;
    const unit = UNITS.indexOf(word);
    const ten = TENS.indexOf(word);
    if (unit >= 0) current += unit;
    else if (ten >= 2) current += ten * 10;
    else if (word === 'a') current += 0;
    else if (word === 'hundred') current = (current === 0 ? 1 : current) * 100;
    else return undefined;
    any = true;
  }
  total += current;
  return any ? total : undefined;
}

/** Regular-expression source for a spoken number ("20", "twenty five", "a hundred"). */
export const NUMBER_PATTERN = NUMBER_SOURCE;

/** The digits Alexa sends for a spoken number, or undefined. */
export function numberValue(spoken: string): string | undefined {
  const n = parseSpokenNumber(spoken);
  return n === undefined ? undefined : String(n);
}
