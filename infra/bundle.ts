/**
 * The one place that says how the Lambda is bundled. `npm run build`, the benchmark's
 * reference builds and the CDK stack's NodejsFunction all use these settings, so what is
 * measured and tested is what ships.
 */
import { build, type BuildOptions } from 'esbuild';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');
export const LAMBDA_ENTRY = path.join(ROOT, 'lambda', 'index.ts');
export const BUNDLE_OUT = path.join(ROOT, 'dist', 'lambda', 'index.js');

/** `@aws-sdk/*` ships in every Lambda Node.js runtime, so it stays out of the bundle. */
export const EXTERNAL_MODULES = ['@aws-sdk/*'];
export const NODE_TARGET = 'node20';

export function bundleOptions(entry: string, outfile: string, overrides: Partial<BuildOptions> = {}): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: NODE_TARGET,
    sourcemap: true,
    // The CDK stack deploys a minified bundle (infra/constructs/skill-function.ts): build and
    // benchmark exactly that, not a larger file that never ships.
    minify: true,
    // Error names are logged ("errorName"): minified they read "Ce". Keep them readable.
    keepNames: true,
    external: EXTERNAL_MODULES,
    logLevel: 'warning',
    ...overrides,
  };
}

export async function bundleSkill(outfile = BUNDLE_OUT, overrides: Partial<BuildOptions> = {}): Promise<string> {
  await build(bundleOptions(LAMBDA_ENTRY, outfile, overrides));
  return outfile;
}

if (require.main === module) {
  bundleSkill()
    .then((out) => console.log(`bundled ${path.relative(ROOT, out)}`))
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
