/**
 * The tool that writes a locale's leftOut list (leftOut.ts) finds a template sample equal to a
 * corpus line by the samples test's comparison (normalised: "what's" is "what is"), and names it
 * by the digest the generator leaves it out by.
 */
import { expandTemplate, leftOutKey, readModelSource } from '../../infra/model/generate';
import { normalize } from '../sim/text';
import { collisions } from './leftOut';

describe('the leftOut tool', () => {
  it("names a template sample equal to a line by the generator's digest, and nothing else", () => {
    const source = readModelSource('en-US');
    const groupOf = (name: string) => source.wordGroups?.[name] ?? source.phraseGroups?.[name];
    const [sample = ''] = expandTemplate(source.sampleTemplates?.['AMAZON.StopIntent']?.[0] ?? '', groupOf);
    expect(sample).not.toBe('');
    expect([...collisions('en-US', new Set([normalize(sample)]))]).toEqual([leftOutKey(sample)]);
    expect([...collisions('en-US', new Set(['zebra crackers for the moon']))]).toEqual([]);
  });
});
