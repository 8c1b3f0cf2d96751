/**
 * `npm run model`: writes `skill-package/interactionModels/custom/<locale>.json` for every
 * locale folder with a `model.json`. `npm run model -- --check` writes nothing and fails when
 * a committed model differs from what its source generates.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { modelFile, modelLocales, modelText, ROOT } from './generate';

function main(): void {
  const checkOnly = process.argv.includes('--check');
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
