/**
 * The interaction models are generated: one declaration (infra/model/declaration.ts) and each
 * locale's words (lambda/i18n/<locale>/model.json and phrases.json). The committed JSON must be
 * what they generate (`npm run model` rewrites it), and a slip in a locale's words fails with
 * the place.
 */
import { readFileSync } from 'node:fs';
import { SUPPORTED_LOCALES } from '../../lambda/constants';
import {
  expandTemplate,
  generateModel,
  leftOutKey,
  type LocaleModelSource,
  MODEL_FILE,
  ModelSourceError,
  modelFile,
  modelLocales,
  modelText,
  readModelSource,
} from '../../infra/model/generate';
import { resolveOverlay } from '../../lambda/i18n/overlay';

/** `overlay` laid over `base` as the generator lays a model.json with `extends` (lambda/i18n/overlay.ts). */
const overlaid = (base: LocaleModelSource, overlay: object): LocaleModelSource =>
  resolveOverlay(MODEL_FILE, 'over', (locale) => (locale === 'over' ? { extends: 'base', ...overlay } : base)) as LocaleModelSource;

/** The samples `generateModel` gives an intent from these words. */
function cartSamples(source: LocaleModelSource): string[] {
  const model = generateModel('en-US', source) as { interactionModel: { languageModel: { intents: Array<{ name: string; samples: string[] }> } } };
  return model.interactionModel.languageModel.intents.find((i) => i.name === 'AddToCartIntent')?.samples ?? [];
}

describe('the generated interaction models', () => {
  it('exist for every supported locale, and every locale folder with words is supported', () => {
    expect(modelLocales()).toEqual([...SUPPORTED_LOCALES].sort());
  });

  it.each(modelLocales())('%s: the committed model is what its source generates (npm run model)', (locale) => {
    expect(readFileSync(modelFile(locale), 'utf8')).toBe(modelText(locale));
  });

  // SMAPI refuses a model definition longer than 1,000,000 characters ("Member must have length
  // less than or equal to 1000000", the error ask-cli issue 9 reports). Templates multiply their
  // word groups, so one template of three or four groups can add thousands of samples and pass
  // the limit unnoticed: this fails first, naming the locale and its size.
  const MODEL_CHARS_LIMIT = 1_000_000;
  it.each(modelLocales())('%s: the generated model stays under the size SMAPI accepts', (locale) => {
    const chars = JSON.stringify(JSON.parse(readFileSync(modelFile(locale), 'utf8'))).length;
    expect({ locale, chars, underLimit: chars <= MODEL_CHARS_LIMIT }).toEqual({ locale, chars, underLimit: true });
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

  it('builds an overlay locale (en-CA) from the one it extends and its own additions, taking nothing away', () => {
    const us = readModelSource('en-US');
    const ca = readModelSource('en-CA');
    for (const [intent, samples] of Object.entries(us.samples)) expect(ca.samples[intent]).toEqual(expect.arrayContaining(samples));
    expect(ca.samples['AMAZON.StopIntent']).toContain('have a good one');
    expect(us.samples['AMAZON.StopIntent']).not.toContain('have a good one');
    expect(ca.invocationName).toBe(us.invocationName);
    expect(ca.prompts).toEqual(us.prompts);
  });

  it('merges an overlay value into the base value with the same id, joining synonyms', () => {
    const base = readModelSource('en-US');
    const merged = overlaid(base, {
      add: {
        samples: { 'AMAZON.StopIntent': ['cheerio'] },
        values: {
          ProductKindType: [
            { value: 'notebook', synonyms: ['scribbler'] },
            { value: 'toque', synonyms: ['tuque'] },
          ],
        },
      },
    });
    const kinds = merged.values.ProductKindType ?? [];
    const notebook = kinds.find((v) => v.value === 'notebook');
    expect(notebook?.synonyms).toEqual(expect.arrayContaining([...(base.values.ProductKindType?.find((v) => v.value === 'notebook')?.synonyms ?? []), 'scribbler']));
    expect(kinds.filter((v) => v.value === 'notebook')).toHaveLength(1);
    expect(kinds.at(-1)).toEqual({ value: 'toque', synonyms: ['tuque'] });
    expect(merged.samples['AMAZON.StopIntent']?.at(-1)).toBe('cheerio');
    expect(merged.samples.SearchProductsIntent).toEqual(base.samples.SearchProductsIntent);
  });

  it('gives an overlay locale the carrier templates and word groups of the one it extends, widened by its own', () => {
    const base = { ...readModelSource('en-US'), sampleTemplates: { AddToCartIntent: ['{@verb} {@spot}'] }, wordGroups: { verb: ['add'], spot: ['the {ordinal} one'] } };
    const merged = overlaid(base, { add: { sampleTemplates: { AddToCartIntent: ['chuck {@spot} in'] }, wordGroups: { verb: ['toss'] } } });
    expect(merged.sampleTemplates?.AddToCartIntent).toEqual(['{@verb} {@spot}', 'chuck {@spot} in']);
    expect(merged.wordGroups).toEqual({ verb: ['add', 'toss'], spot: ['the {ordinal} one'] });
    const model = generateModel('en-CA', { ...merged, sortWords: base.sortWords, phraseGroups: base.phraseGroups }) as {
      interactionModel: { languageModel: { intents: Array<{ name: string; samples: string[] }> } };
    };
    const cart = model.interactionModel.languageModel.intents.find((i) => i.name === 'AddToCartIntent');
    expect(cart?.samples).toEqual(expect.arrayContaining(['add the {ordinal} one', 'toss the {ordinal} one', 'chuck the {ordinal} one in']));
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

  it("adds a template's samples to its intent once, and rejects a template naming an unknown word group", () => {
    const source = readModelSource('en-US');
    const model = generateModel('en-US', {
      ...source,
      wordGroups: { spot: ['the {ordinal} one'] },
      sampleTemplates: { AddToCartIntent: ['stash {@spot} away', 'stash {@spot} away'] },
    }) as {
      interactionModel: { languageModel: { intents: Array<{ name: string; samples: string[] }> } };
    };
    const cart = model.interactionModel.languageModel.intents.find((i) => i.name === 'AddToCartIntent');
    expect(cart?.samples.filter((s) => s === 'stash the {ordinal} one away')).toHaveLength(1);
    expect(() => generateModel('en-US', { ...source, sampleTemplates: { AddToCartIntent: ['stash {@nowhere}'] } })).toThrow(/unknown word group nowhere/);
  });

  it('says a sample two templates make in different letter case once', () => {
    const cart = cartSamples({
      ...readModelSource('en-US'),
      wordGroups: { spot: ['the {ordinal} one'] },
      sampleTemplates: { AddToCartIntent: ['Stash {@spot} away', 'stash {@spot} away'] },
    });
    expect(cart.filter((s) => s.toLowerCase() === 'stash the {ordinal} one away')).toHaveLength(1);
  });

  it('leaves out the template samples its leftOut list names by digest, and never a hand-written sample', () => {
    const source = readModelSource('en-US');
    const cart = cartSamples({
      ...source,
      samples: { ...source.samples, AddToCartIntent: [...(source.samples.AddToCartIntent ?? []), 'tuck the {ordinal} one away'] },
      wordGroups: { spot: ['the {ordinal} one'], verb: ['stash', 'tuck'] },
      sampleTemplates: { AddToCartIntent: ['{@verb} {@spot} away', '{@verb} {@spot} aside'] },
      leftOut: [leftOutKey('Stash the {ordinal} one away'), leftOutKey('tuck the {ordinal} one away')],
    });
    expect(cart).not.toContain('stash the {ordinal} one away');
    expect(cart).toEqual(expect.arrayContaining(['stash the {ordinal} one aside', 'tuck the {ordinal} one aside', 'tuck the {ordinal} one away']));
  });
});
