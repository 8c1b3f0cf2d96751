/**
 * The one synthesis that does the real work: NodejsFunction bundles lambda/index.ts with the
 * local esbuild (no Docker), and the built-in CloudFormation validation stays on.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Capture, Match, Template } from 'aws-cdk-lib/assertions';
import { bundleSkill } from '../../infra/bundle';
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

  it('bundles lambda/index.ts into one minified file, without a source map to read at start-up', () => {
    // Act
    const code = fs.readFileSync(bundle, 'utf8');

    // Assess
    expect(fs.existsSync(`${bundle}.map`)).toBe(false);
    expect(code).not.toContain('sourceMappingURL');
    const longestLine = Math.max(...code.split('\n').map((line) => line.length));
    expect(longestLine).toBeGreaterThan(10_000);
  });

  it('ships what the benchmark measures: the same bytes as infra/bundle.ts builds, under 400 KB', async () => {
    // Act
    const measured = await bundleSkill(path.join(outdir, 'measured', 'index.js'));

    // Assess
    const code = fs.readFileSync(bundle);
    expect(code.equals(fs.readFileSync(measured))).toBe(true);
    expect(code.length).toBeLessThanOrEqual(400 * 1024);
  });

  it('leaves the AWS SDK and the embedded sample catalog out, and needs nothing from @aws-sdk at runtime', () => {
    // Act
    const code = fs.readFileSync(bundle, 'utf8');

    // Assess: no SDK client code inlined (its user agent string would be), none required
    expect(code).not.toContain('aws-sdk-js/');
    expect(code).not.toMatch(/require\("@aws-sdk\//);
    // Brands from the embedded catalog's seed table (lambda/catalog/embedded/seed.ts).
    expect(code).not.toMatch(/Rayovac|Energizer/);
  });

  it('exports the handler Lambda invokes', () => {
    // Act: load the bundle in this process, as Lambda would, with the catalog it was built for
    const saved = process.env['CATALOG'];
    process.env['CATALOG'] = 'amazon-business';
    let loaded: Record<string, unknown>;
    try {
      loaded = require(bundle) as Record<string, unknown>;
    } finally {
      if (saved === undefined) delete process.env['CATALOG'];
      else process.env['CATALOG'] = saved;
    }

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
