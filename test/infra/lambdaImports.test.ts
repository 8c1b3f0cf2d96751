/**
 * infra/ imports the names it shares with the runtime from lambda/ instead of copying them.
 * This keeps that cheap: the deploy tools and the CDK app must load only small, dependency-free
 * runtime modules, never the skill (ask-sdk-core, handlers, message catalogs).
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** Specifiers of the imports a module runs at load time (`import type` and `import()` excluded). */
function runtimeImports(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  for (const match of source.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^;'"]*?\sfrom\s+)?'([^']+)'/gm)) {
    if (match[1] !== undefined) specifiers.push(match[1]);
  }
  return specifiers;
}

function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  return [`${base}.ts`, path.join(base, 'index.ts')].find((candidate) => fs.existsSync(candidate));
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? tsFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('infra/ imports from lambda/', () => {
  // Every module loaded from infra/, followed through relative imports.
  const seen = new Set<string>();
  const queue = tsFiles(path.join(ROOT, 'infra'));
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of runtimeImports(file)) {
      const local = resolveLocal(file, specifier);
      if (local !== undefined) queue.push(local);
    }
  }
  const lambdaModules = [...seen].filter((file) => file.startsWith(path.join(ROOT, 'lambda') + path.sep));

  it('reaches only the modules that hold shared names and rules', () => {
    expect(lambdaModules.map((file) => path.relative(ROOT, file).split(path.sep).join('/')).sort()).toEqual([
      // The compile cache's file names and stamp, which the build writes and the loader reads (infra/compileCache.ts).
      'lambda/boot/compileCache.ts',
      'lambda/config/env.ts',
      'lambda/config/metrics.ts',
      'lambda/config/secretKeys.ts',
      // The names every part agrees on: the interaction model's declaration uses them (infra/model/).
      'lambda/constants.ts',
      'lambda/entitlements/locales.ts',
      // How a locale's file extends another's (fr-CA's phrase data on fr-FR's, en-CA's model on en-US's): the model generator resolves both by it.
      'lambda/i18n/overlay.ts',
      // Which locale's phrase data a locale speaks (PHRASE_FALLBACKS): the model generator reads the same table.
      // A locale's data with the locale it extends laid under it: the model generator resolves it as the Lambda does.
      'lambda/i18n/phraseFallbacks.ts',
      'lambda/persistence/table.ts',
      'lambda/util/deadline.ts',
      'lambda/util/guards.ts',
      'lambda/util/redact.ts',
      'lambda/util/retry.ts',
    ]);
  });

  it('loads no package through them, only Node built-ins', () => {
    const packages = lambdaModules.flatMap((file) => runtimeImports(file).filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('node:')));
    expect(packages).toEqual([]);
  });
});
