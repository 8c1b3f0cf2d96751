/**
 * One Node.js version, stated once (`DEPLOYED_NODE_MAJOR` in infra/bundle.ts): the Lambda runtime
 * the stack deploys, esbuild's target, and `.nvmrc` (the version `.ci/run` runs the suite on)
 * agree with it; `engines` admits it; and the esbuild settings reach NodejsFunction unchanged.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { bundleOptions, DEFAULT_MEMORY_MB, DEPLOYED_NODE_MAJOR, EXTERNAL_MODULES, LAMBDA_ENTRY, NODE_TARGET, ROOT } from '../../infra/bundle';
import { COMPILE_CACHE_SCRIPT } from '../../infra/compileCache';
import { deployedRuntime, nodejsBundling } from '../../infra/constructs/skill-function';

const packageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };

describe('the deployed Node.js version', () => {
  it('is the Lambda runtime and esbuild’s target', () => {
    expect(deployedRuntime().name).toBe(`nodejs${DEPLOYED_NODE_MAJOR}.x`);
    expect(NODE_TARGET).toBe(`node${DEPLOYED_NODE_MAJOR}`);
    expect(bundleOptions(LAMBDA_ENTRY, 'out.js').target).toBe(NODE_TARGET);
  });

  it('is the version .nvmrc names, the one CI runs the suite on', () => {
    expect(readFileSync(path.join(ROOT, '.nvmrc'), 'utf8').trim()).toBe(String(DEPLOYED_NODE_MAJOR));
  });

  it('is admitted by package.json engines, whose floor is Node.js 22 (20 reached end of life in April 2026)', () => {
    const floor = /^>=(\d+)$/.exec(packageJson.engines.node)?.[1];
    expect(floor).toBe('22');
    expect(Number(floor)).toBeLessThanOrEqual(DEPLOYED_NODE_MAJOR);
  });
});

describe('nodejsBundling', () => {
  it('carries every setting of infra/bundle.ts over to NodejsFunction', () => {
    expect(nodejsBundling(bundleOptions(LAMBDA_ENTRY, 'out.js', {}, 'amazon-business'))).toEqual({
      minify: true,
      keepNames: true,
      sourceMap: false,
      format: OutputFormat.CJS,
      target: NODE_TARGET,
      externalModules: EXTERNAL_MODULES,
      define: { 'process.env.VOICE_SHOPPING_EMBEDDED_CATALOG': '"excluded"', 'process.env.VOICE_SHOPPING_LOCALE_DATA': '"beside"' },
      logLevel: 'warning',
      // UTF-8 messages: aws-cdk-lib declares `charset` but does not pass it, so it goes as an argument.
      esbuildArgs: { '--charset': 'utf8' },
      // The locale data plugin, as a command after esbuild (its output is checked in bundling.test.ts).
      commandHooks: { beforeBundling: expect.any(Function), beforeInstall: expect.any(Function), afterBundling: expect.any(Function) },
    });
  });

  it('copies the locale data into the asset after esbuild, then lays out the loader and compile cache, and runs nothing else', () => {
    const hooks = nodejsBundling(bundleOptions(LAMBDA_ENTRY, 'out.js')).commandHooks;
    expect(hooks?.beforeBundling('/in', '/out')).toEqual([]);
    expect(hooks?.beforeInstall('/in', '/out')).toEqual([]);
    expect(hooks?.afterBundling('/in', '/asset-out')).toEqual([
      expect.stringMatching(/^cp -R "[^"]+\/\." "\/asset-out"$/),
      `"${process.execPath}" "${require.resolve('tsx/cli')}" "${COMPILE_CACHE_SCRIPT}" "/asset-out" ${DEFAULT_MEMORY_MB}`,
    ]);
    // The function's memory sets the heap flags the training launch runs under (infra/compileCache.ts).
    expect(nodejsBundling(bundleOptions(LAMBDA_ENTRY, 'out.js'), 2048).commandHooks?.afterBundling('/in', '/asset-out')[1]).toMatch(/ 2048$/);
  });

  it.each([
    ['an option NodejsFunction has no word for', { metafile: true }, /cannot express esbuild option\(s\) metafile/],
    ['a browser build', { platform: 'browser' as const }, /platform "node"/],
    ['an IIFE', { format: 'iife' as const }, /cjs or esm, not iife/],
    ['an external source map', { sourcemap: 'external' as const }, /source map/],
    ['several targets', { target: ['node22', 'node24'] }, /one esbuild target/],
    ['a plugin of its own', { plugins: [{ name: 'rewrite', setup: () => undefined }] }, /cannot run esbuild plugin\(s\) rewrite/],
  ])('refuses %s rather than deploy a bundle unlike the one built', (_case, override, message) => {
    expect(() => nodejsBundling(bundleOptions(LAMBDA_ENTRY, 'out.js', override))).toThrow(message);
  });
});
