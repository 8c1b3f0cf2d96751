/**
 * The deploy steps' prerequisites. `plan…` functions decide the command without running it, so
 * nothing here can reach AWS or Amazon; the spawned runs stop at a missing prerequisite.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MissingPrerequisiteError } from '../../../infra/deploy/errors';
import { planDestroy } from '../../../infra/deploy/destroy';
import { deployTargets, planInfraDeploy } from '../../../infra/deploy/infra';
import { regionalTargets, singleTarget } from '../../../infra/deploy/targets';
import { planIspSync } from '../../../infra/deploy/isps';
import type { Context } from '../../../infra/deploy/prerequisites';
import { endpointFromOptions, endpointFromOutputs, planSkillDeploy, STAGED_PACKAGE, stageSkillPackage } from '../../../infra/deploy/skill';
import { planSynth } from '../../../infra/deploy/synth';
import { stackNameFrom } from '../../../infra/deploy/run';
import { liveDescription } from '../../../infra/stages';

const ROOT = path.resolve(__dirname, '../../..');
const SKILL_ID = 'amzn1.ask.skill.12345678-90ab-cdef-1234-567890abcdef';
const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:skill';
const PLACEHOLDER = 'arn:aws:lambda:us-east-1:000000000000:function:voice-shopping-skill-REPLACED-AT-DEPLOY';
const FAKE_AWS = { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'fake' };

describe('deploy step prerequisites', () => {
  let home: string;
  let root: string;
  const ctx = (env: NodeJS.ProcessEnv = {}): Context => ({ env, home, root });

  const writeAskConfig = (profiles: Record<string, object>) => {
    fs.mkdirSync(path.join(home, '.ask'), { recursive: true });
    fs.writeFileSync(path.join(home, '.ask', 'cli_config'), JSON.stringify({ profiles }));
  };
  const writeProject = (uri: string) => {
    fs.mkdirSync(path.join(root, 'skill-package'), { recursive: true });
    fs.writeFileSync(path.join(root, 'skill-package', 'skill.json'), JSON.stringify({ manifest: { apis: { custom: { endpoint: { uri } } } } }));
    const src = { skillMetadata: { src: STAGED_PACKAGE } };
    fs.writeFileSync(
      path.join(root, 'ask-resources.json'),
      JSON.stringify({ askcliResourcesVersion: '2020-03-31', profiles: { default: src, staging: src, __ENVIRONMENT_ASK_PROFILE__: src } }),
    );
  };

  const writeOutputs = (outputs: Record<string, string>) => {
    fs.mkdirSync(path.join(root, '.cdk'), { recursive: true });
    fs.writeFileSync(path.join(root, '.cdk', 'stack-outputs.json'), JSON.stringify({ VoiceShoppingSkill: outputs }));
  };

  beforeEach(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'home-'));
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'project-'));
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
  });

  afterEach(() => {
    jest.restoreAllMocks();
    fs.rmSync(home, { recursive: true, force: true });
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('deploy:infra needs AWS credentials', () => {
    expect(() => planInfraDeploy(ctx({ SKILL_ID }), [], [])).toThrow(/deploy:infra: missing AWS credentials/);
  });

  it('deploy:infra accepts a shared credentials file in HOME', () => {
    // Prepare
    fs.mkdirSync(path.join(home, '.aws'));
    fs.writeFileSync(path.join(home, '.aws', 'credentials'), '[default]\n');

    // Act
    const plan = planInfraDeploy(ctx({ SKILL_ID }), [], []);

    // Assess
    expect(plan.args).toEqual(expect.arrayContaining(['deploy', '-c', `skillId=${SKILL_ID}`, '--outputs-file', path.join(root, '.cdk', 'stack-outputs.json')]));
  });

  it('deploy:infra needs the skill id, and has no "any skill" mode: npm run deploy creates the skill first', () => {
    expect(() => planInfraDeploy(ctx(FAKE_AWS), [], [])).toThrow(MissingPrerequisiteError);
    expect(() => planInfraDeploy(ctx(FAKE_AWS), [], [])).toThrow(/missing the skill id.*run `npm run deploy`, which creates the skill before the stack/);
    expect(() => planInfraDeploy(ctx({ ...FAKE_AWS, ALLOW_ANY_SKILL: 'true' }), [], [])).toThrow(/missing the skill id/);
  });

  it('deploy:infra reads the skill id ask deploy recorded, and keeps the CDK CLI quiet and inside the project', () => {
    // Prepare
    fs.mkdirSync(path.join(root, '.ask'));
    fs.writeFileSync(path.join(root, '.ask', 'ask-states.json'), JSON.stringify({ askcliStatesVersion: '2020-03-31', profiles: { default: { skillId: SKILL_ID } } }));

    // Act
    const plan = planInfraDeploy(ctx({ ...FAKE_AWS, ALLOW_ANY_SKILL: 'true', ASSOCIATE_ID: 'assoc-20' }), [], []);

    // Assess: a known skill id wins over the first-deployment switch
    expect(plan.args).toEqual(expect.arrayContaining([`skillId=${SKILL_ID}`, 'associateId=assoc-20']));
    expect(plan.args.join(' ')).not.toMatch(/synthWithoutSkillId|liveVersion/);
    expect(plan.env).toMatchObject({ CDK_DISABLE_CLI_TELEMETRY: 'true', CDK_DISABLE_VERSION_CHECK: '1' });
    expect(plan.env['CDK_HOME']).toBe(path.join(ROOT, '.cdk'));
  });

  it('deploy:infra keeps the live alias on the version it runs, with the versions it ran before', () => {
    // Act
    const plan = planInfraDeploy(
      ctx({ ...FAKE_AWS, SKILL_ID }),
      ['-c', 'tracing=true'],
      [{ target: singleTarget('VoiceShoppingSkill', 'us-east-1'), live: { version: '7', description: liveDescription(['5', '2']), revisionId: 'r1' } }],
    );

    // Assess
    expect(plan.args.slice(-6)).toEqual(['-c', 'liveVersion=7', '-c', 'liveHistory=5,2', '-c', 'tracing=true']);
  });

  it('deploy:infra with regions keeps each region’s live alias on its own version, and a region deployed the first time gets none', () => {
    // Prepare: each region's function numbers its own versions
    const [na, eu, fe] = regionalTargets('VoiceShoppingSkill', ['NA', 'EU', 'FE']);
    if (na === undefined || eu === undefined || fe === undefined) throw new Error('three targets expected');

    // Act
    const plan = planInfraDeploy(
      ctx({ ...FAKE_AWS, SKILL_ID }),
      ['--all', '-c', 'regions=NA,EU,FE'],
      [
        { target: na, live: { version: '7', description: liveDescription(['5']), revisionId: 'r1' } },
        { target: eu, live: { version: '3', description: liveDescription([]), revisionId: 'r2' } },
        { target: fe, live: undefined },
      ],
    );

    // Assess
    expect(plan.args.join(' ')).toContain('-c liveVersion.NA=7 -c liveHistory.NA=5 -c liveVersion.EU=3 --all -c regions=NA,EU,FE');
    expect(plan.args.join(' ')).not.toMatch(/liveVersion=|liveVersion\.FE/);
  });

  it('deploy:infra reads the live alias of every stack it deploys, each in its own region', () => {
    expect(deployTargets(['-c', 'regions=EU,FE', '-c', 'stackName=Shop'], () => 'ap-south-1')).toEqual([
      { stackName: 'Shop-EU', functionName: 'Shop-EU-skill', awsRegion: 'eu-west-1', alexaRegion: 'EU' },
      { stackName: 'Shop-FE', functionName: 'Shop-FE-skill', awsRegion: 'us-west-2', alexaRegion: 'FE' },
    ]);
    expect(deployTargets([], () => 'ap-south-1')).toEqual([
      { stackName: 'VoiceShoppingSkill', functionName: 'VoiceShoppingSkill-skill', awsRegion: 'ap-south-1', alexaRegion: undefined },
    ]);
    expect(() => deployTargets(['-c', 'regions=NA,AP'], () => 'us-east-1')).toThrow(/-c regions: "AP" is not an Alexa region/);
  });

  it('deploy:infra reads the live alias of the stack it deploys, and names the stack from -c stackName', () => {
    expect(stackNameFrom([])).toBe('VoiceShoppingSkill');
    expect(stackNameFrom(['-c', 'tracing=true', '--context', 'stackName=ShopperStaging'])).toBe('ShopperStaging');
    expect(stackNameFrom(['--context=stackName=ShopperQa', '-c', 'stackName='])).toBe('ShopperQa');
  });

  it('synth needs no credentials and, without a skill id, synthesizes without any Alexa trigger', () => {
    expect(planSynth(ctx()).args).toEqual(['synth', '--quiet', '-c', 'synthWithoutSkillId=true']);
  });

  it('deploy:skill needs an ASK CLI profile', () => {
    expect(() => planSkillDeploy(ctx())).toThrow(/deploy:skill: missing the ASK CLI profile "default"/);
  });

  it('deploy:skill never stages the placeholder ARN or a malformed one, and stages nothing then', () => {
    // Prepare
    writeProject(PLACEHOLDER);

    // Act + Assess
    expect(() => stageSkillPackage(root, { arn: PLACEHOLDER })).toThrow(/is the placeholder ARN of the committed skill.json, not a deployed function/);
    expect(() => stageSkillPackage(root, { arn: 'REPLACE_ME' })).toThrow(/"REPLACE_ME" is not a Lambda function ARN/);
    expect(fs.existsSync(path.join(root, STAGED_PACKAGE))).toBe(false);
  });

  it('deploy:skill writes the development alias and the Associates switch into the staged manifest, never the tracked one', () => {
    // Prepare
    writeProject(PLACEHOLDER);
    const tracked = fs.readFileSync(path.join(root, 'skill-package', 'skill.json'), 'utf8');
    writeOutputs({ FunctionArn: ARN, DevelopmentAliasArn: `${ARN}:development`, LiveAliasArn: `${ARN}:live`, AssociatesEnabled: 'true' });

    // Act
    stageSkillPackage(root, endpointFromOutputs(root));

    // Assess
    expect(JSON.parse(fs.readFileSync(path.join(root, STAGED_PACKAGE, 'skill.json'), 'utf8'))).toEqual({
      manifest: { apis: { custom: { endpoint: { uri: `${ARN}:development` } } }, privacyAndCompliance: { shoppingKit: { isAmazonAssociatesOnAlexaEnabled: true } } },
    });
    expect(fs.readFileSync(path.join(root, 'skill-package', 'skill.json'), 'utf8')).toBe(tracked);
  });

  it('deploy:skill stages the live alias as the endpoint for the package submitted for certification', () => {
    // Prepare
    writeProject(PLACEHOLDER);
    writeOutputs({ FunctionArn: ARN, DevelopmentAliasArn: `${ARN}:development`, LiveAliasArn: `${ARN}:live` });

    // Act
    stageSkillPackage(root, endpointFromOutputs(root, 'live'));

    // Assess
    expect(JSON.parse(fs.readFileSync(path.join(root, STAGED_PACKAGE, 'skill.json'), 'utf8'))).toEqual({ manifest: { apis: { custom: { endpoint: { uri: `${ARN}:live` } } } } });
  });

  it('deploy:skill --alias live needs the stack outputs: the certification package never goes without an endpoint', () => {
    // Act + Assess: no outputs
    expect(() => endpointFromOptions(root, { alias: 'live' })).toThrow(/missing the stack outputs .* that --alias live takes the LiveAliasArn from/);
    expect(endpointFromOptions(root, {})).toBeUndefined();

    // Act + Assess: with outputs, and the options it refuses
    writeOutputs({ FunctionArn: ARN, DevelopmentAliasArn: `${ARN}:development`, LiveAliasArn: `${ARN}:live` });
    expect(endpointFromOptions(root, { alias: 'live' })).toEqual({ arn: `${ARN}:live` });
    expect(() => endpointFromOptions(root, { alias: 'staging' })).toThrow(/--alias must be development or live, not "staging"/);
    expect(() => endpointFromOptions(root, { alias: 'live', arn: ARN })).toThrow(/give --arn or --alias, not both/);
    expect(endpointFromOptions(root, { arn: ARN, associates: 'false' })).toEqual({ arn: ARN, associates: false });
  });

  it('deploy:skill refuses outputs of a stack from before the stages had aliases, rather than pointing a stage at the bare function', () => {
    // Prepare
    writeProject(PLACEHOLDER);
    writeOutputs({ FunctionArn: ARN });

    // Act + Assess
    expect(() => endpointFromOutputs(root)).toThrow(/has no DevelopmentAliasArn output.*Run `npm run deploy` again/);
  });

  it('deploy:skill stages no endpoint at all before the stack exists', () => {
    // Prepare
    writeProject(PLACEHOLDER);

    // Act
    stageSkillPackage(root, endpointFromOutputs(root));

    // Assess
    expect(JSON.parse(fs.readFileSync(path.join(root, STAGED_PACKAGE, 'skill.json'), 'utf8'))).toEqual({ manifest: { apis: { custom: {} } } });
  });

  it('deploy:skill runs ask deploy with the named profile, or with the environment profile in CI', () => {
    // Prepare
    writeAskConfig({ staging: { vendor_id: 'M1VENDOR' } });
    writeProject(ARN);

    // Act
    const named = planSkillDeploy(ctx({ ASK_DEFAULT_PROFILE: 'staging' }));
    const fromEnv = planSkillDeploy(ctx({ ...FAKE_AWS, ASK_REFRESH_TOKEN: 'Atzr|x', ASK_VENDOR_ID: 'M1VENDOR' }));

    // Assess
    expect(named.args).toEqual(['deploy', '--profile', 'staging']);
    expect(fromEnv.args).toEqual(['deploy', '--profile', '__ENVIRONMENT_ASK_PROFILE__']);
    expect(path.basename(named.command)).toBe('ask');
    expect(named.cwd).toBe(root);
    expect(named.env).toMatchObject({ ASK_SHARE_USAGE: 'false', ASK_SKIP_NEW_VERSION_REMINDER: 'true' });
  });

  it('deploy:skill names the ask-resources.json profile to add before ask deploy would stop on it', () => {
    // Prepare
    writeAskConfig({ qa: { vendor_id: 'M1VENDOR' } });
    writeProject(ARN);

    // Act + Assess
    expect(() => planSkillDeploy(ctx({ ASK_DEFAULT_PROFILE: 'qa' }))).toThrow(
      `deploy:skill: missing the profile "qa" in ask-resources.json. Add "qa": { "skillMetadata": { "src": "${STAGED_PACKAGE}" } } to its "profiles".`,
    );
  });

  it('deploy:skill stages skill-package/ without isps/ for the upload', () => {
    // Prepare
    writeProject(ARN);
    fs.mkdirSync(path.join(root, 'skill-package', 'isps', 'consumable'), { recursive: true });
    fs.writeFileSync(path.join(root, 'skill-package', 'isps', 'consumable', 'pack.json'), '{}');
    fs.mkdirSync(path.join(root, 'skill-package', 'interactionModels', 'custom'), { recursive: true });
    fs.writeFileSync(path.join(root, 'skill-package', 'interactionModels', 'custom', 'en-US.json'), '{}');
    fs.mkdirSync(path.join(root, STAGED_PACKAGE, 'isps'), { recursive: true });
    fs.writeFileSync(path.join(root, STAGED_PACKAGE, 'stale.json'), '{}');

    // Act
    const files = stageSkillPackage(root);

    // Assess
    expect(files).toEqual(['interactionModels/custom/en-US.json', 'skill.json']);
    expect(fs.existsSync(path.join(root, STAGED_PACKAGE, 'isps'))).toBe(false);
    expect(fs.existsSync(path.join(root, STAGED_PACKAGE, 'stale.json'))).toBe(false);
  });

  it('every step takes the skill id from the profile ask uses: the environment profile in CI', () => {
    // Prepare
    const ci = { ...FAKE_AWS, ASK_REFRESH_TOKEN: 'Atzr|x', ASK_VENDOR_ID: 'M1VENDOR', ASK_DEFAULT_PROFILE: 'staging' };
    fs.mkdirSync(path.join(root, '.ask'));
    fs.writeFileSync(
      path.join(root, '.ask', 'ask-states.json'),
      JSON.stringify({ profiles: { staging: { skillId: 'amzn1.ask.skill.staging' }, __ENVIRONMENT_ASK_PROFILE__: { skillId: SKILL_ID } } }),
    );

    // Act
    const infra = planInfraDeploy(ctx(ci), [], []);
    const isps = planIspSync(ctx(ci));

    // Assess
    expect(infra.args).toContain(`skillId=${SKILL_ID}`);
    expect(isps.args).toEqual(expect.arrayContaining(['--profile', '__ENVIRONMENT_ASK_PROFILE__', '--skill-id', SKILL_ID, '--vendor-id', 'M1VENDOR']));
  });

  it('deploy:isps passes the skill id, vendor id and stage to the ISP sync', () => {
    // Prepare
    writeAskConfig({ default: { vendor_id: 'M1VENDOR' } });

    // Act
    const missing = () => planIspSync(ctx());
    const plan = planIspSync(ctx({ SKILL_ID }));

    // Assess
    expect(missing).toThrow(/deploy:isps: missing the skill id/);
    expect(plan.args).toEqual(['run', 'isp', '--', 'apply', '--profile', 'default', '--skill-id', SKILL_ID, '--vendor-id', 'M1VENDOR', '--stage', 'development']);
  });

  it('deploy:isps acts with the named profile ask used: its vendor id, and no stray token from the environment', () => {
    // Prepare: a named profile (no AWS keys, so not CI mode) and a token left in the environment.
    writeAskConfig({ staging: { vendor_id: 'M1STAGING' } });
    const env = { ASK_DEFAULT_PROFILE: 'staging', SKILL_ID, ASK_REFRESH_TOKEN: 'Atzr|someone-else', ASK_VENDOR_ID: 'M1OTHER' };

    // Act
    const plan = planIspSync(ctx(env));

    // Assess
    expect(plan.args).toEqual(expect.arrayContaining(['--profile', 'staging', '--vendor-id', 'M1STAGING']));
    expect(plan.env['ASK_REFRESH_TOKEN']).toBeUndefined();
  });

  it('destroy needs AWS credentials', () => {
    expect(() => planDestroy(ctx())).toThrow(/destroy: missing AWS credentials/);
  });
});

describe('deploy steps run with an empty environment', () => {
  let home: string;

  beforeAll(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'home-'));
  });

  afterAll(() => {
    fs.rmSync(home, { recursive: true, force: true });
  });

  // Only PATH (to find node) and a temp HOME: no AWS or ASK variables, no profiles.
  const runStepScript = (script: string, args: string[] = []) =>
    spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'infra', 'deploy', script), ...args], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'], HOME: home },
      encoding: 'utf8',
    });

  it.each([
    ['infra.ts', 'deploy:infra: missing AWS credentials'],
    ['skill.ts', 'deploy:skill: missing the ASK CLI profile "default"'],
    ['isps.ts', 'deploy:isps: missing the ASK CLI profile "default"'],
    ['deploy.ts', 'deploy: stopped before changing anything:\n  - missing AWS credentials'],
  ])('%s stops with a clear message and exit code 1', (script, message) => {
    // Act
    const result = runStepScript(script);

    // Assess
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /); // an instruction, not a stack trace
  });
});
