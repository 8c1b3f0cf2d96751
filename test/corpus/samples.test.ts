/**
 * The corpus is written from what people say, never copied from the model: no corpus line
 * of three words or more (either part) is, word for word, one of the generated models'
 * samples or slot samples. One- and two-word lines ("next", "go back", "cheers") are the
 * command words themselves, which every model must carry. Samples the model had before the
 * corpus was written (pre-corpus-samples.txt) are the one exception: equal by coincidence,
 * not copied. Held-out collisions are reported by place only, so the held-out text is not read
 * while tuning.
 */
import { SUPPORTED_LOCALES } from '../../lambda/constants';
import { loadLanguageModel } from '../sim/model';
import { hasUnspacedWords } from '../../lambda/util/words';
import { normalize } from '../sim/text';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type CorpusLine, corpusLocales, readCorpus } from './corpus';

const MIN_WORDS = 3;

const samples = new Set(
  SUPPORTED_LOCALES.flatMap((locale) => loadLanguageModel(locale).intents.flatMap((i) => [...(i.samples ?? []), ...(i.slots ?? []).flatMap((s) => s.samples ?? [])])).map((s) =>
    normalize(s),
  ),
);

const PRE_CORPUS = new Set(
  readFileSync(path.join(__dirname, 'pre-corpus-samples.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#')),
);

function copiedLines(lines: readonly CorpusLine[]): CorpusLine[] {
  return lines.filter((line) => {
    // Words as written: "that's all" is two words, whatever the normalised form; Japanese,
    // written without spaces, counts the words Intl.Segmenter finds ("二番目をカートに入れて": 6).
    const said = normalize(line.said);
    const words = hasUnspacedWords(line.said) ? said.split(' ').length : line.said.trim().split(/\s+/).length;
    return words >= MIN_WORDS && samples.has(said) && !PRE_CORPUS.has(said);
  });
}

describe('the corpus against the interaction models', () => {
  it.each(corpusLocales())('%s: no line of three words or more equals a sample', (locale) => {
    const dev = readCorpus(locale, 'dev');
    const heldout = readCorpus(locale, 'heldout');
    expect(dev.length + heldout.length).toBeGreaterThan(0);
    expect(copiedLines(dev).map((line) => `${line.where}: ${line.said}`)).toEqual([]);
    expect(copiedLines(heldout).map((line) => line.where)).toEqual([]);
  });

  it('catches a copied line', () => {
    const sample = [...samples].find((s) => !s.includes('{') && s.split(' ').length >= MIN_WORDS && !PRE_CORPUS.has(s)) ?? '';
    const line: CorpusLine = { locale: 'en-US', part: 'dev', stage: 'details', said: sample, outcome: 'help', where: 'x' };
    expect(sample).not.toBe('');
    expect(copiedLines([line])).toEqual([line]);
  });
});
