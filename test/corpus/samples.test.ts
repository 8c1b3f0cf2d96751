/**
 * The corpus is written from what people say, never copied from the model: no corpus line
 * of three words or more (either part, counted as written) is one of the generated models'
 * samples or slot samples once both are in their comparison form (copies.ts: normalised, and
 * the locale's fillers, hesitations, thanks and polite words taken off both ends), against
 * every model of the line's language. One- and two-word lines ("next", "go back", "cheers")
 * are the command words themselves, which every model must carry. Samples the model had
 * before the corpus was written (pre-corpus-samples.txt) are the one exception: equal by
 * coincidence, not copied. Held-out collisions are reported by place only, so the held-out
 * text is not read while tuning.
 */
import { SUPPORTED_LOCALES } from '../../lambda/constants';
import { loadLanguageModel } from '../sim/model';
import { checkedForm, comparisonForm, languageOf, MIN_WORDS, preCorpusForms, saidForm, sampleForms } from './copies';
import { type CorpusLine, corpusLocales, readCorpus } from './corpus';

/** Every sample and slot sample of a locale's generated model, as written. */
function modelSamples(locale: string): string[] {
  return loadLanguageModel(locale).intents.flatMap((i) => [...(i.samples ?? []), ...(i.slots ?? []).flatMap((s) => s.samples ?? [])]);
}

/** The forms (copies.ts `sampleForms`) of the samples of every model in a language, each in its own locale's form. */
interface Forms {
  normal: Set<string>;
  padded: Set<string>;
}
const samplesByLanguage = new Map<string, Forms>();
for (const locale of SUPPORTED_LOCALES) {
  const forms = samplesByLanguage.get(languageOf(locale)) ?? { normal: new Set<string>(), padded: new Set<string>() };
  for (const sample of modelSamples(locale)) {
    const { normal, padded } = sampleForms(sample, locale);
    forms.normal.add(normal);
    if (padded !== undefined) forms.padded.add(padded);
  }
  samplesByLanguage.set(languageOf(locale), forms);
}

/** Lines equal to a sample as said, or equal once padding is off to a sample that carries padding. */
function copiedLines(lines: readonly CorpusLine[]): CorpusLine[] {
  return lines.filter((line) => {
    const forms = samplesByLanguage.get(languageOf(line.locale));
    if (forms === undefined) return false;
    const preCorpus = preCorpusForms(line.locale);
    const said = saidForm(line, preCorpus);
    const stripped = checkedForm(line, preCorpus);
    return (said !== undefined && forms.normal.has(said)) || (stripped !== undefined && forms.padded.has(stripped));
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
    const preCorpus = preCorpusForms('en-US');
    const sample = modelSamples('en-US').find((s) => !s.includes('{') && s.split(' ').length >= MIN_WORDS && !preCorpus.has(comparisonForm(s, 'en-US'))) ?? '';
    const line: CorpusLine = { locale: 'en-US', part: 'dev', stage: 'details', said: sample, outcome: 'help', where: 'x' };
    expect(sample).not.toBe('');
    expect(copiedLines([line])).toEqual([line]);
  });
});

describe('the comparison form', () => {
  it('takes the padding a carrier template adds off both ends, again and again, in the locale’s own words', () => {
    expect(comparisonForm('oh save it for later please', 'en-GB')).toBe('save it for later');
    expect(comparisonForm('um okay so save it for later thanks mate', 'en-GB')).toBe('save it for later');
    expect(comparisonForm('senti quanto costa per favore', 'it-IT')).toBe('quanto costa');
    expect(comparisonForm('perdona mira cuánto cuesta', 'es-ES')).toBe('cuánto cuesta');
    expect(comparisonForm('órale cuánto cuesta porfa', 'es-US')).toBe('cuánto cuesta');
    // Japanese, written without spaces, is compared word by word.
    expect(comparisonForm('えーと二番目をカートに入れてください', 'ja-JP')).toBe(comparisonForm('二番目をカートに入れて', 'ja-JP'));
  });

  it('keeps what is not padding, and never strips a line to nothing', () => {
    expect(comparisonForm('save it for later', 'en-GB')).toBe('save it for later');
    expect(comparisonForm('thanks', 'en-GB')).toBe('thanks');
    // Another language's padding is not this one's: "mate" is English, not Italian.
    expect(comparisonForm('senti quanto costa mate', 'it-IT')).toBe('quanto costa mate');
  });

  it('counts a padded sample as a copy of the line it pads', () => {
    const line: CorpusLine = { locale: 'en-GB', part: 'dev', stage: 'details', said: 'save it for later', outcome: 'wishlist focus', where: 'x' };
    const form = checkedForm(line, new Set());
    expect(form).toBe(comparisonForm('oh save it for later please', 'en-GB'));
    // A bare sample is not a copy of a padded line: the line measures that the padding is passed over.
    expect(sampleForms('save it for later', 'en-GB').padded).toBeUndefined();
    expect(sampleForms('oh save it for later please', 'en-GB').padded).toBe(form);
    // Under three words as written, a line is a command word and not held to the rule.
    expect(checkedForm({ ...line, said: 'oh next please' }, new Set())).toBeUndefined();
  });
});
