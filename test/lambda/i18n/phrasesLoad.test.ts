/**
 * Loading a locale's phrase data (lambda/i18n/phrases.ts, `readPhrases`): a locale without a
 * file falls back quietly, as it should; a broken overlay is an operator's problem, logged with
 * the file and the key, and fails rather than answering in another locale's words.
 */
import { PHRASES_FILE } from '../../../lambda/i18n';
import { OverlayError } from '../../../lambda/i18n/overlay';
import { phrasesFor, readPhrases } from '../../../lambda/i18n/phrases';
import { captureLogs } from '../../support/logs';

const enUS = phrasesFor('en-US');
const missing = (name: string): Error => Object.assign(new Error(`Cannot find module ${name}/${PHRASES_FILE}`), { code: 'MODULE_NOT_FOUND' });

/** A reader over in-memory files: en-US as it is, and whatever the test lays beside it. */
function reader(files: Record<string, unknown>): (locale: string) => unknown {
  return (locale) => {
    if (Object.hasOwn(files, locale)) return files[locale];
    if (locale === 'en-US') return enUS;
    throw missing(locale);
  };
}

describe('loading phrase data', () => {
  let logs: ReturnType<typeof captureLogs>;
  beforeEach(() => {
    logs = captureLogs();
  });
  afterEach(() => logs.restore());

  it('reads a locale without a file of its own as none, without a log line: its fallback answers', () => {
    expect(readPhrases('pt-BR', reader({}))).toBeUndefined();
    expect(logs.lines).toEqual([]);
  });

  it('resolves a sound overlay', () => {
    const phrases = readPhrases('en-ZZ', reader({ 'en-ZZ': { extends: 'en-US', add: { fillers: ['eh'] } } }));
    expect(phrases?.fillers).toEqual([...enUS.fillers, 'eh']);
    expect(logs.lines).toEqual([]);
  });

  it('fails on an overlay naming a key its base lacks, and logs the file and the key for the operator', () => {
    const broken = { 'en-ZZ': { extends: 'en-US', add: { filers: ['erm, well'] } } };
    expect(() => readPhrases('en-ZZ', reader(broken))).toThrow(OverlayError);
    expect(logs.lines).toHaveLength(1);
    const [line] = logs.lines;
    expect(line?.level).toBe('error');
    expect(line?.record).toMatchObject({ event: 'phrase overlay broken', file: `en-ZZ/${PHRASES_FILE}`, key: 'add.filers', errorName: 'OverlayError' });
    // The file and where in it; no phrase data, no envelope.
    expect(line?.line).not.toContain('erm, well');
    expect(line?.line.length).toBeLessThan(400);
  });

  it('fails on an overlay extending a locale that has no file, naming its extends', () => {
    expect(() => readPhrases('en-ZZ', reader({ 'en-ZZ': { extends: 'xx-XX' } }))).toThrow(/xx-XX/);
    expect(logs.lines[0]?.record).toMatchObject({ event: 'phrase overlay broken', file: `en-ZZ/${PHRASES_FILE}`, key: 'extends' });
  });

  it('fails on a file that is there but unreadable (no JSON), naming it', () => {
    const unreadable = (locale: string): unknown => {
      if (locale === 'en-ZZ') throw new SyntaxError('Unexpected token } in JSON at position 12');
      throw missing(locale);
    };
    expect(() => readPhrases('en-ZZ', unreadable)).toThrow(SyntaxError);
    expect(logs.lines[0]?.record).toMatchObject({ event: 'phrase data unreadable', file: `en-ZZ/${PHRASES_FILE}`, errorName: 'SyntaxError' });
  });
});
