/**
 * Text as the understanding step compares it: lower case, punctuation gone, currency signs
 * apart from their number, written contractions in full (the locale's list), Japanese split into
 * its words (`spaceWords`; the Japanese phrase data is split the same way when it loads). Pure.
 */
import type { Phrases } from '../i18n/phrases';
import { joinWords, spaceWords } from '../util/words';

export function normalizeText(text: string, phrases: Phrases): string {
  const spaced = text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    // Currency signs and the number they mark are two words: "$10" → "$ 10".
    .replace(/(\p{Sc})/gu, ' $1 ')
    // Sentence punctuation goes; a decimal point between digits stays ("4.5 stars").
    .replace(/[,!?;:"()[\]{}、。？！「」・]|\.(?!\d)|(?<!\d)\./g, ' ');
  const words = spaced.split(/\s+/).filter((w) => w !== '' && w !== "'");
  return spaceWords(
    words
      .map((w) => phrases.contractions[w] ?? w.replace(/^'+|'+$/g, ''))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/**
 * `words` (normalized, found in `spoken`) with the capitals the transcription gave them:
 * German writes nouns with a capital ("Kaffee"), and the query is said and shown back as the
 * customer's words. Falls back to `words` when the run is not found word for word, Japanese
 * written again without the spaces its comparison put in ("単三 電池" → "単三電池").
 */
export function casedAsSaid(spoken: string, words: string): string {
  const said = spoken.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => w !== '');
  const wanted = words.split(' ');
  for (let start = 0; start + wanted.length <= said.length; start += 1) {
    const run = said.slice(start, start + wanted.length);
    if (run.every((w, i) => w.toLowerCase() === wanted[i])) return run.join(' ');
  }
  return joinWords(words);
}

/** `phrase` as whole words inside `text` (both normalized). */
export function containsPhrase(text: string, phrase: string): boolean {
  return ` ${text} `.includes(` ${phrase} `);
}

/** Removes the longest of `phrases` from the start of `text`, repeatedly; returns what is left. */
export function stripLeading(text: string, phrases: readonly string[]): string {
  let rest = text;
  for (let changed = true; changed && rest !== ''; ) {
    changed = false;
    const found = phrases.filter((p) => p !== '' && (rest === p || rest.startsWith(`${p} `))).sort((a, b) => b.length - a.length)[0];
    if (found !== undefined) {
      rest = rest.slice(found.length).trim();
      changed = true;
    }
  }
  return rest;
}

/** Removes the longest of `phrases` from the end of `text`, repeatedly. */
export function stripTrailing(text: string, phrases: readonly string[]): string {
  let rest = text;
  for (let changed = true; changed && rest !== ''; ) {
    changed = false;
    const found = phrases.filter((p) => p !== '' && (rest === p || rest.endsWith(` ${p}`))).sort((a, b) => b.length - a.length)[0];
    if (found !== undefined) {
      rest = rest.slice(0, rest.length - found.length).trim();
      changed = true;
    }
  }
  return rest;
}

/** Does `text` consist only of `phrases`, one after another? */
export function coveredBy(text: string, phrases: readonly string[]): boolean {
  return text !== '' && stripLeading(text, phrases) === '';
}
