/**
 * The one place that says how the Lambda is bundled. `npm run build`, the benchmark's
 * reference builds and the CDK stack's NodejsFunction all use these settings, so what is
 * measured and tested is what ships.
 */
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type CatalogKind, CatalogKinds } from '../lambda/config/env';
import { type CliSpec, printHelpIfAsked } from './cli';

export const ROOT = path.resolve(__dirname, '..');
export const LAMBDA_ENTRY = path.join(ROOT, 'lambda', 'index.ts');
export const BUNDLE_OUT = path.join(ROOT, 'dist', 'lambda', 'index.js');

/**
 * Nothing the skill loads comes from `@aws-sdk/*` any more (DynamoDB and Secrets Manager go
 * through lambda/aws/awsJsonClient.ts, bundled); it stays external so that an accidental
 * import never inlines an SDK client, and the runtime's copy would serve it.
 */
export const EXTERNAL_MODULES = ['@aws-sdk/*'];

/**
 * The Node.js major version the function runs on in Lambda. The CDK stack's runtime
 * (`nodejs24.x`), esbuild's target and `.nvmrc` (the version CI runs the suite on) all follow
 * this one number (test/infra/runtime.test.ts).
 */
export const DEPLOYED_NODE_MAJOR = 24;
/**
 * The function's CPU architecture (the CDK stack's `Architecture`, infra/constructs/skill-function.ts).
 * A V8 code cache is made for one architecture: a cache made anywhere else is never read.
 */
export const DEPLOYED_ARCH: 'arm64' | 'x64' = 'arm64';
/** The function's memory unless a stack sets another (MB); Lambda starts node with heap limits from it (infra/compileCache.ts). */
export const DEFAULT_MEMORY_MB = 1024;
/** esbuild's target: the deployed runtime, so nothing is down-levelled that Lambda's Node runs natively. */
export const NODE_TARGET = `node${DEPLOYED_NODE_MAJOR}`;

/** `when-deployed-node`: only when the building Node's major version is `DEPLOYED_NODE_MAJOR` and its architecture `DEPLOYED_ARCH`. */
export type CacheWhen = 'always' | 'never' | 'when-deployed-node';
/**
 * Whether the deployed asset carries a V8 compile cache of the bundle (infra/compileCache.ts,
 * lambda/boot/): a new container then skips compiling the skill (bench/RESULTS.md). Only a
 * cache made by the exact V8 and architecture the function runs on is ever read, so one made
 * on another major version or architecture would only be dead weight in the package: it is
 * left out.
 */
export const COMPILE_CACHE: CacheWhen = 'when-deployed-node';

/**
 * The build-time switch `lambda/catalog/createCatalog.ts` reads: replaced by "excluded", it
 * takes the embedded sample catalog out of the bundle. Production uses the Amazon Business
 * catalog, so the deployed bundle leaves it out; a deployment with `CATALOG=embedded` keeps it.
 */
export const EMBEDDED_CATALOG_DEFINE = 'process.env.VOICE_SHOPPING_EMBEDDED_CATALOG';

export type BundledCatalog = CatalogKind;

/** esbuild `define` for a bundle that serves `catalog`. */
export function catalogDefine(catalog: BundledCatalog): Record<string, string> {
  return catalog === CatalogKinds.Embedded ? {} : { [EMBEDDED_CATALOG_DEFINE]: JSON.stringify('excluded') };
}

/** What the CDK stack deploys by default (`CATALOG=amazon-business`). */
export const DEPLOYED_CATALOG: BundledCatalog = CatalogKinds.AmazonBusiness;

/**
 * The build-time switch `lambda/i18n/index.ts` reads: replaced by "beside", the bundle reads each
 * locale's messages from a JSON file beside it (`i18n/<locale>/messages.json`) on that locale's
 * first request, and esbuild leaves every locale's message module out. A cold start then
 * compiles no language's text (about 180 KB of the bundle before, a quarter of its compile
 * time), and a turn reads only its own locale's file.
 */
export const LOCALE_DATA_DEFINE = 'process.env.VOICE_SHOPPING_LOCALE_DATA';

/** Writes every locale's data files into `dir` (the bundle's folder); returns the paths written. */
export function writeLocaleData(dir: string): string[] {
  // Loaded here, not at the top: the CDK app and the deploy tools load this module and must
  // not load the message catalogs (test/infra/lambdaImports.test.ts) unless they bundle.
  const { localeDataFiles } = require('../lambda/i18n') as typeof import('../lambda/i18n');
  return localeDataFiles().map(({ file, text }) => {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
    return target;
  });
}

/**
 * Puts the locale data beside every bundle that holds the skill's localisation module, so any
 * build with these options (npm run build, the benchmark, the tests) is complete; the CDK stack
 * does the same through a command hook (infra/constructs/skill-function.ts).
 */
export const LOCALE_DATA_PLUGIN: Plugin = {
  name: 'locale-data-beside',
  setup(pluginBuild) {
    let localised = false;
    pluginBuild.onStart(() => {
      localised = false;
    });
    // Only notes that the module is in the bundle; esbuild loads it as usual.
    pluginBuild.onLoad({ filter: /[\\/]lambda[\\/]i18n[\\/]index\.ts$/ }, () => {
      localised = true;
      return undefined;
    });
    pluginBuild.onEnd((result) => {
      const { outfile } = pluginBuild.initialOptions;
      if (localised && result.errors.length === 0 && outfile !== undefined) writeLocaleData(path.dirname(outfile));
    });
  },
};

let staged: string | undefined;
/** The locale data written once per process to a temporary folder, for the CDK command hook to copy into the asset. */
export function stagedLocaleData(): string {
  if (staged === undefined) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'skill-locale-data-'));
    writeLocaleData(dir);
    staged = dir;
  }
  return staged;
}

export function bundleOptions(entry: string, outfile: string, overrides: Partial<BuildOptions> = {}, catalog: BundledCatalog = DEPLOYED_CATALOG): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: NODE_TARGET,
    // No source map in what ships: the function does not set --enable-source-maps, which
    // costs the cold start about 1.5× its require (bench/RESULTS.md). `npm run build` writes
    // the map next to dist/lambda/index.js (`sourcemap: 'external'`, no change to the code)
    // to decode a stack trace from the logs offline.
    sourcemap: false,
    // The CDK stack deploys these very settings (infra/constructs/skill-function.ts translates
    // them for NodejsFunction): build and benchmark exactly what ships.
    minify: true,
    // Error names are logged ("errorName"): minified they read "Ce". Keep them readable.
    keepNames: true,
    // Text outside ASCII stays UTF-8 as written, not \uXXXX escapes (a Japanese character is 3
    // bytes instead of 6). Chosen when the messages were in the bundle; they are files beside it
    // now (LOCALE_DATA_DEFINE), and the few such characters left in code cost nothing either way.
    charset: 'utf8',
    external: EXTERNAL_MODULES,
    define: { ...catalogDefine(catalog), [LOCALE_DATA_DEFINE]: JSON.stringify('beside') },
    plugins: [LOCALE_DATA_PLUGIN],
    logLevel: 'warning',
    ...overrides,
  };
}

export async function bundleSkill(outfile = BUNDLE_OUT, overrides: Partial<BuildOptions> = {}, catalog: BundledCatalog = DEPLOYED_CATALOG): Promise<string> {
  await build(bundleOptions(LAMBDA_ENTRY, outfile, overrides, catalog));
  return outfile;
}

export const BUILD_CLI: CliSpec = {
  command: 'npm run build',
  arguments: '',
  summary: 'Bundle the Lambda with esbuild as deployed (CATALOG=amazon-business, no embedded catalog), with a source map beside it.',
  options: [],
  examples: ['npm run build && ls -l dist/lambda/'],
  exitCodes: [
    [0, 'bundled to dist/lambda/index.js (and index.js.map)'],
    [1, 'esbuild failed'],
  ],
};

if (require.main === module && printHelpIfAsked(BUILD_CLI, process.argv.slice(2))) {
  // printed
} else if (require.main === module) {
  bundleSkill(BUNDLE_OUT, { sourcemap: 'external' })
    .then((out) => console.log(`bundled ${path.relative(ROOT, out)}`))
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}

/**
 * The deployed bundle may grow to this: Lambda reads and compiles every byte on a cold start.
 * Raised to 512 KB when the eight new locales' messages came in and to 576 KB with the phrase
 * data of it-IT, es-ES and es-US (555,209 bytes); back to 400 KB since every locale's messages
 * and phrase data are files beside the bundle (LOCALE_DATA_DEFINE), read on that locale's first
 * request. They are not counted here.
 */
export const DEPLOYED_BUNDLE_LIMIT_BYTES = 400 * 1024;
