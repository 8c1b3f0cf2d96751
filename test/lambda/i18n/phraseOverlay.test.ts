import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { localeDataFiles, PHRASES_FILE } from '../../../lambda/i18n';
import { PhraseOverlayError, resolvePhraseData } from '../../../lambda/i18n/phraseOverlay';
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
    const resolved = resolvePhraseData(locale, readSource);
    expect(keyPaths(resolved).sort()).toEqual(keyPaths(resolvePhraseData(base, readSource)).sort());
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

  describe('resolving', () => {
    const files: Record<string, unknown> = {
      base: { fillers: ['um'], amounts: { ten: 10 }, actions: { cart: ['add'], buy: ['buy'] } },
      over: { extends: 'base', add: { fillers: ['eh', 'um'], amounts: { 'a toonie': 2 } }, replace: { 'actions.cart': ['toss'] } },
      typo: { extends: 'base', add: { filers: ['eh'] } },
      wrongKind: { extends: 'base', add: { actions: ['add'] } },
      badPath: { extends: 'base', replace: { 'actions.wish': ['keep'] } },
      loopA: { extends: 'loopB' },
      loopB: { extends: 'loopA' },
    };
    const read = (locale: string): unknown => files[locale];

    it('appends new words, merges maps and replaces an entry by its path', () => {
      expect(resolvePhraseData('over', read)).toEqual({ fillers: ['um', 'eh'], amounts: { ten: 10, 'a toonie': 2 }, actions: { cart: ['toss'], buy: ['buy'] } });
    });

    it('returns a complete file as it is', () => {
      expect(resolvePhraseData('base', read)).toBe(files.base);
    });

    it.each(['typo', 'wrongKind', 'badPath', 'loopA'])('refuses %s, naming the key', (locale) => {
      expect(() => resolvePhraseData(locale, read)).toThrow(PhraseOverlayError);
    });
  });
});
