/**
 * The one test that bundles the Lambda as it ships: the stack is synthesized with its real
 * NodejsFunction bundling (the local esbuild, no Docker) and the built-in CloudFormation
 * validation on. The staged asset is then checked (the skill one minified CommonJS file, no
 * source map, no AWS SDK, no embedded sample catalog, the same bytes `infra/bundle.ts` builds
 * for the benchmark, loaded through the compile cache's loader, infra/compileCache.ts) and
 * loaded in the production configuration (DynamoDB state, the Amazon Business
 * catalog, credentials from the secret; test/support/production.ts), its exported handler
 * driven through every request type the skill core answers; every locale's messages and phrase data
 * ship beside it (infra/bundle.ts writes them, the stack's command hook copies them). Every other infra test
 * synthesizes without bundling (`aws:cdk:bundling-stacks: []`).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { App } from 'aws-cdk-lib';
import { Capture, Template } from 'aws-cdk-lib/assertions';
import { build, type Metafile } from 'esbuild';
import { bundleOptions, COMPILE_CACHE, DEPLOYED_BUNDLE_LIMIT_BYTES, LAMBDA_ENTRY, ROOT } from '../../infra/bundle';
import { CACHE_SUFFIX, lambdaNodeArgs, SKILL_FILE, STAMP_SUFFIX, shouldCache } from '../../infra/compileCache';
import { stampFor } from '../../lambda/boot/compileCache';
import { VoiceShoppingStack } from '../../infra/stack';
import { IntentNames, SessionKeys } from '../../lambda/constants';
import { catalogFor, LOCALE_DATA_DIR, MESSAGE_LOCALES, MESSAGES_FILE, PHRASES_FILE } from '../../lambda/i18n';
import { resolveOverlay } from '../../lambda/i18n/overlay';
import { continueSession, exceptionEncountered, intentRequest, launchRequest, repromptOf, sessionEndedRequest, sessionResumedRequest, speechOf } from '../support/envelopes';
import { type ProductionFixture, startProductionFixture } from '../support/production';

const run = promisify(execFile);

type Handler = (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;

/** What an esbuild build took from the AWS SDK: inlined inputs and runtime requires. */
function awsSdkIn(metafile: Metafile): string[] {
  const inlined = Object.keys(metafile.inputs).filter((input) => input.includes('node_modules/@aws-sdk/'));
  const required = Object.values(metafile.outputs).flatMap((output) => output.imports.map((i) => i.path).filter((p) => p.startsWith('@aws-sdk/')));
  return [...inlined, ...required];
}

describe('VoiceShoppingStack, bundled and validated', () => {
  let outdir: string;
  let template: Template;
  /** The skill's bundle in the asset. */
  let bundle: string;
  /** What Lambda loads: the loader beside it. */
  let entry: string;
  let synthError: unknown;
  let measured: { file: string; metafile: Metafile };
  let handler: Handler;
  let production: ProductionFixture;
  const saved: Record<string, string | undefined> = {};
  const silence = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  const silenceErrors = jest.spyOn(console, 'error').mockImplementation(() => undefined);

  beforeAll(async () => {
    delete process.env['CDK_VALIDATION'];
    outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-bundle-'));
    const app = new App({ outdir });
    const stack = new VoiceShoppingStack(app, 'BundledStack', { synthWithoutSkillId: true });
    template = Template.fromStack(stack);
    try {
      app.synth();
    } catch (err) {
      synthError = err;
    }
    // The function's S3 key is `<asset hash>.zip`; the staged asset folder is `asset.<hash>`.
    const s3Key = new Capture();
    template.hasResourceProperties('AWS::Lambda::Function', { Code: { S3Key: s3Key } });
    entry = path.join(outdir, `asset.${s3Key.asString().replace(/\.zip$/, '')}`, 'index.js');
    bundle = path.join(path.dirname(entry), SKILL_FILE);

    // What `npm run build` and the benchmark build, with esbuild's record of its inputs.
    const file = path.join(outdir, 'measured', 'index.js');
    const result = await build({ ...bundleOptions(LAMBDA_ENTRY, file), metafile: true });
    measured = { file, metafile: result.metafile };

    production = await startProductionFixture();
    for (const [name, value] of Object.entries(production.environment)) {
      saved[name] = process.env[name];
      process.env[name] = value;
    }
    // A fresh require of the staged file, exactly as Lambda loads it.
    // The skill's file itself in this process (jest's sandbox: the loader runs its code in Node's
    // own context, where this test's environment is not); the loader in a fresh node, below.
    handler = (require(bundle) as { handler: Handler }).handler;
  }, 120_000);

  afterAll(async () => {
    fs.rmSync(outdir, { recursive: true, force: true });
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await production.close();
    silence.mockRestore();
    silenceErrors.mockRestore();
  });

  it('passes the built-in CloudFormation validation', () => {
    expect(synthError).toBeUndefined();
  });

  it('bundles lambda/index.ts into one minified CommonJS file, without a source map to read at start-up', () => {
    const code = fs.readFileSync(bundle, 'utf8');
    expect(fs.existsSync(`${bundle}.map`)).toBe(false);
    expect(code).not.toContain('sourceMappingURL');
    expect(code).toMatch(/module\.exports/);
    const longestLine = Math.max(...code.split('\n').map((line) => line.length));
    expect(longestLine).toBeGreaterThan(10_000);
  });

  it('ships what the benchmark measures: the same bytes as infra/bundle.ts builds, within the deployed bundle limit', () => {
    const code = fs.readFileSync(bundle);
    expect(code.equals(fs.readFileSync(measured.file))).toBe(true);
    expect(code.length).toBeLessThanOrEqual(DEPLOYED_BUNDLE_LIMIT_BYTES);
  });

  it('puts the small loader where the handler setting points, and a compile cache only when this Node is the deployed one', () => {
    expect(fs.statSync(entry).size).toBeLessThan(8 * 1024);
    expect(fs.readFileSync(entry, 'utf8')).toContain(SKILL_FILE);
    const cache = `${bundle}${CACHE_SUFFIX}`;
    if (shouldCache(COMPILE_CACHE)) {
      expect(fs.statSync(cache).size).toBeGreaterThan(0);
      expect(JSON.parse(fs.readFileSync(`${bundle}${STAMP_SUFFIX}`, 'utf8'))).toEqual(stampFor(fs.readFileSync(bundle, 'utf8')));
    } else {
      expect(fs.existsSync(cache)).toBe(false);
    }
  });

  it('answers through the loader in a fresh node, as Lambda loads the asset', async () => {
    const probe = `const boot = require(process.argv[1]);
boot.handler(JSON.parse(process.argv[2])).then((out) => process.stderr.write('PROBE ' + JSON.stringify({ status: boot.compileCacheStatus, speech: out.response.outputSpeech.ssml }) + '\\n'));`;
    // Started with the flags Lambda's runtime gives node: V8 refuses a cache made under others.
    const { stderr } = await run(process.execPath, [...lambdaNodeArgs(), '-e', probe, entry, JSON.stringify(launchRequest())], {
      env: { PATH: process.env['PATH'] ?? '', ...production.environment },
    });
    const line = stderr.split('\n').find((l) => l.startsWith('PROBE '));
    expect(JSON.parse(line?.slice('PROBE '.length) ?? '{}')).toEqual({ status: shouldCache(COMPILE_CACHE) ? 'used' : 'absent', speech: expect.stringContaining('Welcome') });
  });

  it('ships every locale’s messages and phrase data beside the bundle, and answers a German customer from them', async () => {
    const assetDir = path.dirname(bundle);
    for (const locale of MESSAGE_LOCALES) {
      const relative = path.join(LOCALE_DATA_DIR, locale, MESSAGES_FILE);
      const shipped = fs.readFileSync(path.join(assetDir, relative), 'utf8');
      // The same bytes as the build the benchmark measures writes, and the source catalog's messages.
      expect(shipped).toBe(fs.readFileSync(path.join(path.dirname(measured.file), relative), 'utf8'));
      expect(JSON.parse(shipped)).toEqual(catalogFor(locale).catalog);
    }
    const source = path.join(ROOT, 'lambda', 'i18n');
    const withPhrases = fs.readdirSync(source).filter((locale) => fs.existsSync(path.join(source, locale, PHRASES_FILE)));
    expect(withPhrases).toEqual(expect.arrayContaining(['en-US', 'en-GB', 'de-DE']));
    for (const locale of withPhrases) {
      const shipped = fs.readFileSync(path.join(assetDir, LOCALE_DATA_DIR, locale, PHRASES_FILE), 'utf8');
      // An overlay (fr-CA on fr-FR) ships resolved: the Lambda reads one file per locale.
      expect(JSON.parse(shipped)).toEqual(resolveOverlay(PHRASES_FILE, locale, (name) => JSON.parse(fs.readFileSync(path.join(source, name, PHRASES_FILE), 'utf8'))));
    }
    expect(speechOf(await handler(launchRequest({ locale: 'de-DE' })))).toContain(catalogFor('de-DE').catalog.WELCOME);
  });

  it('takes nothing from the AWS SDK, neither inlined nor required at runtime', async () => {
    expect(awsSdkIn(measured.metafile)).toEqual([]);
    // The check sees an SDK import when there is one: the same settings on a one-line entry.
    const probe = await build({
      ...bundleOptions(LAMBDA_ENTRY, path.join(outdir, 'probe.js')),
      entryPoints: undefined,
      stdin: { contents: "require('@aws-sdk/client-dynamodb');", resolveDir: ROOT, loader: 'ts' },
      write: false,
      metafile: true,
    });
    expect(awsSdkIn(probe.metafile)).toEqual(['@aws-sdk/client-dynamodb']);
  });

  it('leaves the embedded sample catalog out', () => {
    // Inputs: no module of the embedded catalog. Output: none of its seed table's brands.
    expect(Object.keys(measured.metafile.inputs).filter((input) => input.includes('catalog/embedded/'))).toEqual([]);
    expect(fs.readFileSync(bundle, 'utf8')).not.toMatch(/Rayovac|Energizer/);
  });

  it('lets nothing invoke the function when synthesized without a skill id (no "any skill" trigger)', () => {
    template.resourceCountIs('AWS::Lambda::Permission', 0);
  });

  it('searches the Amazon Business catalog with the credentials from the secret', async () => {
    const found = await handler(intentRequest(IntentNames.SearchProducts, { query: 'batteries' }));
    expect(speechOf(found)).toMatch(/^I found/);
  });

  it('maps a typed error from inside the bundle to its own answer, not the generic one', async () => {
    production.api.setFaults({ forceStatus: { status: 403, code: 'UNAUTHORIZED' } });
    try {
      const refused = await handler(intentRequest(IntentNames.SearchProducts, { query: 'coffee' }));
      expect(speechOf(refused)).toMatch(/can't reach its Amazon Business account/);
    } finally {
      production.api.setFaults({});
    }
  });

  it('answers LaunchRequest, an intent, SessionEndedRequest and System.ExceptionEncountered', async () => {
    const launch = await handler(launchRequest());
    expect(speechOf(launch)).toMatch(/Welcome/);
    expect(repromptOf(launch)).not.toBe('');
    expect(speechOf(await handler(intentRequest(IntentNames.Help)))).toMatch(/I find products/);
    expect((await handler(sessionEndedRequest())).response).toEqual({});
    expect((await handler(exceptionEncountered())).response).toEqual({});
  });

  it('starts a Shopping Action and answers its SessionResumedRequest', async () => {
    const attributes = { [SessionKeys.Shopping]: { products: [{ asin: 'B000000AA1', title: 'Duracell AA batteries' }], pageStart: 0, pageSize: 3 } };
    const started = await handler(intentRequest(IntentNames.AddToCart, { ordinal: '1' }, { attributes }));
    const [directive] = started.response.directives ?? [];
    expect(directive).toMatchObject({ type: 'Connections.StartConnection', uri: 'connection://AMAZON.AddToShoppingCart/1' });
    const token = directive !== undefined && 'token' in directive ? String(directive.token) : '';
    const resumed = await handler(continueSession(started, sessionResumedRequest({ token, status: { code: '200', message: 'OK' } })));
    expect(speechOf(resumed)).toBe("I've added Duracell AA batteries to your cart. What would you like to do next?");
  });

  it('logs error names that survive minification', async () => {
    silenceErrors.mockClear();
    // en-AU has no in-skill purchasing: a typed SkillError, answered and logged.
    await handler(intentRequest(IntentNames.WhatCanIBuy, {}, { locale: 'en-AU' }));
    const lines = silenceErrors.mock.calls.map(([line]) => JSON.parse(String(line)) as Record<string, unknown>);
    const logged = lines.find((l) => l.event === 'skill_error');
    expect(logged?.errorName).toBe('PurchaseNotSupportedInLocaleError');
  });
});
