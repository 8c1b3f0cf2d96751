/**
 * The interaction models are generated: one declaration (infra/model/declaration.ts) and each
 * locale's words (lambda/i18n/<locale>/model.json and phrases.json). The committed JSON must be
 * what they generate (`npm run model` rewrites it), and a slip in a locale's words fails with
 * the place.
 */
import { readFileSync } from 'node:fs';
import { SUPPORTED_LOCALES } from '../../lambda/constants';
import { generateModel, ModelSourceError, modelFile, modelLocales, modelText, readModelSource } from '../../infra/model/generate';

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
});
