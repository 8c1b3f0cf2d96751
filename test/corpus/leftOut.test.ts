/**
 * The tool that writes a locale's leftOut list (leftOut.ts) finds a template sample equal to a
 * corpus line by the samples test's comparison (copies.ts: normalised, so "what's" is "what is",
 * and padded words off both ends, so "oh save it for later please" is "save it for later"), and
 * names it by the digest the generator leaves it out by.
 */
import { expandTemplate, leftOutKey, readModelSource } from '../../infra/model/generate';
import { SUPPORTED_LOCALES } from '../../lambda/constants';
import { normalize } from '../sim/text';
import { comparisonForm } from './copies';
import { collisions } from './leftOut';

function templateSamples(locale: string, intent: string): string[] {
  const source = readModelSource(locale);
  const groupOf = (name: string) => source.wordGroups?.[name] ?? source.phraseGroups?.[name];
  return (source.sampleTemplates?.[intent] ?? []).flatMap((t) => expandTemplate(t, groupOf));
}

describe('the leftOut tool', () => {
  it("names a template sample equal to a line by the generator's digest, and nothing else", () => {
    const [sample = ''] = templateSamples('en-US', 'AMAZON.StopIntent');
    expect(sample).not.toBe('');
    expect([...collisions('en-US', new Set([comparisonForm(sample, 'en-US')]))]).toContain(leftOutKey(sample));
    expect([...collisions('en-US', new Set(['zebra crackers for the moon']))]).toEqual([]);
  });

  it('leaves out a sample its template pads with fillers or polite words when the bare line is in the corpus', () => {
    // Any locale's first padded template sample ("oh save it for later please" in en-GB).
    const padded = SUPPORTED_LOCALES.flatMap((locale) =>
      Object.keys(readModelSource(locale).sampleTemplates ?? {}).flatMap((intent) => templateSamples(locale, intent).map((sample) => ({ locale, sample }))),
    ).find(({ locale, sample }) => !sample.includes('{') && comparisonForm(sample, locale) !== normalize(sample) && comparisonForm(sample, locale).split(' ').length >= 3);
    expect(padded).toBeDefined();
    const { locale = '', sample = '' } = padded ?? {};
    const bare = comparisonForm(sample, locale);
    expect(normalize(sample).length).toBeGreaterThan(bare.length);
    expect([...collisions(locale, new Set([bare]))]).toContain(leftOutKey(sample));
    expect([...collisions(locale, new Set([`${bare} zebra`]))]).toEqual([]);
  });
});
