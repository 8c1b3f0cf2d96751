/**
 * The endpoint-writing step, on temporary copies of a manifest: never the real skill.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setAssociatesFlag, setEndpoint, writeEndpoint } from '../../../infra/deploy/endpoint';
import { InvalidLambdaArnError, ManifestError } from '../../../infra/deploy/errors';
import { aliasArnFromOutputs, associatesFromOutputs } from '../../../infra/deploy/outputs';

const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:VoiceShoppingSkill-SkillFunction4ADF40E6-AbCdEf123456';
const OLD = 'arn:aws:lambda:us-east-1:000000000000:function:placeholder';

/** A manifest as people write them: tabs, keys in their own order, a trailing newline. */
const TAB_MANIFEST = `{
\t"manifest": {
\t\t"apis": {
\t\t\t"custom": {
\t\t\t\t"endpoint": { "uri": "${OLD}" },
\t\t\t\t"interfaces": []
\t\t\t}
\t\t},
\t\t"manifestVersion": "1.0"
\t}
}
`;

describe('setEndpoint', () => {
  it('changes only the endpoint uri and keeps every other character', () => {
    // Act
    const { text, changes } = setEndpoint(TAB_MANIFEST, ARN);

    // Assess
    expect(text).toBe(TAB_MANIFEST.replace(OLD, ARN));
    expect(changes).toEqual([{ path: 'manifest.apis.custom.endpoint.uri', from: OLD }]);
  });

  it('updates configured regional endpoints too', () => {
    // Prepare
    const manifest = JSON.stringify(
      { manifest: { apis: { custom: { endpoint: { uri: OLD }, regions: { EU: { endpoint: { uri: OLD, sslCertificateType: 'Trusted' } }, NA: {} } } } } },
      null,
      2,
    );

    // Act
    const { text, changes } = setEndpoint(manifest, ARN);

    // Assess
    const parsed = JSON.parse(text) as { manifest: { apis: { custom: { regions: { EU: { endpoint: Record<string, string> }; NA: object } } } } };
    expect(parsed.manifest.apis.custom.regions.EU.endpoint).toEqual({ uri: ARN, sslCertificateType: 'Trusted' });
    expect(parsed.manifest.apis.custom.regions.NA).toEqual({});
    expect(changes.map((change) => change.path)).toEqual(['manifest.apis.custom.endpoint.uri', 'manifest.apis.custom.regions.EU.endpoint.uri']);
  });

  it('points the skill events endpoint (SkillDisabled) at the same function', () => {
    // Prepare
    const manifest = JSON.stringify(
      { manifest: { apis: { custom: { endpoint: { uri: OLD } } }, events: { endpoint: { uri: OLD }, subscriptions: [{ eventName: 'SKILL_DISABLED' }] } } },
      null,
      2,
    );

    // Act
    const { text, changes } = setEndpoint(manifest, ARN);

    // Assess
    expect(JSON.parse(text)).toMatchObject({ manifest: { events: { endpoint: { uri: ARN }, subscriptions: [{ eventName: 'SKILL_DISABLED' }] } } });
    expect(changes.map((change) => change.path)).toEqual(['manifest.apis.custom.endpoint.uri', 'manifest.events.endpoint.uri']);
  });

  it('adds the endpoint in the file’s own indentation when there is none yet', () => {
    // Prepare
    const manifest = `${JSON.stringify({ manifest: { apis: { custom: { interfaces: [] } } } }, null, 4)}\n`;

    // Act
    const { text } = setEndpoint(manifest, ARN);

    // Assess
    expect(text).toBe(`${JSON.stringify({ manifest: { apis: { custom: { interfaces: [], endpoint: { uri: ARN } } } } }, null, 4)}\n`);
  });

  it.each([
    ['an S3 ARN', 'arn:aws:s3:::my-bucket'],
    ['an HTTPS endpoint', 'https://example.com/alexa'],
    ['a Lambda ARN with a short account', 'arn:aws:lambda:us-east-1:1234:function:skill'],
    ['a layer ARN', 'arn:aws:lambda:us-east-1:123456789012:layer:skill:1'],
    ['an empty string', ''],
  ])('refuses %s', (_label, value) => {
    expect(() => setEndpoint(TAB_MANIFEST, value)).toThrow(InvalidLambdaArnError);
  });

  it('accepts a qualified ARN and other partitions', () => {
    expect(setEndpoint(TAB_MANIFEST, `${ARN}:live`).text).toContain(`${ARN}:live`);
    expect(setEndpoint(TAB_MANIFEST, 'arn:aws-cn:lambda:cn-north-1:123456789012:function:skill').changes).toHaveLength(1);
  });

  it('refuses a manifest that is not a custom skill', () => {
    expect(() => setEndpoint('{"manifest":{"apis":{"smartHome":{}}}}', ARN)).toThrow(ManifestError);
  });
});

describe('writeEndpoint', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'endpoint-'));
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('rewrites the manifest file in place', () => {
    // Prepare
    const file = path.join(dir, 'skill.json');
    fs.writeFileSync(file, TAB_MANIFEST);

    // Act
    writeEndpoint(file, ARN);

    // Assess
    expect(fs.readFileSync(file, 'utf8')).toBe(TAB_MANIFEST.replace(OLD, ARN));
  });

  it('leaves the file untouched when the ARN is bad', () => {
    // Prepare
    const file = path.join(dir, 'skill.json');
    fs.writeFileSync(file, TAB_MANIFEST);

    // Act
    const act = () => writeEndpoint(file, 'not-an-arn');

    // Assess
    expect(act).toThrow(InvalidLambdaArnError);
    expect(fs.readFileSync(file, 'utf8')).toBe(TAB_MANIFEST);
  });

  it('reports a missing manifest by its path', () => {
    // Prepare
    const file = path.join(dir, 'missing', 'skill.json');

    // Act
    const act = () => writeEndpoint(file, ARN);

    // Assess
    expect(act).toThrow(ManifestError);
    expect(act).toThrow(`${file}: cannot be read (ENOENT)`);
  });

  it('finds each stage’s alias ARN in cdk’s outputs file', () => {
    // Prepare
    const outputs = path.join(dir, 'outputs.json');
    fs.writeFileSync(
      outputs,
      JSON.stringify({ VoiceShoppingSkill: { TableName: 't', FunctionArn: ARN, DevelopmentAliasArn: `${ARN}:development`, LiveAliasArn: `${ARN}:live`, SecretName: 's' } }),
    );

    // Act + Assess
    expect(aliasArnFromOutputs(outputs, 'development')).toBe(`${ARN}:development`);
    expect(aliasArnFromOutputs(outputs, 'live')).toBe(`${ARN}:live`);
  });

  it('reads whether the stack gave the function an Associates id', () => {
    // Prepare
    const withFlag = path.join(dir, 'with.json');
    const without = path.join(dir, 'without.json');
    fs.writeFileSync(withFlag, JSON.stringify({ VoiceShoppingSkill: { FunctionArn: ARN, AssociatesEnabled: 'true' } }));
    fs.writeFileSync(without, JSON.stringify({ VoiceShoppingSkill: { FunctionArn: ARN } }));

    // Act + Assess
    expect(associatesFromOutputs(withFlag)).toBe(true);
    expect(associatesFromOutputs(without)).toBeUndefined();
  });
});

describe('setAssociatesFlag', () => {
  const kitManifest = (value: string) =>
    `{\n\t"manifest": {\n\t\t"privacyAndCompliance": {\n\t\t\t"shoppingKit": { "isShoppingActionsEnabled": true, "isAmazonAssociatesOnAlexaEnabled": ${value} }\n\t\t}\n\t}\n}\n`;

  it('flips only the Associates switch, keeping every other character', () => {
    // Act
    const on = setAssociatesFlag(kitManifest('false'), true);
    const off = setAssociatesFlag(kitManifest('true'), false);

    // Assess
    expect(on).toEqual({ text: kitManifest('true'), from: false });
    expect(off).toEqual({ text: kitManifest('false'), from: true });
  });

  it('adds shoppingKit when the manifest has none, leaving Shopping Actions untouched elsewhere', () => {
    // Act
    const { text, from } = setAssociatesFlag(TAB_MANIFEST, true);

    // Assess
    expect(from).toBeUndefined();
    expect(JSON.parse(text)).toMatchObject({ manifest: { privacyAndCompliance: { shoppingKit: { isAmazonAssociatesOnAlexaEnabled: true } }, manifestVersion: '1.0' } });
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('refuses a switch that is not a boolean', () => {
    expect(() => setAssociatesFlag(kitManifest('"yes"'), true, 'x/skill.json')).toThrow(
      'x/skill.json: manifest.privacyAndCompliance.shoppingKit.isAmazonAssociatesOnAlexaEnabled is not a boolean',
    );
  });
});
