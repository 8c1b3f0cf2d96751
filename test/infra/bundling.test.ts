/**
 * The one synthesis that does the real work: NodejsFunction bundles lambda/index.ts with the
 * local esbuild (no Docker), and the built-in CloudFormation validation stays on.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Capture, Match, Template } from 'aws-cdk-lib/assertions';
import { VoiceShoppingStack } from '../../infra/stack';

describe('VoiceShoppingStack, bundled and validated', () => {
  let outdir: string;
  let template: Template;
  let bundle: string;
  let synthError: unknown;

  beforeAll(() => {
    delete process.env['CDK_VALIDATION'];
    outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-bundle-'));
    const app = new App({ outdir });
    const stack = new VoiceShoppingStack(app, 'BundledStack', { allowAnySkill: true });
    template = Template.fromStack(stack);
    try {
      app.synth();
    } catch (err) {
      synthError = err;
    }
    // The function's S3 key is `<asset hash>.zip`; the staged asset folder is `asset.<hash>`.
    const s3Key = new Capture();
    template.hasResourceProperties('AWS::Lambda::Function', { Code: { S3Key: s3Key } });
    bundle = path.join(outdir, `asset.${s3Key.asString().replace(/\.zip$/, '')}`, 'index.js');
  }, 120_000);

  afterAll(() => {
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  it('passes the built-in CloudFormation validation', () => {
    expect(synthError).toBeUndefined();
  });

  it('bundles lambda/index.ts into one minified file with a source map', () => {
    // Act
    const code = fs.readFileSync(bundle, 'utf8');

    // Assess
    expect(fs.existsSync(`${bundle}.map`)).toBe(true);
    expect(code).toContain('sourceMappingURL=index.js.map');
    const longestLine = Math.max(...code.split('\n').map((line) => line.length));
    expect(longestLine).toBeGreaterThan(10_000);
  });

  it('leaves @aws-sdk out of the bundle for the runtime to provide', () => {
    // Act
    const code = fs.readFileSync(bundle, 'utf8');

    // Assess: no SDK client code inlined (its user agent string would be)
    expect(code).not.toContain('aws-sdk-js/');
  });

  it('exports the handler Lambda invokes', () => {
    // Act: load the bundle in this process, as Lambda would
    const loaded = require(bundle) as Record<string, unknown>;

    // Assess
    expect(typeof loaded['handler']).toBe('function');
  });

  it('allows any skill when deployed for the first time', () => {
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: Match.absent(),
    });
  });
});
