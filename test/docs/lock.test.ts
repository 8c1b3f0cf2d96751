/**
 * The supply chain as package.json and package-lock.json state it: every package the code
 * imports is declared, at an exact version; every lock entry the registry serves carries its
 * integrity hash (the only exceptions, bundled dependencies, are the ones
 * CONTRIBUTING.md lists); every package with an install script is either allowed or denied to
 * run it, so `npm ci` has nothing to warn about.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

interface LockEntry {
  readonly version?: string;
  readonly resolved?: string;
  readonly integrity?: string;
  readonly link?: boolean;
  readonly inBundle?: boolean;
  readonly hasInstallScript?: boolean;
}
interface PackageJson {
  readonly dependencies: Record<string, string>;
  readonly devDependencies: Record<string, string>;
  readonly allowScripts?: Record<string, boolean>;
}

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as PackageJson;
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { lockfileVersion: number; packages: Record<string, LockEntry> };
const declared = { ...pkg.dependencies, ...pkg.devDependencies };
const entries = Object.entries(lock.packages).filter(([key, entry]) => key !== '' && entry.link !== true);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Package names the code loads: import and export statements, require and dynamic import calls (type-only imports included). */
function importedPackages(): string[] {
  const names = new Set<string>();
  for (const file of ['lambda', 'infra', 'test', 'bench'].flatMap((dir) => sourceFiles(path.join(ROOT, dir)))) {
    const source = readFileSync(file, 'utf8');
    const statements = source.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+'([^'.][^']*)'|\brequire\(\s*'([^'.][^']*)'\s*\)|\bimport\(\s*'([^'.][^']*)'\s*\)/gm);
    for (const statement of statements) {
      const match = [statement[0], statement[1] ?? statement[2] ?? statement[3]];
      const specifier = match[1] ?? '';
      if (specifier.startsWith('node:')) continue;
      names.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? specifier));
    }
  }
  return [...names].sort();
}

describe('package.json and package-lock.json', () => {
  it('declare every package the code imports', () => {
    const imported = importedPackages();
    expect(imported).toEqual(expect.arrayContaining(['ask-sdk-core', 'ask-smapi-model', '@smithy/signature-v4', '@aws-sdk/util-dynamodb']));
    expect(imported.filter((name) => declared[name] === undefined)).toEqual([]);
  });

  it('pin every direct dependency to an exact version', () => {
    expect(Object.entries(declared).filter(([, version]) => !/^\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(version))).toEqual([]);
  });

  // No `resolved` URLs: npm is configured here to leave the registry out of the lock
  // (omit-lockfile-registry-resolved), so each client resolves through its own registry.
  it('give every lock entry the registry serves its sha512 integrity hash', () => {
    expect(lock.lockfileVersion).toBe(3);
    const unhashed = entries.filter(([, entry]) => entry.inBundle !== true && entry.integrity?.startsWith('sha512-') !== true);
    expect(unhashed.map(([key]) => key)).toEqual([]);
  });

  it('leave only bundled dependencies without a hash, inside the parents CONTRIBUTING.md names', () => {
    const bundled = entries.filter(([, entry]) => entry.inBundle === true).map(([key]) => key);
    const parents = new Set(bundled.map((key) => key.slice(0, key.lastIndexOf('/node_modules/'))));
    expect([...parents].sort()).toEqual(['node_modules/@aws-cdk/cloud-assembly-schema', 'node_modules/aws-cdk-lib']);
    const contributing = readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    for (const parent of parents) expect(contributing).toContain(parent.replace(/^node_modules\//, ''));
  });

  it('decide for every package with an install script whether it may run it', () => {
    const withScripts = new Set(
      entries.filter(([, entry]) => entry.hasInstallScript === true).map(([key]) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length)),
    );
    const decided = new Set(Object.keys(pkg.allowScripts ?? {}).map((name) => name.replace(/(.)@[^@]*$/, '$1')));
    expect([...withScripts].filter((name) => !decided.has(name)).sort()).toEqual([]);
  });
});
