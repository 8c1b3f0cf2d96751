/**
 * Numbers and ordinals as customers say them, read with the locale's number words:
 * "20", "twenty", "twenty-five", "a hundred and fifty"; "second", "2nd", "2". Pure.
 */
import type { Phrases } from '../i18n/phrases';

/**
 * A number written in one word with the locale's digits (units one to nine) and powers, as
 * Japanese writes them: "千五百" → 1500, "二十五" → 25, "一万二千" → 12000, "3千" → 3000. A power
 * of ten thousand or more closes the group below it, as 万 does.
 */
function positional(word: string, units: readonly string[], powers: Readonly<Record<string, number>>): number | undefined {
  let total = 0;
  let group = 0;
  let digit: number | undefined;
  for (const char of word) {
    const unit = /^\d$/.test(char) ? Number(char) : units.indexOf(char);
    const power = Object.hasOwn(powers, char) ? powers[char] : undefined;
    if (unit >= 0 && unit <= 9 && digit === undefined) digit = unit;
    else if (unit >= 0 && unit <= 9 && digit !== undefined) digit = digit * 10 + unit;
    else if (power !== undefined && power >= 10000) {
      total += (group + (digit ?? 0) || 1) * power;
      group = 0;
      digit = undefined;
    } else if (power !== undefined) {
      group += (digit ?? 1) * power;
      digit = undefined;
    } else return undefined;
  }
  return total + group + (digit ?? 0);
}

/** The value of a spoken or written number, or undefined. */
export function parseNumber(text: string | undefined, phrases: Phrases): number | undefined {
  if (text === undefined) return undefined;
  const said = text.trim().toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ');
  if (said === '') return undefined;
  if (/^\d+(?:\.\d+)?$/.test(said)) return Number(said);
  const { units, tens, hundred, joiners, words = {}, powers } = phrases.numbers;
  const spoken = said.split(' ');
  let current = 0;
  let any = false;
  for (let i = 0; i < spoken.length; i++) {
    const word = spoken[i] ?? '';
    // A fixed group of words that is one number ("quatre vingt"), before its single words.
    const group = [3, 2].map((n) => spoken.slice(i, i + n)).find((g) => g.length > 1 && Object.hasOwn(words, g.join(' ')));
    if (group !== undefined) {
      current += words[group.join(' ')] ?? 0;
      i += group.length - 1;
      any = true;
      continue;
    }
    const unit = units.indexOf(word);
    const ten = tens.indexOf(word);
    const whole = Object.hasOwn(words, word) ? words[word] : undefined;
    const written = unit < 0 && whole === undefined && powers !== undefined ? positional(word, units, powers) : undefined;
    if (unit >= 0) current += unit;
    else if (written !== undefined) current += written;
    else if (whole !== undefined) current += whole;
    else if (ten >= 2) current += ten * 10;
    else if (word === hundred) current = (current === 0 ? 1 : current) * 100;
    else if (joiners.includes(word)) continue;
    else return undefined;
    any = true;
  }
  return any ? current : undefined;
}

/** "second", "2nd" → 2; undefined when the word is not an ordinal. */
export function parseOrdinal(word: string, phrases: Phrases): number | undefined {
  const index = phrases.ordinals.indexOf(word);
  if (index >= 0) return index + 1;
  const other = phrases.ordinalWords !== undefined && Object.hasOwn(phrases.ordinalWords, word) ? phrases.ordinalWords[word] : undefined;
  if (other !== undefined) return other;
  for (const ending of phrases.ordinalEndings ?? []) {
    if (word.length > ending.length && word.endsWith(ending)) {
      const inflected = phrases.ordinals.indexOf(word.slice(0, -ending.length));
      if (inflected >= 0) return inflected + 1;
    }
  }
  for (const suffix of phrases.ordinalSuffixes) {
    if (word.length > suffix.length && word.endsWith(suffix)) {
      const digits = word.slice(0, -suffix.length).trim();
      if (/^\d{1,3}$/.test(digits)) return Number(digits);
      const spelled = phrases.numbers.powers === undefined ? undefined : parseNumber(digits, phrases);
      if (spelled !== undefined && Number.isInteger(spelled) && spelled >= 1) return spelled;
    }
  }
  return undefined;
}

/**
 * The longest number said at the start of `words` (as words or digits): its value and how
 * many words it took. "twenty five dollars" → 25, 2 words.
 */
export function numberAt(words: readonly string[], start: number, phrases: Phrases): { value: number; length: number } | undefined {
  let best: { value: number; length: number } | undefined;
  for (let end = start + 1; end <= Math.min(words.length, start + 6); end++) {
    const slice = words.slice(start, end);
    if (phrases.numbers.joiners.includes(slice[0] ?? '') && slice.length === 1) continue;
    const value = parseNumber(slice.join(' '), phrases);
    if (value !== undefined) best = { value, length: end - start };
  }
  return best;
}
