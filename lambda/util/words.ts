/**
 * Words in a language written without spaces between them. Japanese puts no space between
 * words ("二番目をカートに入れて"), so text compared word by word (the understanding step's
 * phrase data, the simulator's samples) is first given spaces at its word boundaries, found by
 * `Intl.Segmenter` with word granularity (ICU's dictionary segmentation, in Node's and Lambda's
 * full-icu builds): "二 番目 を カート に 入れ て". Only runs of Japanese script are segmented, so
 * an English brand or digits inside them keep their own spelling ("USB ケーブル", "2 番目"), and
 * text in spaced languages is returned unchanged.
 *
 * How numbers are written inside such words, and which endings close a sentence, is the
 * language's data, not this file's: the locale's phrase data names its numeral characters, the
 * counters written after them and its endings (`numbers.written` in `phrases.json`), and the
 * callers pass it in.
 */

interface ScriptPatterns {
  /** Han, hiragana, katakana and the marks written inside their words (ー is Script=Common). */
  unspacedRun: RegExp;
  hasUnspaced: RegExp;
  /** A space with an unspaced-script character on either side. */
  spaceBesideUnspaced: RegExp;
}

let patterns: ScriptPatterns | undefined;

/**
 * Made on first use, not when the bundle loads: a Unicode script property has V8 read ICU's
 * tables when the pattern is made (about half a millisecond of CPU in a new container), and a
 * launch compares no words.
 */
function scriptPatterns(): ScriptPatterns {
  patterns ??= {
    unspacedRun: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\u3005]+/gu,
    hasUnspaced: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
    spaceBesideUnspaced: /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\u3005]) +| +(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\u3005])/gu,
  };
  return patterns;
}

/**
 * How a language written without spaces writes numbers inside its words: a number written
 * with its `numerals` is one word, whatever the dictionary segmentation made of it ("千 五百" →
 * "千五百"), and a listed counter written right after it is a word of its own ("千円" → "千 円",
 * "二つ" → "二 つ"), so a price or a position reads the same in an utterance, a sample and the
 * phrase data. A numeral before anything else is part of that word: "十分" (enough), "一緒"
 * (together) and "万能" (all-purpose) are no numbers.
 */
export interface NumeralWriting {
  /** The characters numbers are written with, one each ("一", "十", "千"). */
  numerals: readonly string[];
  /** Counters written after a number ("円", "つ", "番目"). */
  counters: readonly string[];
  /**
   * Endings that close what is said (polite and plain auxiliaries, particles, requests), each
   * as the words it is compared in ("ます か", "て ください"). The dictionary segmentation
   * splits an ending differently by what stands before it ("ありますか" → "ありま すか" but
   * "ますか" → "ます か"; "届きますか" → "届 き ます か"), so a sample, the phrase data and what
   * was said would differ by accident. Endings are taken off the end of each run first, longest
   * first and as often as they follow one another, and only what is left is segmented: every
   * text ending in "ますか" ends in the same two words, whatever comes before.
   */
  endings?: readonly string[];
}

/** A writing's numerals and counters as the splitting reads them, made once per writing. */
interface CompiledWriting {
  /** Undefined where the writing names no numerals. */
  start: RegExp | undefined;
  only: RegExp | undefined;
  counters: readonly string[];
  /** Endings as written and as their words, longest written form first. */
  endings: ReadonlyArray<{ written: string; words: string[] }>;
}

const compiledWritings = new WeakMap<NumeralWriting, CompiledWriting>();

function compiled(writing: NumeralWriting): CompiledWriting | undefined {
  const known = compiledWritings.get(writing);
  if (known !== undefined) return known;
  const numerals = writing.numerals.filter((n) => [...n].length === 1);
  const endings = (writing.endings ?? [])
    .map((e) => ({ written: e.replace(/\s+/g, ''), words: e.trim().split(/\s+/) }))
    .filter((e) => e.written !== '')
    .sort((a, b) => b.written.length - a.written.length);
  if (numerals.length === 0 && endings.length === 0) return undefined;
  const set = `[${numerals.map((n) => n.replace(/[\\\]^-]/g, '\\$&')).join('')}]+`;
  const made = {
    start: numerals.length === 0 ? undefined : new RegExp(`^${set}`, 'u'),
    only: numerals.length === 0 ? undefined : new RegExp(`^${set}$`, 'u'),
    counters: [...writing.counters].sort((a, b) => b.length - a.length),
    endings,
  };
  compiledWritings.set(writing, made);
  return made;
}

/** Segmented words with their numbers kept whole and the counters after them split off. */
function numeralsWhole(parts: readonly string[], writing: CompiledWriting): string[] {
  const { start, only } = writing;
  if (start === undefined || only === undefined) return [...parts];
  const split = parts.flatMap((part) => {
    const numeral = start.exec(part)?.[0];
    if (numeral === undefined || numeral === part) return [part];
    const rest = part.slice(numeral.length);
    // Only a counter makes the numeral a number of its own: "十分" stays one word.
    return writing.counters.some((c) => rest.startsWith(c)) ? [numeral, rest] : [part];
  });
  const words: string[] = [];
  for (const word of split) {
    const last = words.length - 1;
    if (last >= 0 && only.test(word) && only.test(words[last] ?? '')) words[last] += word;
    else words.push(word);
  }
  return words;
}

/** A run without the endings at its end, and those endings' words, in the order written. */
function withoutEndings(run: string, writing: CompiledWriting | undefined): { stem: string; endings: string[] } {
  const taken: string[][] = [];
  let stem = run;
  for (;;) {
    const ending = writing?.endings.find((e) => stem.endsWith(e.written));
    if (ending === undefined) break;
    taken.unshift(ending.words);
    stem = stem.slice(0, -ending.written.length);
  }
  return { stem, endings: taken.flat() };
}

let segmenter: Intl.Segmenter | undefined;

/** Does the text hold words of a script written without spaces? */
export function hasUnspacedWords(text: string): boolean {
  return scriptPatterns().hasUnspaced.test(text);
}

/**
 * The text with one space at each word boundary of its Japanese runs; other text as it was.
 * With the language's `writing`, numbers written in its numerals are kept whole and their
 * counters split off, and its endings are split off the end the same way whatever precedes
 * them; without it, the dictionary's words as they are.
 */
export function spaceWords(text: string, writing?: NumeralWriting): string {
  if (!hasUnspacedWords(text)) return text;
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  const words = segmenter;
  const numerals = writing === undefined ? undefined : compiled(writing);
  return text
    .replace(scriptPatterns().unspacedRun, (run) => {
      const { stem, endings } = withoutEndings(run, numerals);
      const parts = Array.from(words.segment(stem), (s) => s.segment).filter((s) => s.trim() !== '');
      return ` ${[...(numerals === undefined ? parts : numeralsWhole(parts, numerals)), ...endings].join(' ')} `;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Undoes `spaceWords` for words said back or searched: no space beside a Japanese character ("単三 電池" → "単三電池"). */
export function joinWords(text: string): string {
  return hasUnspacedWords(text) ? text.replace(scriptPatterns().spaceBesideUnspaced, '') : text;
}
