import path from 'node:path';
import { dialogFiles } from './dialog';
import { formatFailure, runDialogFile } from './dialogRunner';

const files = dialogFiles();

describe('transcripts in test/dialogs', () => {
  it('finds transcript files to run', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((file) => [path.basename(file), file]))('%s runs as written', async (_name, file) => {
    const result = await runDialogFile(file);
    const report = result.failures.map((f) => formatFailure(path.basename(file), f)).join('\n\n');
    expect(report).toBe('');
  });
});
