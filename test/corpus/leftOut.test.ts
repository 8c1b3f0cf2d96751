/**
 * The tool that writes a locale's leftOut list (leftOut.ts) finds a template sample equal to a
 * corpus line by the samples test's comparison (copies.ts: normalised, so "what's" is "what is",
 * and padded words off both ends, so "oh save it for later please" is "save it for later"), and
 * names it by the digest the generator leaves it out by.
 */
import { expandTemplate, leftOutKey, readModelSource } from '../../infra/model/generate';
import { comparisonForm, normalForm } from './copies';
import { collisions, copiesLine, removeCopies } from './leftOut';

function templateSamples(locale: string, intent: string): string[] {
  const source = readModelSource(locale);
  const groupOf = (name: string) => source.wordGroups?.[name] ?? source.phraseGroups?.[name];
  return (source.sampleTemplates?.[intent] ?? []).flatMap((t) => expandTemplate(t, groupOf));
}

const none = new Set<string>();

describe('the leftOut tool', () => {
  it("names a template sample equal to a line by the generator's digest, and nothing else", () => {
    const [sample = ''] = templateSamples('en-US', 'AMAZON.StopIntent');
    expect(sample).not.toBe('');
    expect([...collisions('en-US', { said: new Set([normalForm(sample, 'en-US')]), stripped: none })]).toContain(leftOutKey(sample));
    expect([...collisions('en-US', { said: new Set(['zebra crackers for the moon']), stripped: none })]).toEqual([]);
  });

  it('counts a padded sample as a copy of the bare line, and a bare sample not as a copy of a padded line', () => {
    const bare = comparisonForm('save it for later', 'en-GB');
    const lines = { said: new Set([normalForm('save it for later please', 'en-GB')]), stripped: new Set([bare]) };
    expect(copiesLine('oh save it for later please', 'en-GB', lines)).toBe(true);
    expect(copiesLine('um save it for later thanks', 'en-GB', lines)).toBe(true);
    // The bare sample is what a model should carry; the padded line measures that padding is passed over.
    expect(copiesLine('save it for later', 'en-GB', lines)).toBe(false);
    // Equal as said is a copy whatever the padding.
    expect(copiesLine('save it for later please', 'en-GB', lines)).toBe(true);
    expect(copiesLine('oh save it for tomorrow please', 'en-GB', lines)).toBe(false);
  });

  it('names each written sample it removes, where it was, and keeps the others', () => {
    const lines = { said: new Set([normalForm('put the lavazza in my basket', 'en-GB')]), stripped: none };
    const samples = { AddToCartIntent: ['put the lavazza in my basket', 'add {item} to my basket'], nested: { item: ['put the lavazza in my basket'] } };
    expect(removeCopies(samples, 'en-GB', lines, 'samples')).toEqual([
      { where: 'samples.AddToCartIntent', sample: 'put the lavazza in my basket' },
      { where: 'samples.nested.item', sample: 'put the lavazza in my basket' },
    ]);
    expect(samples).toEqual({ AddToCartIntent: ['add {item} to my basket'], nested: { item: [] } });
    expect(removeCopies(samples, 'en-GB', lines, 'samples')).toEqual([]);
  });
});
