/**
 * The simulator's words per locale: a regional English file (en-US, en-GB, en-CA) adds to
 * English's lists (builtins.ts) rather than replacing them, so a Canadian "eh" is passed over
 * and every English built-in phrase still works; what one region adds (en-US's own built-in
 * phrases included) is that region's alone. Every locale's file may add its own phrases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ENGLISH, type EnglishAdditions, simLanguage, withEnglish } from './language';
import { IntentResolver } from './nlu';
import { loadLanguageModel } from './model';

const LANGUAGES = path.join(__dirname, 'languages');
const files = readdirSync(LANGUAGES).filter((f) => f.endsWith('.json'));
const fileOf = (locale: string) => JSON.parse(readFileSync(path.join(LANGUAGES, `${locale}.json`), 'utf8')) as { extends?: string; builtIns?: Record<string, string[]> };

describe('a regional English language file', () => {
  const canadian = simLanguage('en-CA');

  it('keeps every English phrase and small word, and adds its own', () => {
    for (const [intent, phrases] of Object.entries(ENGLISH.builtIns)) expect(canadian.builtIns[intent]).toEqual(expect.arrayContaining([...phrases]));
    expect(canadian.fillerPrefixes).toEqual(expect.arrayContaining([...ENGLISH.fillerPrefixes, 'eh', 'nope']));
    expect(canadian.fillerSuffixes).toContain('eh');
    expect(ENGLISH.fillerSuffixes).not.toContain('eh');
    expect(simLanguage('en-US').fillerSuffixes).not.toContain('eh');
    expect(canadian.ordinalValue('second')).toBe('2');
  });

  it("adds built-in phrases of its own, en-US's too, and no other region gets them", () => {
    const additions: EnglishAdditions = { extends: 'en', builtIns: { 'AMAZON.YesIntent': ['you bet'], 'AMAZON.StartOverIntent': ['from the top'] } };
    const american = withEnglish(additions);
    expect(american.builtIns['AMAZON.YesIntent']).toEqual([...(ENGLISH.builtIns['AMAZON.YesIntent'] ?? []), 'you bet']);
    expect(american.builtIns['AMAZON.StartOverIntent']).toEqual(['from the top']);
    expect(ENGLISH.builtIns['AMAZON.YesIntent']).not.toContain('you bet');
    expect(canadian.builtIns['AMAZON.YesIntent']).not.toContain('you bet');
  });

  it('passes over "eh" around a request, as it passes over "um"', () => {
    const resolver = new IntentResolver(loadLanguageModel('en-CA'), 'amzn1.ask.skill.test', true, 'en-CA');
    expect(resolver.resolve('thanks eh').intent.name).toBe('AMAZON.StopIntent');
    expect(resolver.resolve('add the second one to my cart eh').intent).toMatchObject({ name: 'AddToCartIntent', slots: { ordinal: { value: '2' } } });
    const american = new IntentResolver(loadLanguageModel('en-US'), 'amzn1.ask.skill.test', true, 'en-US');
    expect(american.resolve('thanks eh').intent.name).toBe('AMAZON.FallbackIntent');
  });
});

describe.each(files.map((f) => f.replace(/\.json$/, '')))('the %s language file', (locale) => {
  it('has every built-in phrase it lists itself', () => {
    const language = simLanguage(locale);
    for (const [intent, phrases] of Object.entries(fileOf(locale).builtIns ?? {})) expect(language.builtIns[intent]).toEqual(expect.arrayContaining(phrases));
  });
});
