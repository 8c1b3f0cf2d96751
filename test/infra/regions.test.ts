/**
 * Where customers are: one stack per Alexa region (NA, EU, FE), each in the AWS region that
 * serves it, and the staged manifest's regional endpoints written from each stack's output,
 * checked against Amazon's own manifest types (ask-smapi-model). The single stack stays the
 * default when no region is named.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { buildApp } from '../../infra/app';
import { regionArgs } from '../../infra/deploy/deploy';
import { setEndpoint, setRegionalEndpoints } from '../../infra/deploy/endpoint';
import { stacksInOutputs } from '../../infra/deploy/outputs';
import { endpointFromOptions, endpointFromOutputs, STAGED_PACKAGE, stageSkillPackage } from '../../infra/deploy/skill';
import type { v1 } from 'ask-smapi-model';
import { InvalidContextError } from '../../infra/errors';
import { ALEXA_REGION_OUTPUT, defaultRegion, InvalidRegionsError, parseRegions } from '../../infra/regions';
import { checkAgainstModel } from '../../infra/smapi-model/check';
import { StackOutputs } from '../../infra/stack-outputs';

const ROOT = path.resolve(__dirname, '../..');
const SKILL_ID = 'amzn1.ask.skill.12345678-90ab-cdef-1234-567890abcdef';
const ARNS = {
  NA: 'arn:aws:lambda:us-east-1:123456789012:function:VoiceShoppingSkill-NA-Skill',
  EU: 'arn:aws:lambda:eu-west-1:123456789012:function:VoiceShoppingSkill-EU-Skill',
  FE: 'arn:aws:lambda:us-west-2:123456789012:function:VoiceShoppingSkill-FE-Skill',
} as const;
/** Amazon's manifest type: the staged manifest is read back as it. */
type ManifestEnvelope = v1.skill.Manifest.SkillManifestEnvelope;
const appWith = (context: Record<string, unknown>) => new App({ context: { 'aws:cdk:bundling-stacks': [], ...context }, builtinCloudFormationValidation: false });

describe('Alexa regions', () => {
  it('parses a region list in any case and spacing, in the order given', () => {
    expect(parseRegions(' eu, NA ,fe')).toEqual(['EU', 'NA', 'FE']);
    expect(parseRegions('')).toEqual([]);
  });

  it.each([
    ['an unknown region', 'NA,XX', /"XX" is not an Alexa region/],
    ['a region twice', 'EU,eu', /EU is listed twice/],
  ])('refuses %s, saying which regions exist', (_case, text, message) => {
    expect(() => parseRegions(text)).toThrow(InvalidRegionsError);
    expect(() => parseRegions(text)).toThrow(message);
    expect(() => parseRegions(text)).toThrow(/NA, EU, FE/);
  });

  it('serves regions without their own endpoint from North America, else from the first listed', () => {
    expect(defaultRegion(['FE', 'EU', 'NA'])).toBe('NA');
    expect(defaultRegion(['EU', 'FE'])).toBe('EU');
    expect(defaultRegion([])).toBeUndefined();
  });

  it('deploys one stack per region with --all and the app context; the default deploy gets neither', () => {
    expect(regionArgs(['NA', 'EU', 'FE'])).toEqual(['--all', '-c', 'regions=NA,EU,FE']);
    expect(regionArgs([])).toEqual([]);
    expect(regionArgs()).toEqual([]);
  });
});

describe('the CDK app with regions', () => {
  it('synthesizes one stack per region, each pinned to its AWS region and naming its Alexa region', () => {
    // Act
    const assembly = buildApp(appWith({ skillId: SKILL_ID, regions: 'NA,EU,FE' })).synth();

    // Assess
    const stacks = assembly.stacks.map((stack) => ({
      name: stack.stackName,
      region: stack.environment.region,
      alexaRegion: (stack.template as { Outputs: Record<string, { Value: unknown }> }).Outputs[ALEXA_REGION_OUTPUT]?.Value,
      functionArnOutput: StackOutputs.FunctionArn in (stack.template as { Outputs: Record<string, unknown> }).Outputs,
    }));
    expect(stacks.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'VoiceShoppingSkill-EU', region: 'eu-west-1', alexaRegion: 'EU', functionArnOutput: true },
      { name: 'VoiceShoppingSkill-FE', region: 'us-west-2', alexaRegion: 'FE', functionArnOutput: true },
      { name: 'VoiceShoppingSkill-NA', region: 'us-east-1', alexaRegion: 'NA', functionArnOutput: true },
    ]);
  });

  it('bundles one package for every region: the same asset, so each region’s version of a release has the same CodeSha256 (what promote compares)', () => {
    // Prepare: the real NodejsFunction bundling (the local esbuild)
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'regions-bundled-'));
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    jest.spyOn(console, 'error').mockImplementation(() => undefined);

    try {
      // Act
      const assembly = buildApp(new App({ outdir, context: { skillId: SKILL_ID, regions: 'NA,EU,FE' } })).synth();

      // Assess
      const keys = assembly.stacks.map((stack) =>
        Object.values((stack.template as { Resources: Record<string, { Type: string; Properties?: { Code?: { S3Key?: string } } }> }).Resources)
          .filter((resource) => resource.Type === 'AWS::Lambda::Function')
          .map((resource) => resource.Properties?.Code?.S3Key),
      );
      expect(keys).toHaveLength(3);
      expect(new Set(keys.flat()).size).toBe(1);
      expect(keys[0]?.[0]).toMatch(/^[0-9a-f]{64}\.zip$/);
    } finally {
      jest.restoreAllMocks();
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  }, 180_000);

  it('keeps the single environment-agnostic stack when no region is named', () => {
    // Act
    const assembly = buildApp(appWith({ skillId: SKILL_ID })).synth();

    // Assess
    expect(assembly.stacks.map((stack) => [stack.stackName, stack.environment.region])).toEqual([['VoiceShoppingSkill', 'unknown-region']]);
    const [stack] = assembly.stacks;
    expect(Object.keys((stack?.template as { Outputs?: Record<string, unknown> } | undefined)?.Outputs ?? {})).toContain(StackOutputs.FunctionArn);
    expect(Object.keys((stack?.template as { Outputs?: Record<string, unknown> } | undefined)?.Outputs ?? {})).not.toContain(ALEXA_REGION_OUTPUT);
  });

  it('fails the synth on a region list it cannot deploy, naming the context key', () => {
    expect(() => buildApp(appWith({ skillId: SKILL_ID, regions: 'NA,AP' }))).toThrow(InvalidContextError);
    expect(() => buildApp(appWith({ skillId: SKILL_ID, regions: 'NA,AP' }))).toThrow(/"regions".*"AP" is not an Alexa region/);
  });
});

describe('regional endpoints in the staged manifest', () => {
  let root: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'regions-'));
    fs.mkdirSync(path.join(root, 'skill-package'));
    fs.copyFileSync(path.join(ROOT, 'skill-package', 'skill.json'), path.join(root, 'skill-package', 'skill.json'));
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
  });

  afterEach(() => {
    jest.restoreAllMocks();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const writeOutputs = (outputs: Record<string, Record<string, string>>) => {
    fs.mkdirSync(path.join(root, '.cdk'));
    fs.writeFileSync(path.join(root, '.cdk', 'stack-outputs.json'), JSON.stringify(outputs));
  };
  const regional = (code: keyof typeof ARNS) => ({ [StackOutputs.DevelopmentAliasArn]: ARNS[code], [StackOutputs.SecretName]: `secret-${code}`, [ALEXA_REGION_OUTPUT]: code });

  it('writes each stack’s function into its region, North America’s as the default, and passes ask-smapi-model’s manifest types', () => {
    // Prepare: cdk deploy --all writes the stacks in its own order.
    writeOutputs({ 'VoiceShoppingSkill-EU': regional('EU'), 'VoiceShoppingSkill-NA': regional('NA'), 'VoiceShoppingSkill-FE': regional('FE') });
    const tracked = fs.readFileSync(path.join(root, 'skill-package', 'skill.json'), 'utf8');

    // Act
    stageSkillPackage(root, endpointFromOutputs(root));

    // Assess
    const text = fs.readFileSync(path.join(root, STAGED_PACKAGE, 'skill.json'), 'utf8');
    const custom = (JSON.parse(text) as { manifest: { apis: { custom: Record<string, unknown> } } }).manifest.apis.custom;
    expect(custom['endpoint']).toEqual({ uri: ARNS.NA });
    expect(custom['regions']).toEqual({ EU: { endpoint: { uri: ARNS.EU } }, NA: { endpoint: { uri: ARNS.NA } }, FE: { endpoint: { uri: ARNS.FE } } });
    // Skill events of each region go to that region's function, which holds its customers' state.
    const events = (JSON.parse(text) as { manifest: { events: { endpoint: unknown; regions: unknown } } }).manifest.events;
    expect(events.endpoint).toEqual({ uri: ARNS.NA });
    expect(events.regions).toEqual({ EU: { endpoint: { uri: ARNS.EU } }, NA: { endpoint: { uri: ARNS.NA } }, FE: { endpoint: { uri: ARNS.FE } } });
    expect(checkAgainstModel([{ name: 'skill.json', text, kind: 'manifest' }])).toEqual([]);
    expect(fs.readFileSync(path.join(root, 'skill-package', 'skill.json'), 'utf8')).toBe(tracked);
  });

  it('with --alias live, points every region at its own live alias, for the package submitted for certification, and passes ask-smapi-model’s manifest types', () => {
    // Prepare: each stack outputs both aliases
    const both = (code: keyof typeof ARNS) => ({ ...regional(code), [StackOutputs.LiveAliasArn]: `${ARNS[code]}:live` });
    writeOutputs({ 'VoiceShoppingSkill-NA': both('NA'), 'VoiceShoppingSkill-EU': both('EU'), 'VoiceShoppingSkill-FE': both('FE') });

    // Act
    stageSkillPackage(root, endpointFromOptions(root, { alias: 'live' }));

    // Assess
    const text = fs.readFileSync(path.join(root, STAGED_PACKAGE, 'skill.json'), 'utf8');
    const manifest = (JSON.parse(text) as { manifest: ManifestEnvelope['manifest'] }).manifest;
    const custom = manifest?.apis?.custom;
    expect(custom?.endpoint?.uri).toBe(`${ARNS.NA}:live`);
    expect(Object.entries(custom?.regions ?? {}).map(([code, region]) => [code, region.endpoint.uri])).toEqual([
      ['NA', `${ARNS.NA}:live`],
      ['EU', `${ARNS.EU}:live`],
      ['FE', `${ARNS.FE}:live`],
    ]);
    expect(Object.entries(manifest?.events?.regions ?? {}).map(([code, region]) => [code, region.endpoint.uri])).toEqual([
      ['NA', `${ARNS.NA}:live`],
      ['EU', `${ARNS.EU}:live`],
      ['FE', `${ARNS.FE}:live`],
    ]);
    expect(checkAgainstModel([{ name: 'skill.json', text, kind: 'manifest' }])).toEqual([]);
  });

  it('uploads no placeholder ARN anywhere before the stack exists: no endpoint, no skill events yet', () => {
    // Act
    stageSkillPackage(root, endpointFromOutputs(root));

    // Assess
    const text = fs.readFileSync(path.join(root, STAGED_PACKAGE, 'skill.json'), 'utf8');
    expect(text).not.toMatch(/000000000000|REPLACED-AT-DEPLOY/);
    expect((JSON.parse(text) as { manifest: Record<string, unknown> }).manifest['events']).toBeUndefined();
    expect(checkAgainstModel([{ name: 'skill.json', text, kind: 'manifest' }])).toEqual([]);
  });

  it('with Europe and the Far East only, the default endpoint is the first listed', () => {
    // Prepare
    writeOutputs({ 'VoiceShoppingSkill-EU': regional('EU'), 'VoiceShoppingSkill-FE': regional('FE') });

    // Act
    const endpoint = endpointFromOutputs(root);

    // Assess
    expect(endpoint).toEqual({ arn: ARNS.EU, regions: { EU: ARNS.EU, FE: ARNS.FE } });
  });

  it('leaves the single stack’s manifest with its default endpoint only', () => {
    // Prepare
    writeOutputs({ VoiceShoppingSkill: { [StackOutputs.DevelopmentAliasArn]: ARNS.NA } });

    // Act
    stageSkillPackage(root, endpointFromOutputs(root));

    // Assess
    const custom = (JSON.parse(fs.readFileSync(path.join(root, STAGED_PACKAGE, 'skill.json'), 'utf8')) as { manifest: { apis: { custom: Record<string, unknown> } } }).manifest.apis
      .custom;
    expect(custom['endpoint']).toEqual({ uri: ARNS.NA });
    expect(custom['regions']).toBeUndefined();
  });

  it('reads each stack’s region from its output: the regional stacks pinned, the default stack in the account’s region', () => {
    // Prepare
    writeOutputs({ 'VoiceShoppingSkill-FE': regional('FE'), VoiceShoppingSkill: { [StackOutputs.DevelopmentAliasArn]: ARNS.NA } });

    // Act
    const stacks = stacksInOutputs(path.join(root, '.cdk', 'stack-outputs.json'));

    // Assess
    expect(stacks.map(({ stackName, alexaRegion, awsRegion }) => ({ stackName, alexaRegion, awsRegion }))).toEqual([
      { stackName: 'VoiceShoppingSkill-FE', alexaRegion: 'FE', awsRegion: 'us-west-2' },
      { stackName: 'VoiceShoppingSkill', alexaRegion: undefined, awsRegion: undefined },
    ]);
  });

  it('refuses a regional stack without a function ARN, naming the stack', () => {
    // Prepare
    writeOutputs({ 'VoiceShoppingSkill-EU': { [ALEXA_REGION_OUTPUT]: 'EU' } });

    // Act + Assess
    expect(() => endpointFromOutputs(root)).toThrow(/the stack VoiceShoppingSkill-EU has no DevelopmentAliasArn output/);
  });
});

describe('setRegionalEndpoints', () => {
  const manifest = `{\n    "manifest": {\n        "apis": {\n            "custom": {\n                "endpoint": { "uri": "${ARNS.NA}" },\n                "regions": { "EU": { "endpoint": { "uri": "${ARNS.NA}", "sslCertificateType": "Trusted" } } }\n            }\n        }\n    }\n}\n`;

  it('sets each region’s uri, keeping the region’s other fields and the file’s indentation', () => {
    // Act
    const result = setRegionalEndpoints(manifest, { EU: ARNS.EU, FE: ARNS.FE });

    // Assess
    expect(JSON.parse(result.text)).toEqual({
      manifest: {
        apis: { custom: { endpoint: { uri: ARNS.NA }, regions: { EU: { endpoint: { uri: ARNS.EU, sslCertificateType: 'Trusted' } }, FE: { endpoint: { uri: ARNS.FE } } } } },
      },
    });
    expect(result.text).toMatch(/^\{\n {4}"manifest"/);
    expect(result.text.endsWith('}\n')).toBe(true);
    expect(result.changes).toEqual([
      { path: 'manifest.apis.custom.regions.EU.endpoint.uri', from: ARNS.NA },
      { path: 'manifest.apis.custom.regions.FE.endpoint.uri', from: undefined },
    ]);
  });

  it('refuses a placeholder ARN for any region before changing anything', () => {
    expect(() => setRegionalEndpoints(manifest, { EU: ARNS.EU, FE: 'arn:aws:lambda:us-west-2:000000000000:function:x' })).toThrow(/placeholder ARN/);
  });

  it('changes nothing when no region is given, and the default endpoint stays setEndpoint’s', () => {
    expect(setRegionalEndpoints(manifest, {}).text).toBe(manifest);
    expect(setEndpoint(manifest, ARNS.FE).changes.map((change) => change.path)).toEqual(['manifest.apis.custom.endpoint.uri', 'manifest.apis.custom.regions.EU.endpoint.uri']);
  });
});
