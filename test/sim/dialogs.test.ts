import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dialogFiles } from './dialog';
import { formatFailure, PREPARE_TIMEOUT_MS, prepareLocales, runDialogFile } from './dialogRunner';

const files = dialogFiles();

describe('transcripts in test/dialogs', () => {
  beforeAll(() => prepareLocales(files), PREPARE_TIMEOUT_MS);

  it('finds transcript files to run', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((file) => [path.basename(file), file]))('%s runs as written', async (_name, file) => {
    const result = await runDialogFile(file);
    const report = result.failures.map((f) => formatFailure(path.basename(file), f)).join('\n\n');
    expect(report).toBe('');
  });
});

describe('a transcript that does not match the skill', () => {
  it('fails, and names the turn with the expected and the actual answer', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dialog-'));
    const file = path.join(dir, 'wrong.dialog');
    writeFileSync(file, ['U: open voice shopper', 'A: welcome to the pet shop', 'S: ended', 'U: help', 'A: /find products/'].join('\n'));
    try {
      const result = await runDialogFile(file);

      expect(result.failures).toEqual([
        expect.objectContaining({ line: 1, what: 'answer', expected: 'welcome to the pet shop', actual: expect.stringContaining('Welcome to Voice Shopper') }),
        expect.objectContaining({ line: 1, what: 'session', expected: 'ended', actual: 'open' }),
      ]);
      const [first] = result.failures;
      if (first === undefined) throw new Error('no failure reported');
      expect(formatFailure('wrong.dialog', first)).toMatch(
        /wrong\.dialog:1 {2}U: open voice shopper\n {2}expected answer: welcome to the pet shop\n {2}actual {3}answer: Welcome to Voice Shopper/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
