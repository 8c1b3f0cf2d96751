/**
 * The one normal form of words said or shown, for matching them: lower case, every run of
 * anything but letters and digits (punctuation, symbols, spaces) one space, trimmed.
 * "What's  the 2nd-one?" → "what s the 2nd one". Any script: Unicode letters and digits.
 */
export function plainWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
