/**
 * `npm run dialog -- <files>`: runs transcript files through the simulator and prints, for
 * each failing turn, the expected and the actual answer. With no files, runs every
 * `test/dialogs/*.dialog`. `--verbose` prints every conversation as heard.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type CliSpec, printHelpIfAsked } from '../../infra/cli';
import { formatFailure, runDialogFile } from './dialogRunner';

export const DIALOG_CLI: CliSpec = {
  command: 'npm run dialog --',
  arguments: '[options] [file.dialog ...]',
  summary: 'Run transcript files through the local simulator; print the expected and the actual answer of each failing turn.',
  options: [{ flag: '-v, --verbose', text: 'print every conversation as heard, not only the failing ones' }],
  rest: 'transcript files; none: every test/dialogs/*.dialog',
  examples: ['npm run dialog', 'npm run dialog -- test/dialogs/premium-purchase.dialog -v'],
  exitCodes: [
    [0, 'every transcript passed'],
    [1, 'a turn did not match'],
    [2, 'an unknown option, or a file that cannot be read or parsed'],
  ],
};

export const DIALOG_DIR = path.resolve(__dirname, '..', 'dialogs');

export function dialogFiles(dir = DIALOG_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.dialog'))
    .sort()
    .map((name) => path.join(dir, name));
}

async function main(): Promise<number> {
  if (printHelpIfAsked(DIALOG_CLI, process.argv.slice(2))) return 0;
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { verbose: { type: 'boolean', short: 'v', default: false } },
    allowPositionals: true,
    strict: true,
  });
  const files = positionals.length > 0 ? positionals.map((f) => path.resolve(f)) : dialogFiles();
  let failed = 0;
  for (const file of files) {
    const name = path.relative(process.cwd(), file);
    const result = await runDialogFile(file);
    const ok = result.failures.length === 0;
    console.log(`${ok ? 'PASS' : 'FAIL'} ${name} (${result.turns} turns)`);
    if (values.verbose || !ok) for (const line of result.log) console.log(`    ${line}`);
    for (const failure of result.failures) console.log(formatFailure(name, failure));
    if (!ok) failed += 1;
  }
  console.log(`${files.length - failed} of ${files.length} dialogs passed`);
  return failed === 0 ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exitCode = 2;
    },
  );
}
