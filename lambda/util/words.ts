/**
 * Words in a language written without spaces between them. Japanese puts no space between
 * words ("二番目をカートに入れて"), so text compared word by word (the understanding step's
 * phrase data, the simulator's samples) is first given spaces at its word boundaries, found by
 * `Intl.Segmenter` with word granularity (ICU's dictionary segmentation, in Node's and Lambda's
 * full-icu builds): "二 番目 を カート に 入れ て". Only runs of Japanese script are segmented, so
 * an English brand or digits inside them keep their own spelling ("USB ケーブル", "2 番目"), and
 * text in spaced languages is returned unchanged.
 */

/** Han, hiragana, katakana and the marks written inside their words (ー is Script=Common). */
const UNSPACED_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\u3005]+/gu;
const HAS_UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** A space with an unspaced-script character on either side. */
const SPACE_BESIDE_UNSPACED =
  /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\u3005]) +| +(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\u3005])/gu;

/**
 * Han numerals (the script's own digits and powers, 〇 to 万): a number written with them is one
 * word, whatever the dictionary segmentation made of it ("千 五百" → "千五百"), and a counter
 * written after them is a word of its own ("千円" → "千 円", "二つ" → "二 つ"), so a price or a
 * position reads the same in an utterance, a sample and the phrase data.
 */
const NUMERAL_START = /^[〇一二三四五六七八九十百千万]+/u;
const NUMERAL_ONLY = /^[〇一二三四五六七八九十百千万]+$/u;

/** Segmented words with their Han numerals kept whole and their counters split off. */
function numeralsWhole(parts: readonly string[]): string[] {
  const split = parts.flatMap((part) => {
    const numeral = NUMERAL_START.exec(part)?.[0];
    return numeral === undefined || numeral === part ? [part] : [numeral, part.slice(numeral.length)];
  });
  const words: string[] = [];
  for (const word of split) {
    const last = words.length - 1;
    if (last >= 0 && NUMERAL_ONLY.test(word) && NUMERAL_ONLY.test(words[last] ?? '')) words[last] += word;
    else words.push(word);
  }
  return words;
}

let segmenter: Intl.Segmenter | undefined;

/** Does the text hold words of a script written without spaces? */
export function hasUnspacedWords(text: string): boolean {
  return HAS_UNSPACED.test(text);
}

/** The text with one space at each word boundary of its Japanese runs; other text as it was. */
export function spaceWords(text: string): string {
  if (!HAS_UNSPACED.test(text)) return text;
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  const words = segmenter;
  return text
    .replace(UNSPACED_RUN, (run) => {
      const parts = Array.from(words.segment(run), (s) => s.segment).filter((s) => s.trim() !== '');
      return ` ${numeralsWhole(parts).join(' ')} `;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Undoes `spaceWords` for words said back or searched: no space beside a Japanese character ("単三 電池" → "単三電池"). */
export function joinWords(text: string): string {
  return hasUnspacedWords(text) ? text.replace(SPACE_BESIDE_UNSPACED, '') : text;
}
