/**
 * The interaction models are generated: one declaration (infra/model/declaration.ts) and each
 * locale's words (lambda/i18n/<locale>/model.json and phrases.json). The committed JSON must be
 * what they generate (`npm run model` rewrites it), and a slip in a locale's words fails with
 * the place.
 */
import { readFileSync } from 'node:fs';
import { SUPPORTED_LOCALES } from '../../lambda/constants';
import { expandTemplate, generateModel, ModelSourceError, modelFile, modelLocales, modelText, readModelSource } from '../../infra/model/generate';

describe('the generated interaction models', () => {
  it('exist for every supported locale, and every locale folder with words is supported', () => {
    expect(modelLocales()).toEqual([...SUPPORTED_LOCALES].sort());
  });

  it.each(modelLocales())('%s: the committed model is what its source generates (npm run model)', (locale) => {
    expect(readFileSync(modelFile(locale), 'utf8')).toBe(modelText(locale));
  });

  it('rejects a sample that names an undeclared slot, and a missing value id', () => {
    const source = readModelSource('en-US');
    const broken = {
      ...source,
      samples: { ...source.samples, SearchProductsIntent: ['find {thing}'] },
      values: { ...source.values, RefinementType: (source.values.RefinementType ?? []).slice(1) },
    };
    expect(() => generateModel('en-US', broken)).toThrow(ModelSourceError);
    try {
      generateModel('en-US', broken);
    } catch (error) {
      expect((error as ModelSourceError).problems.join('; ')).toMatch(/"find \{thing\}" names undeclared slot thing.*RefinementType ids/);
    }
  });

  it('fills a template with every phrase of its word groups, an empty phrase leaving the group out', () => {
    const groups: Record<string, string[]> = { verb: ['add', 'pop'], where: ['', 'in my basket'] };
    expect(expandTemplate('{@verb} the {ordinal} one {@where}', (name) => groups[name])).toEqual([
      'add the {ordinal} one',
      'add the {ordinal} one in my basket',
      'pop the {ordinal} one',
      'pop the {ordinal} one in my basket',
    ]);
  });

  it('adds a template\'s samples to its intent once, and rejects a template naming an unknown word group', () => {
    const source = readModelSource('en-US');
    const model = generateModel('en-US', { ...source, wordGroups: { spot: ['the {ordinal} one'] }, sampleTemplates: { AddToCartIntent: ['stash {@spot} away', 'stash {@spot} away'] } }) as {
      interactionModel: { languageModel: { intents: Array<{ name: string; samples: string[] }> } };
    };
    const cart = model.interactionModel.languageModel.intents.find((i) => i.name === 'AddToCartIntent');
    expect(cart?.samples.filter((s) => s === 'stash the {ordinal} one away')).toHaveLength(1);
    expect(() => generateModel('en-US', { ...source, sampleTemplates: { AddToCartIntent: ['stash {@nowhere}'] } })).toThrow(/unknown word group nowhere/);
  });
});
