/**
 * The simulator's words per locale: a regional English file (en-CA) adds to English's lists
 * rather than replacing them, so a Canadian "eh" is passed over and every English built-in
 * phrase still works.
 */
import { simLanguage } from './language';
import { IntentResolver } from './nlu';
import { loadLanguageModel } from './model';

describe('a regional English language file', () => {
  const english = simLanguage('en-US');
  const canadian = simLanguage('en-CA');

  it('keeps every English phrase and small word, and adds its own', () => {
    for (const [intent, phrases] of Object.entries(english.builtIns)) expect(canadian.builtIns[intent]).toEqual(expect.arrayContaining([...phrases]));
    expect(canadian.fillerPrefixes).toEqual(expect.arrayContaining([...english.fillerPrefixes, 'eh', 'nope']));
    expect(canadian.fillerSuffixes).toContain('eh');
    expect(english.fillerSuffixes).not.toContain('eh');
    expect(canadian.ordinalValue('second')).toBe('2');
  });

  it('passes over "eh" around a request, as it passes over "um"', () => {
    const resolver = new IntentResolver(loadLanguageModel('en-CA'), 'amzn1.ask.skill.test', true, 'en-CA');
    expect(resolver.resolve('thanks eh').intent.name).toBe('AMAZON.StopIntent');
    expect(resolver.resolve('add the second one to my cart eh').intent).toMatchObject({ name: 'AddToCartIntent', slots: { ordinal: { value: '2' } } });
    const american = new IntentResolver(loadLanguageModel('en-US'), 'amzn1.ask.skill.test', true, 'en-US');
    expect(american.resolve('thanks eh').intent.name).toBe('AMAZON.FallbackIntent');
  });
});
