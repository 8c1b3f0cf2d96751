/**
 * The one place that says how the Lambda is bundled. `npm run build`, the benchmark's
 * reference builds and the CDK stack's NodejsFunction all use these settings, so what is
 * measured and tested is what ships.
 */
import { build, type BuildOptions } from 'esbuild';
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
/** esbuild's target: the deployed runtime, so nothing is down-levelled that Lambda's Node runs natively. */
export const NODE_TARGET = `node${DEPLOYED_NODE_MAJOR}`;

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
    // Messages in German, French, Spanish, Italian and Japanese: UTF-8 as written, not \uXXXX
    // escapes (a Japanese character is 3 bytes instead of 6), so every language costs the
    // cold start's parse half as much. Node reads UTF-8 source as Lambda runs it.
    charset: 'utf8',
    external: EXTERNAL_MODULES,
    define: catalogDefine(catalog),
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
 * Raised from 400 KB when the eight new locales' messages came in (about 130 KB, each locale
 * evaluated only on its first request; a timed require measured 42.3 ms before and 43.0 ms
 * after). Raised from 512 KB when the phrase data of it-IT, es-ES and es-US came in (40.8 KB,
 * 514,396 → 555,209 bytes; each locale's file is evaluated only on its first request; a timed
 * require, median of 21 runs, twice each on a shared machine: 119.2 and 114.7 ms without,
 * 116.0 and 125.3 ms with, within the noise). Raised from 576 KB when ja-JP's phrase data and the
 * Japanese word splitting came in (591,995 bytes with every locale; en-CA shares en-US's phrase
 * data; not timed this time: the added file is evaluated only on a Japanese request). Moving
 * locale data out of the bundle, read from files beside it, is the way back under.
 */
export const DEPLOYED_BUNDLE_LIMIT_BYTES = 600 * 1024;
