/**
 * Normalisation shared by utterances, samples and slot values, so they compare equal the
 * way Alexa's NLU treats them: case, punctuation and contractions do not matter, and Japanese,
 * written without spaces, is compared word by word like the spaced languages (`spaceWords`).
 */
import { type NumeralWriting, spaceWords } from '../../lambda/util/words';

const CONTRACTIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bcan't\b/g, 'can not'],
  [/\bwon't\b/g, 'will not'],
  [/n't\b/g, ' not'],
  [/'ll\b/g, ' will'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'m\b/g, ' am'],
  [/'d\b/g, ' would'],
  [/\blet's\b/g, 'let us'],
  [/\b(what|that|it|there|who|where|how|here|he|she)'s\b/g, '$1 is'],
];

/** Stands in for an elided word's apostrophe while other apostrophes go: a letter (Lm), so punctuation removal keeps it. */
const KEPT_APOSTROPHE = '\u02BC';
/** Stands in for a decimal point between digits ("4.5 stars", as Alexa transcribes "four point five"), which punctuation removal keeps. */
const KEPT_POINT = '\u02D9';

/**
 * Lower case, contractions expanded, punctuation dropped, one space between words (Japanese
 * words found by `Intl.Segmenter`: "二番目をカートに入れて" → "二 番目 を カート に 入れ て").
 * ASSUMPTION (no Amazon document says it): Alexa's NLU treats a written contraction and
 * its full form alike ("what's" / "what is"); Amazon's "Design the Custom Intents for Your
 * Skill" lists both forms as separate samples. `expandContractions: false` turns it off.
 * `elisions` are the language's elided words ("d", "l", "qu" in French): their apostrophe
 * stays ("papier d'imprimante"), as a transcription writes it and a slot value carries it.
 * `writing` is how the language writes numbers inside unspaced words (its phrase data's
 * `numbers.written`): "千五百円" → "千五百 円", as the skill splits it.
 */
export function normalize(text: string, expandContractions = true, elisions: readonly string[] = [], writing?: NumeralWriting): string {
  let out = text.toLowerCase().replace(/[\u2018\u2019`]/g, "'");
  if (expandContractions) for (const [pattern, replacement] of CONTRACTIONS) out = out.replace(pattern, replacement);
  if (elisions.length > 0) out = out.replace(new RegExp(`(^|[^\\p{L}])(${elisions.map(escapeRegExp).join('|')})'(?=\\p{L})`, 'gu'), `$1$2${KEPT_APOSTROPHE}`);
  return spaceWords(
    out
      .replace(/(\d)\.(?=\d)/g, `$1${KEPT_POINT}`)
      .replace(/[^\p{L}\p{N}'\s\u02D9]/gu, ' ')
      .replace(/'/g, '')
      .replace(/\s+/g, ' ')
      .replaceAll(KEPT_APOSTROPHE, "'")
      .replaceAll(KEPT_POINT, '.')
      .trim(),
    writing,
  );
}

/** Regular-expression source that matches `text` literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Removes one of `phrases` from the start of `text` (word boundary), longest first; `writing` as for `normalize`, so the phrases split as the text did. */
export function stripPrefix(text: string, phrases: readonly string[], elisions: readonly string[] = [], writing?: NumeralWriting): string {
  const sorted = [...phrases].map((p) => normalize(p, true, elisions, writing)).sort((a, b) => b.length - a.length);
  for (const phrase of sorted) {
    if (text === phrase) return text;
    if (text.startsWith(`${phrase} `)) return text.slice(phrase.length + 1);
  }
  return text;
}

/** Removes one of `phrases` from the end of `text` (word boundary), longest first; `writing` as for `normalize`. */
export function stripSuffix(text: string, phrases: readonly string[], elisions: readonly string[] = [], writing?: NumeralWriting): string {
  const sorted = [...phrases].map((p) => normalize(p, true, elisions, writing)).sort((a, b) => b.length - a.length);
  for (const phrase of sorted) {
    if (text !== phrase && text.endsWith(` ${phrase}`)) return text.slice(0, -(phrase.length + 1));
  }
  return text;
}
