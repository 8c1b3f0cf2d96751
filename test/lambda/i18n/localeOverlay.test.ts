/**
 * A locale's data laid over another's (`"extends"`, lambda/i18n/localeSource.ts): es-US keeps
 * only what US customers say differently from es-ES. The overlay must resolve to complete data
 * (every phrase list the code reads, a model the generator accepts), change only what its base
 * has (a misspelt name would otherwise be a silent no-op), and hold nothing equal to its base.
 */
import { existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { EXTENDS_KEY, overlay, overlayStrays, readLocaleSource, readRawLocaleSource } from '../../../lambda/i18n/localeSource';
import { phrasesFor } from '../../../lambda/i18n/phrases';
import { generateModel, LANGUAGE_ROOT } from '../../../infra/model/generate';

// Phrase data only: a model's `extends` is infra/model/generate.ts's (samples added to the base's).
const FILES = ['phrases.json'];

/** Every locale data file that extends another: [locale, file, base]. */
const OVERLAYS: Array<[string, string, string]> = readdirSync(LANGUAGE_ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) =>
    FILES.filter((file) => existsSync(path.join(LANGUAGE_ROOT, entry.name, file))).flatMap((file): Array<[string, string, string]> => {
      const base = readRawLocaleSource(LANGUAGE_ROOT, entry.name, file)[EXTENDS_KEY];
      return typeof base === 'string' ? [[entry.name, file, base]] : [];
    }),
  );

/** Object keys, nested, as dotted paths ("questionTopics.price"). */
function keyPaths(value: unknown, at = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const place = at === '' ? key : `${at}.${key}`;
    return [place, ...keyPaths(inner, place)];
  });
}

describe('locale data overlays', () => {
  it('es-US lays its phrase data over es-ES', () => {
    expect(OVERLAYS).toEqual(expect.arrayContaining([['es-US', 'phrases.json', 'es-ES']]));
  });

  it.each(OVERLAYS)('%s %s: changes only names its base %s has, and nothing to what the base already says', (locale, file, base) => {
    const raw = readRawLocaleSource(LANGUAGE_ROOT, locale, file);
    const under = readLocaleSource(LANGUAGE_ROOT, base, file);
    expect(overlayStrays(under, raw)).toEqual([]);
    const copies = Object.entries(raw).filter(([key, value]) => key !== EXTENDS_KEY && isDeepStrictEqual(value, under[key]));
    expect(copies.map(([key]) => key)).toEqual([]);
  });

  it.each(OVERLAYS)('%s %s: resolves every key its base has', (locale, file, base) => {
    const resolved = readLocaleSource(LANGUAGE_ROOT, locale, file);
    const under = readLocaleSource(LANGUAGE_ROOT, base, file);
    // Only an explicit null drops an entry of the base (es-US's amounts have no "un euro").
    const dropped = keyPaths(readRawLocaleSource(LANGUAGE_ROOT, locale, file)).filter((place) => {
      const value = place.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], readRawLocaleSource(LANGUAGE_ROOT, locale, file));
      return value === null;
    });
    expect(keyPaths(under).filter((place) => !keyPaths(resolved).includes(place))).toEqual(dropped);
    expect(resolved[EXTENDS_KEY]).toBeUndefined();
  });

  it('the resolved es-US data is complete: every phrase list en-US has, and a model the generator accepts', () => {
    const enUS = readLocaleSource(LANGUAGE_ROOT, 'en-US', 'phrases.json');
    // The fields lambda/i18n/phrases.ts marks optional.
    const optional = ['_comment', 'ordinalEndings', 'ordinalWords', 'premiumPrice'];
    const esUS = phrasesFor('es-US') as unknown as Record<string, unknown>;
    expect(Object.keys(enUS).filter((key) => !optional.includes(key) && esUS[key] === undefined)).toEqual([]);
    // US words, and es-ES's where es-US says nothing different.
    expect(phrasesFor('es-US').currency).toContain('dólares');
    expect(phrasesFor('es-US').currency).not.toContain('euros');
    expect(phrasesFor('es-US').ordinals).toEqual(phrasesFor('es-ES').ordinals);
    expect(() => generateModel('es-US')).not.toThrow();
  });
});

describe('overlay', () => {
  it('merges objects name by name, replaces lists and strings whole, and drops an entry set to null', () => {
    const base = { a: ['x', 'y'], b: { c: ['1'], d: ['2'] }, e: 'text', f: { g: 1, h: 2 } };
    expect(overlay(base, { a: ['z'], b: { d: ['3'] }, f: { h: null } })).toEqual({ a: ['z'], b: { c: ['1'], d: ['3'] }, e: 'text', f: { g: 1 } });
  });

  it('names what an overlay changes that its base lacks', () => {
    expect(overlayStrays({ closings: [], refine: { maxPrice: [] } }, { closing: [], refine: { maxPrize: [] } })).toEqual(['closing', 'refine.maxPrize']);
    // A table of words may gain words.
    expect(overlayStrays({ amounts: { 'un euro': 1 } }, { amounts: { 'un dólar': 1 } })).toEqual([]);
  });

  it('resolves a chain, and names a loop', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'overlay-'));
    try {
      const write = (locale: string, data: object) => {
        mkdirSync(path.join(root, locale));
        writeFileSync(path.join(root, locale, 'phrases.json'), JSON.stringify(data));
      };
      write('es-ES', { closings: ['adiós'], fillers: ['eh'] });
      write('es-US', { extends: 'es-ES', closings: ['bye'] });
      write('es-MX', { extends: 'es-US', fillers: ['este'] });
      write('xx-XX', { extends: 'yy-YY' });
      write('yy-YY', { extends: 'xx-XX' });
      expect(readLocaleSource(root, 'es-MX', 'phrases.json')).toEqual({ closings: ['bye'], fillers: ['este'] });
      expect(() => readLocaleSource(root, 'xx-XX', 'phrases.json')).toThrow('xx-XX → yy-YY → xx-XX');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
