/**
 * The one comparison by which a corpus line counts as a copy of a model sample, shared by the
 * samples test (samples.test.ts) and the tool that leaves template samples out (leftOut.ts).
 *
 * Two texts compare by their comparison form: normalised (text.ts `normalize`: case,
 * punctuation, contractions, Japanese words spaced), then with the words a customer pads a
 * request with taken off both ends, again and again until none is left there. Those words are
 * the locale's own data, never a list here: what the simulator's resolver passes over at either
 * end (its language file's filler and polite prefixes and suffixes, test/sim/language.ts) and
 * what the understanding step reads as noise (the phrase data's `fillers` and `gratitude`). A
 * sample "oh add it to my basket please" is, to both of them, the line "add it to my basket",
 * so a corpus holding that line would measure the sample, not what the model generalises to.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { phrasesFor } from '../../lambda/i18n/phrases';
import { hasUnspacedWords } from '../../lambda/util/words';
import { simLanguage } from '../sim/language';
import { normalize } from '../sim/text';
import { type CorpusLine, corpusLocales, stagePhrases } from './corpus';

/** Lines shorter than this (as written) are the command words themselves, which every model must carry. */
export const MIN_WORDS = 3;

interface Padding {
  elisions: readonly string[];
  writing: ReturnType<typeof simLanguage>['writing'];
  /** Normalised padding phrases, longest first. */
  leading: readonly string[];
  trailing: readonly string[];
}

const paddings = new Map<string, Padding>();

function paddingFor(locale: string): Padding {
  const cached = paddings.get(locale);
  if (cached !== undefined) return cached;
  const sim = simLanguage(locale);
  const phrases = phrasesFor(locale);
  const { elisions, writing } = sim;
  const prepared = (words: readonly string[]) => [...new Set(words.map((w) => normalize(w, true, elisions, writing)).filter((w) => w !== ''))].sort((a, b) => b.length - a.length);
  const both = [...phrases.fillers, ...phrases.gratitude];
  const padding: Padding = {
    elisions,
    writing,
    leading: prepared([...sim.fillerPrefixes, ...sim.politePrefixes, ...both]),
    trailing: prepared([...sim.fillerSuffixes, ...sim.politeSuffixes, ...both]),
  };
  paddings.set(locale, padding);
  return padding;
}

/** One padding phrase off the front, or the text as it was; never the whole text. */
function offFront(text: string, phrases: readonly string[]): string {
  for (const phrase of phrases) if (text.startsWith(`${phrase} `)) return text.slice(phrase.length + 1);
  return text;
}

/** One padding phrase off the end, or the text as it was; never the whole text. */
function offEnd(text: string, phrases: readonly string[]): string {
  for (const phrase of phrases) if (text.endsWith(` ${phrase}`)) return text.slice(0, -(phrase.length + 1));
  return text;
}

/** A text of `locale` normalised as the simulator's resolver reads it, padding and all. */
export function normalForm(text: string, locale: string): string {
  const { elisions, writing } = paddingFor(locale);
  return normalize(text, true, elisions, writing);
}

/** The form two texts of `locale` are compared by: normalised, padding taken off both ends until none is left. */
export function comparisonForm(text: string, locale: string): string {
  const { leading, trailing } = paddingFor(locale);
  let form = normalForm(text, locale);
  for (;;) {
    const next = offEnd(offFront(form, leading), trailing);
    if (next === form) return form;
    form = next;
  }
}

/** The words of a line as written: "that's all" is two; Japanese counts the words Intl.Segmenter finds. */
export function writtenWords(said: string): number {
  return hasUnspacedWords(said) ? normalize(said).split(' ').length : said.trim().split(/\s+/).length;
}

/** The language a locale's samples and lines are compared within ("en" for en-GB). */
export function languageOf(locale: string): string {
  return locale.split('-')[0] ?? locale;
}

/**
 * The forms a line may equal without being a copy, for a line of `locale`: the samples the
 * models had before the corpus was written (pre-corpus-samples.txt), equal by coincidence, and
 * what the runner says to reach a stage in any locale of the language (`stages.json`), which
 * every model must carry for the corpus to run at all.
 */
export function preCorpusForms(locale: string): ReadonlySet<string> {
  const cached = preCorpusByLocale.get(locale);
  if (cached !== undefined) return cached;
  const listed = readFileSync(path.join(__dirname, 'pre-corpus-samples.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const staged = corpusLocales()
    .filter((l) => languageOf(l) === languageOf(locale))
    .flatMap((l) => Object.values(stagePhrases(l)).flat());
  const forms = new Set([...listed, ...staged].map((l) => comparisonForm(l, locale)));
  preCorpusByLocale.set(locale, forms);
  return forms;
}

/** preCorpusForms per locale: read once, as the samples test asks for every line. */
const preCorpusByLocale = new Map<string, ReadonlySet<string>>();

/**
 * A sample's forms the copy rule compares lines with: its normal form (a sample equal to a line
 * as said is a copy), and, when the sample carries padding, its comparison form too (a padded
 * "oh save it for later please" is a copy of the line "save it for later"). A bare sample is
 * not a copy of a padded line: "check my cart" is what the model should carry, and the line
 * "check my cart please" measures that the padding is passed over.
 */
export function sampleForms(sample: string, locale: string): { normal: string; padded?: string } {
  const normal = normalForm(sample, locale);
  const stripped = comparisonForm(sample, locale);
  return stripped === normal ? { normal } : { normal, padded: stripped };
}

/** The normal form of a corpus line the copy rule holds models to as said (three words or more, not a pre-corpus sample), or undefined. */
export function saidForm(line: CorpusLine, preCorpus: ReadonlySet<string>): string | undefined {
  if (writtenWords(line.said) < MIN_WORDS) return undefined;
  const normal = normalForm(line.said, line.locale);
  return preCorpus.has(normal) || preCorpus.has(comparisonForm(line.said, line.locale)) || preCorpus.has(normalize(line.said)) ? undefined : normal;
}

/**
 * The comparison form of a corpus line the copy rule holds padded samples to, or undefined: a line of
 * fewer than three words as written, or whose form is (a padded "yeah add it" is the command
 * word "add it", which every model must carry, as the bare line is), or a pre-corpus sample.
 */
export function checkedForm(line: CorpusLine, preCorpus: ReadonlySet<string>): string | undefined {
  if (writtenWords(line.said) < MIN_WORDS) return undefined;
  const form = comparisonForm(line.said, line.locale);
  if (form.split(' ').length < MIN_WORDS) return undefined;
  return preCorpus.has(form) || preCorpus.has(normalize(line.said)) ? undefined : form;
}
