/**
 * `npm run model`: writes `skill-package/interactionModels/custom/<locale>.json` for every
 * locale folder with a `model.json`. `npm run model -- --check` writes nothing and fails when
 * a committed model differs from what its source generates.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type CliSpec, parseCli } from '../cli';
import { modelFile, modelLocales, modelText, ROOT } from './generate';

export const MODEL_CLI: CliSpec = {
  command: 'npm run model --',
  summary: 'Generates the interaction models (skill-package/interactionModels/custom/<locale>.json) from infra/model/declaration.ts and each lambda/i18n/<locale>/model.json.',
  options: [{ flag: '--check', text: 'write nothing; fail when a committed model differs from what its source generates' }],
  examples: ['npm run model', 'npm run model -- --check'],
  exitCodes: [
    [0, 'the models were written (or, with --check, are up to date)'],
    [1, 'with --check: a model is stale (the files are named)'],
    [2, 'an unknown option'],
  ],
};

function main(): void {
  const cli = parseCli(MODEL_CLI, process.argv.slice(2), { check: 'boolean' });
  if (cli === undefined) return;
  const checkOnly = cli.values.check === true;
  const stale: string[] = [];
  for (const locale of modelLocales()) {
    const file = modelFile(locale);
    const text = modelText(locale);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (current === text) continue;
    if (checkOnly) stale.push(path.relative(ROOT, file));
    else {
      writeFileSync(file, text);
      process.stdout.write(`wrote ${path.relative(ROOT, file)}\n`);
    }
  }
  if (stale.length > 0) {
    process.stderr.write(`stale (run npm run model): ${stale.join(', ')}\n`);
    process.exitCode = 1;
  }
}

main();
