/**
 * AMAZON.Ordinal: turns "second", "2nd" or "the 2nd" into the digits Alexa sends as the slot
 * value ("2"). Words up to twentieth and numeric forms up to 999 are understood.
 */

const ORDINAL_WORDS: readonly string[] = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];

/** A regular-expression source matching one ordinal, for building sample patterns. */
export const ORDINAL_PATTERN = `(?:${ORDINAL_WORDS.join('|')}|\\d{1,3}(?:st|nd|rd|th))`;

const NUMBER_WORDS: readonly string[] = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** AMAZON.NUMBER, as far as a list needs it: "two" or "2" sends "2". */
export const NUMBER_PATTERN = `(?:${NUMBER_WORDS.join('|')}|\\d{1,3})`;

export function numberValue(phrase: string): string | undefined {
  const word = phrase.trim().toLowerCase();
  const index = NUMBER_WORDS.indexOf(word);
  if (index >= 0) return String(index + 1);
  return /^\d{1,3}$/.test(word) ? String(Number.parseInt(word, 10)) : undefined;
}

/** The digits for an ordinal phrase, or undefined when it is not one. */
export function ordinalValue(phrase: string): string | undefined {
  const word = phrase.trim().toLowerCase();
  const index = ORDINAL_WORDS.indexOf(word);
  if (index >= 0) return String(index + 1);
  const numeric = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(word);
  return numeric?.[1] === undefined ? undefined : String(Number.parseInt(numeric[1], 10));
}
