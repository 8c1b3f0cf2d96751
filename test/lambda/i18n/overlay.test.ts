import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { localeDataFiles, PHRASES_FILE } from '../../../lambda/i18n';
import { OverlayError, resolveOverlay } from '../../../lambda/i18n/overlay';
import { phrasesFor } from '../../../lambda/i18n/phrases';

const I18N = path.join(__dirname, '..', '..', '..', 'lambda', 'i18n');
const readSource = (locale: string): unknown => JSON.parse(readFileSync(path.join(I18N, locale, PHRASES_FILE), 'utf8'));
const overlays = readdirSync(I18N, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .filter((locale) => {
    try {
      return typeof (readSource(locale) as { extends?: unknown }).extends === 'string';
    } catch {
      return false;
    }
  });

/** Every key path of the data down to its lists and words ("refine.maxPrice", "numbers.units"), maps of words excepted. */
function keyPaths(data: unknown, prefix = ''): string[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [prefix];
  const entries = Object.entries(data);
  // A map of words to numbers (amounts, ordinal words) is data, not shape.
  if (entries.length > 0 && entries.every(([, v]) => typeof v === 'number' || typeof v === 'string')) return [prefix];
  return entries.filter(([k]) => k !== '_comment').flatMap(([k, v]) => keyPaths(v, prefix === '' ? k : `${prefix}.${k}`));
}

describe('phrase data laid over another locale', () => {
  it('is used by fr-CA, which keeps only what differs from fr-FR', () => {
    expect(overlays).toContain('fr-CA');
    expect((readSource('fr-CA') as { extends: string }).extends).toBe('fr-FR');
  });

  it.each(overlays)('%s resolves every key the locale it extends has, and no other', (locale) => {
    const base = (readSource(locale) as { extends: string }).extends;
    const resolved = resolveOverlay(PHRASES_FILE, locale, readSource);
    expect(keyPaths(resolved).sort()).toEqual(keyPaths(resolveOverlay(PHRASES_FILE, base, readSource)).sort());
    // And every key all complete locales have (optional ones, such as declined ordinals, vary by language).
    const complete = readdirSync(I18N, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !overlays.includes(e.name) && existsSync(path.join(I18N, e.name, PHRASES_FILE)))
      .map((e) => keyPaths(readSource(e.name)));
    const shared = (complete[0] ?? []).filter((key) => complete.every((keys) => keys.includes(key)));
    expect(shared).toContain('closings');
    expect(keyPaths(resolved)).toEqual(expect.arrayContaining(shared));
  });

  it('adds Québec words to fr-FR lists and replaces the currency and cart words', () => {
    const frCA = phrasesFor('fr-CA');
    const frFR = phrasesFor('fr-FR');
    expect(frCA.closings).toEqual(expect.arrayContaining([...frFR.closings, "c'est beau"]));
    expect(frCA.carriers).toContain('je magasine');
    expect(frCA.currency).toContain('piasses');
    expect(frCA.currency).not.toContain('euros');
    expect(frCA.cartWords).not.toContain('caddie');
    expect(frCA.ordinals).toEqual(frFR.ordinals);
  });

  it('lets es-US keep only what US customers say differently from es-ES: dollars, not euros', () => {
    expect(overlays).toContain('es-US');
    expect((readSource('es-US') as { extends: string }).extends).toBe('es-ES');
    const esUS = phrasesFor('es-US');
    const esES = phrasesFor('es-ES');
    expect(esUS.currency).toContain('dólares');
    expect(esUS.currency).not.toContain('euros');
    expect(Object.keys(esUS.amounts)).not.toContain('un euro');
    expect(esUS.cartWords).toContain('carrito de compras');
    expect(esUS.startOver).toEqual(expect.arrayContaining([...esES.startOver, 'volver a empezar']));
    expect(esUS.ordinals).toEqual(esES.ordinals);
  });

  it('writes the resolved data beside the bundle, so the deployed Lambda reads one file', () => {
    const file = localeDataFiles().find((f) => f.file === path.join('i18n', 'fr-CA', PHRASES_FILE));
    expect(JSON.parse(file?.text ?? '{}')).toEqual(JSON.parse(JSON.stringify(phrasesFor('fr-CA'))));
  });

  it('makes en-CA en-US with only what Canadians say differently', () => {
    expect(overlays).toContain('en-CA');
    expect((readSource('en-CA') as { extends: string }).extends).toBe('en-US');
    const enCA = phrasesFor('en-CA');
    const enUS = phrasesFor('en-US');
    expect(enCA.fillers).toEqual(expect.arrayContaining([...enUS.fillers, 'eh']));
    expect(enCA.closings).toEqual(expect.arrayContaining([...enUS.closings, 'have a good one']));
    expect(enCA.amounts).toMatchObject({ ...enUS.amounts, toonie: 2, loonie: 1 });
    expect(enCA.ordinals).toEqual(enUS.ordinals);
  });
});

/** The one rule, for phrases.json and model.json alike (the model generator's use: test/skill-package/modelSource.test.ts). */
describe.each(['phrases.json', 'model.json'])('an overlay %s', (file) => {
  const files: Record<string, unknown> = {
    base: {
      $comment: 'the base',
      fillers: ['um'],
      amounts: { ten: 10 },
      actions: { cart: ['add'], buy: ['buy'] },
      samples: { 'AMAZON.StopIntent': ['stop'], SearchProductsIntent: ['find {query}'] },
      values: {
        ProductKindType: [
          { value: 'notebook', synonyms: ['notepad'] },
          { id: 'PRICE_ASC', value: 'cheapest' },
        ],
      },
      prompts: { 'Elicit.Slot.SearchProductsIntent.query': ['What would you like?'] },
    },
    over: {
      $comment: 'the overlay',
      extends: 'base',
      add: {
        fillers: ['eh', 'um'],
        amounts: { 'a toonie': 2 },
        samples: { 'AMAZON.StopIntent': ['have a good one'], 'AMAZON.HelpIntent': ['what now'] },
        values: { ProductKindType: [{ value: 'notebook', synonyms: ['scribbler', 'notepad'] }, { value: 'toque' }, { id: 'PRICE_ASC', synonyms: ['cheap'] }] },
      },
      replace: {
        'actions.cart': ['toss'],
        'samples.AMAZON.StopIntent': ['cheers'],
        'prompts.Elicit.Slot.SearchProductsIntent.query': ['What are you after?'],
        'values.ProductKindType.notebook.synonyms': ['scribbler'],
      },
    },
    onTop: { extends: 'over', add: { fillers: ['like'] } },
    typo: { extends: 'base', add: { filers: ['eh'] } },
    wrongKind: { extends: 'base', add: { actions: ['add'] } },
    wordInLists: { extends: 'base', add: { prompts: { 'Elicit.Slot.Other': 'what?' } } },
    otherWord: { extends: 'base', add: { amounts: { ten: 11 } } },
    badPath: { extends: 'base', replace: { 'actions.wish': ['keep'] } },
    badIntent: { extends: 'base', replace: { 'samples.AMAZON.StoopIntent': ['bye'] } },
    outside: { extends: 'base', samples: { SearchProductsIntent: ['look for {query}'] } },
    loop: { extends: 'loop' },
  };
  const read = (locale: string): unknown => files[locale];

  it('adds entries (a list to a map of lists), merges maps and named slot values, replaces an entry by its path (keys with dots matched whole)', () => {
    expect(resolveOverlay(file, 'over', read)).toEqual({
      $comment: 'the overlay',
      fillers: ['um', 'eh'],
      amounts: { ten: 10, 'a toonie': 2 },
      actions: { cart: ['toss'], buy: ['buy'] },
      samples: { 'AMAZON.StopIntent': ['cheers'], SearchProductsIntent: ['find {query}'], 'AMAZON.HelpIntent': ['what now'] },
      values: { ProductKindType: [{ value: 'notebook', synonyms: ['scribbler'] }, { id: 'PRICE_ASC', value: 'cheapest', synonyms: ['cheap'] }, { value: 'toque' }] },
      prompts: { 'Elicit.Slot.SearchProductsIntent.query': ['What are you after?'] },
    });
  });

  it('resolves an overlay of an overlay, and returns a complete file as it is', () => {
    expect((resolveOverlay(file, 'onTop', read) as { fillers: string[] }).fillers).toEqual(['um', 'eh', 'like']);
    expect(resolveOverlay(file, 'base', read)).toBe(files.base);
  });

  it.each([
    ['typo', 'add.filers', 'is not in base/'],
    ['wrongKind', 'add.actions', 'can only add to a list or a map'],
    ['wordInLists', 'add.prompts.Elicit.Slot.Other', 'is not in base/'],
    ['otherWord', 'add.amounts.ten', 'is 10 in base/'],
    ['badPath', 'replace.actions.wish', 'is not in base/'],
    ['badIntent', 'replace.samples.AMAZON.StoopIntent', 'is not in base/'],
    ['outside', 'samples', 'is outside add and replace'],
    ['loop', 'extends', 'makes a cycle'],
  ])('refuses %s, naming the file and the key %s', (locale, key, problem) => {
    let thrown: unknown;
    try {
      resolveOverlay(file, locale, read);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(OverlayError);
    expect((thrown as OverlayError).key).toBe(key);
    expect((thrown as OverlayError).message).toContain(`${locale}/${file}: ${key} ${problem}`);
  });
});
