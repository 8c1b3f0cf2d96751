/**
 * `npm run deploy`, the whole road, against the emulators: the real ASK CLI and the ISP sync
 * against the SMAPI emulator, the real AWS SDK against the Secrets Manager and SSM emulators.
 * There is no CloudFormation here, so the runs that get past the preflight either deploy with
 * `--skip-infra` (the stack's outputs already in .cdk/, as `cdk deploy --outputs-file` leaves
 * them) or stop at the `cdk deploy` command, which the test records instead of running.
 *
 * Each run works in a temporary copy of the project's tracked deploy inputs (ask-resources.json,
 * skill-package/, .gitignore) committed to a fresh git repository, so "the tracked tree is
 * unchanged" is `git status` there.
 */
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { askStatesSkillId } from '../../../infra/ask-cli';
import { type DeployIo, type DeployOptions, deploy, PreflightError, SecretNotReadyError } from '../../../infra/deploy/deploy';
import { StepFailedError } from '../../../infra/deploy/errors';
import type { Command } from '../../../infra/deploy/run';
import { bootstrapVersion, readSecretString, secretProblems } from '../../../infra/deploy/aws-checks';
import { readLiveAlias } from '../../../infra/deploy/infra';
import { openLambdaAliases } from '../../../infra/deploy/lambda-aliases';
import { liveDescription } from '../../../infra/stages';
import { type LambdaEmulator, startLambdaEmulator } from '../../emulators/lambda';
import { EMULATOR_CREDENTIALS, type SmapiEmulator, startSmapiEmulator } from '../../emulators/smapi';
import { type SecretsManagerEmulator, startSecretsManagerEmulator } from '../../emulators/secrets-manager';
import { type SsmEmulator, startSsmEmulator } from '../../emulators/ssm';

const ROOT = path.resolve(__dirname, '../../..');
const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:VoiceShoppingSkill-skill';
const DEVELOPMENT_ARN = `${ARN}:development`;
const PLACEHOLDER = 'arn:aws:lambda:us-east-1:000000000000:function:voice-shopping-skill-REPLACED-AT-DEPLOY';
const SECRET_NAME = 'VoiceShoppingSkillCredentials';
const GOOD_SECRET = {
  connectionTokenSecret: 'k'.repeat(64),
  lwaClientId: 'amzn1.application-oa2-client.abc',
  lwaClientSecret: 'client-secret',
  lwaRefreshToken: 'Atzr|refresh',
  productSearchUserEmail: 'buyer@example.com',
};
const OPTIONS: DeployOptions = { dryRun: false, skipInfra: false, catalog: 'amazon-business', cdkArgs: [] };
/** Runs that spawn the real ask-cli (and the ISP sync) several times: generous on a loaded machine. */
const SPAWNING_TEST_TIMEOUT = 180_000;
const git = (cwd: string, ...args: string[]) => spawnSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], { cwd, encoding: 'utf8' });

describe('npm run deploy', () => {
  let smapi: SmapiEmulator;
  let secrets: SecretsManagerEmulator;
  let ssm: SsmEmulator;
  let lambda: LambdaEmulator;
  const temporary: string[] = [];
  const savedEnv = { ...process.env };
  const lines: string[] = [];

  beforeAll(async () => {
    smapi = await startSmapiEmulator();
    secrets = await startSecretsManagerEmulator({ secrets: { [SECRET_NAME]: JSON.stringify(GOOD_SECRET) } });
    ssm = await startSsmEmulator({ '/cdk-bootstrap/hnb659fds/version': '29' });
    lambda = await startLambdaEmulator();
    // The AWS SDK reads its credentials and endpoints from the process environment.
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'not-a-real-secret',
      AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.url,
      AWS_ENDPOINT_URL_SSM: ssm.url,
      AWS_ENDPOINT_URL_LAMBDA: lambda.url,
    });
  });

  afterAll(async () => {
    process.env = savedEnv;
    await Promise.all([smapi.close(), secrets.close(), ssm.close(), lambda.close()]);
    for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(() => {
    lines.length = 0;
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  const tempDir = (prefix: string): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    temporary.push(dir);
    return dir;
  };

  /** A committed copy of what the deploy reads, and a HOME with the given ASK CLI profiles. */
  const project = (options: { askProfile?: boolean; outputs?: Record<string, string>; stacks?: Record<string, Record<string, string>> } = {}) => {
    const root = tempDir('deploy-project-');
    const home = tempDir('deploy-home-');
    for (const file of ['ask-resources.json', '.gitignore']) fs.copyFileSync(path.join(ROOT, file), path.join(root, file));
    fs.cpSync(path.join(ROOT, 'skill-package'), path.join(root, 'skill-package'), { recursive: true });
    expect(git(root, 'init', '-q').status).toBe(0);
    git(root, 'add', '.');
    expect(git(root, 'commit', '-qm', 'project').status).toBe(0);
    if (options.askProfile !== false) {
      fs.mkdirSync(path.join(home, '.ask'));
      const token = {
        access_token: 'Atza|expired',
        refresh_token: EMULATOR_CREDENTIALS.refreshToken,
        token_type: 'bearer',
        expires_in: 3600,
        expires_at: '2000-01-01T00:00:00.000Z',
      };
      fs.writeFileSync(path.join(home, '.ask', 'cli_config'), JSON.stringify({ profiles: { default: { token, vendor_id: EMULATOR_CREDENTIALS.vendorId } } }));
    }
    if (options.outputs !== undefined) {
      fs.mkdirSync(path.join(root, '.cdk'));
      fs.writeFileSync(path.join(root, '.cdk', 'stack-outputs.json'), JSON.stringify({ VoiceShoppingSkill: options.outputs }));
    }
    if (options.stacks !== undefined) {
      fs.mkdirSync(path.join(root, '.cdk'));
      fs.writeFileSync(path.join(root, '.cdk', 'stack-outputs.json'), JSON.stringify(options.stacks));
    }
    const env: NodeJS.ProcessEnv = {
      PATH: process.env['PATH'],
      HOME: home,
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'not-a-real-secret',
      AWS_REGION: 'us-east-1',
      ASK_SMAPI_SERVER_BASE_URL: smapi.url,
      ASK_LWA_TOKEN_HOST: smapi.url,
      ASK_LWA_CLIENT_ID: EMULATOR_CREDENTIALS.clientId,
      ASK_LWA_CLIENT_CONFIRMATION: EMULATOR_CREDENTIALS.clientSecret,
    };
    return { root, home, env };
  };

  /** Runs commands for real, output captured; `cdk` is recorded and stopped (no CloudFormation here). */
  const io = (ran: Command[]): DeployIo => ({
    // Asynchronously: the emulators answer from this very process.
    run: (command) => {
      ran.push(command);
      if (path.basename(command.command) === 'cdk') throw new StepFailedError('cdk deploy', 1);
      return new Promise<void>((resolve, reject) => {
        execFile(command.command, [...command.args], { cwd: command.cwd ?? ROOT, env: command.env, timeout: 120_000 }, (error, stdout, stderr) => {
          if (error === null) resolve();
          else reject(new Error(`${path.basename(command.command)} ${command.args[0] ?? ''} failed:\n${stdout}\n${stderr}`));
        });
      });
    },
    readSecret: readSecretString,
    bootstrapVersion,
    liveAlias: (target) => readLiveAlias(target),
    log: (line) => lines.push(line),
  });

  const noCommands = (): DeployIo => ({
    ...io([]),
    run: (command) => {
      throw new Error(`ran ${command.command} ${command.args.join(' ')}`);
    },
  });

  it.each([
    ['no AWS credentials', { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined }, {}, /missing AWS credentials/],
    ['no AWS region', { AWS_REGION: undefined }, {}, /missing the AWS region/],
    ['no ASK CLI profile', {}, { askProfile: false }, /missing the ASK CLI profile "default"/],
    [
      'the placeholder ARN in the stack outputs',
      {},
      { outputs: { FunctionArn: PLACEHOLDER, DevelopmentAliasArn: `${PLACEHOLDER}:development` } },
      /the placeholder ARN arn:aws:lambda:us-east-1:000000000000/,
    ],
  ])('stops before anything runs with %s, naming it', async (_case, envChange, projectOptions, message) => {
    // Prepare
    const { root, home, env } = project(projectOptions);

    // Act
    const act = deploy({ root, home, env: { ...env, ...envChange } }, OPTIONS, noCommands());

    // Assess
    await expect(act).rejects.toThrow(PreflightError);
    await expect(deploy({ root, home, env: { ...env, ...envChange } }, OPTIONS, noCommands())).rejects.toThrow(message);
    expect(git(root, 'status', '--porcelain').stdout).toBe('');
  });

  it('lists every problem at once', async () => {
    // Prepare
    const { root, home, env } = project({ askProfile: false });

    // Act
    const act = deploy({ root, home, env: { PATH: env['PATH'], HOME: home } }, OPTIONS, noCommands());

    // Assess
    await expect(act).rejects.toThrow(
      /stopped before changing anything:\n {2}- missing AWS credentials.*\n {2}- missing the AWS region.*\n {2}- missing the ASK CLI profile "default"/,
    );
  });

  it('stops before anything runs when the account and region are not bootstrapped for the CDK', async () => {
    // Prepare
    const { root, home, env } = project();
    const unbootstrapped = await startSsmEmulator();
    process.env['AWS_ENDPOINT_URL_SSM'] = unbootstrapped.url;

    // Act
    const act = deploy({ root, home, env }, OPTIONS, noCommands());

    // Assess
    try {
      await expect(act).rejects.toThrow(/the CDK bootstrap in us-east-1: run `npx cdk bootstrap`/);
      expect(unbootstrapped.requested).toEqual(['/cdk-bootstrap/hnb659fds/version']);
    } finally {
      process.env['AWS_ENDPOINT_URL_SSM'] = ssm.url;
      await unbootstrapped.close();
    }
  });

  it(
    'creates the skill first, then deploys the stack locked to its id (no "any skill" trigger)',
    async () => {
      // Prepare
      const { root, home, env } = project();
      const ran: Command[] = [];

      // Act: the recorded cdk deploy stops the run
      const act = deploy({ root, home, env: { ...env, ALLOW_ANY_SKILL: 'true' } }, OPTIONS, io(ran));

      // Assess
      await expect(act).rejects.toThrow(StepFailedError);
      const skillId = askStatesSkillId(root, 'default');
      expect(skillId).toMatch(/^amzn1\.ask\.skill\./);
      expect(ran.map((command) => `${path.basename(command.command)} ${command.args[0]}`)).toEqual(['ask deploy', 'cdk deploy']);
      expect(ran[1]?.args).toEqual(expect.arrayContaining(['-c', `skillId=${skillId}`]));
      expect(ran[1]?.args.join(' ')).not.toMatch(/allowAnySkill|synthWithoutSkillId|liveVersion/);
      const skill = smapi.skills().find((candidate) => candidate.skillId === skillId);
      const manifest = JSON.parse(skill?.files.get('skill.json')?.toString('utf8') ?? '{}') as { manifest: { apis: { custom: Record<string, unknown> } } };
      expect(manifest.manifest.apis.custom['endpoint']).toBeUndefined();
      expect(skill?.files.get('skill.json')?.toString('utf8')).not.toMatch(/000000000000|REPLACED-AT-DEPLOY/);
      expect(git(root, 'status', '--porcelain').stdout).toBe('');
    },
    SPAWNING_TEST_TIMEOUT,
  );

  it('keeps the live alias where it is: the stack deploy carries the version it runs and the ones it ran before', async () => {
    // Prepare: a deployed stack whose development runs 3 and live 2 (promoted from 1)
    const { root, home, env } = project();
    lambda.addFunction('VoiceShoppingSkill-skill', 3);
    lambda.setAlias('VoiceShoppingSkill-skill', 'development', '3');
    lambda.setAlias('VoiceShoppingSkill-skill', 'live', '2', liveDescription(['1']));
    const ran: Command[] = [];

    // Act: the skill exists (SKILL_ID), so the recorded cdk deploy is the first command
    const act = deploy({ root, home, env: { ...env, SKILL_ID: 'amzn1.ask.skill.12345678-90ab-cdef-1234-567890abcdef' } }, OPTIONS, io(ran));

    // Assess
    await expect(act).rejects.toThrow(StepFailedError);
    expect(ran.map((command) => `${path.basename(command.command)} ${command.args[0]}`)).toEqual(['cdk deploy']);
    expect(ran[0]?.args.join(' ')).toContain('-c liveVersion=2 -c liveHistory=1');
    expect(lines).toContain('live alias: stays on version 2');
    expect(lambda.alias('VoiceShoppingSkill-skill', 'live')?.functionVersion).toBe('2');
  });

  it('with --regions, keeps each region’s live alias on its own version (each region’s function numbers its own)', async () => {
    // Prepare: NA's live runs 4 (after 2), EU's 2, FE has no stack yet; one Lambda per region
    const { root, home, env } = project();
    const perRegion = await Promise.all(['us-east-1', 'eu-west-1'].map((region) => startLambdaEmulator({ region })));
    const [na, eu] = perRegion;
    if (na === undefined || eu === undefined) throw new Error('two emulators expected');
    na.addFunction('VoiceShoppingSkill-NA-skill', 5);
    na.setAlias('VoiceShoppingSkill-NA-skill', 'live', '4', liveDescription(['2']));
    eu.addFunction('VoiceShoppingSkill-EU-skill', 3);
    eu.setAlias('VoiceShoppingSkill-EU-skill', 'live', '2', liveDescription([]));
    const fe = await startLambdaEmulator({ region: 'us-west-2' });
    const urls: Record<string, string> = { 'us-east-1': na.url, 'eu-west-1': eu.url, 'us-west-2': fe.url };
    const ran: Command[] = [];
    const regional: DeployIo = { ...io(ran), liveAlias: (target) => readLiveAlias(target, (region) => openLambdaAliases(region, urls[region])) };

    try {
      // Act: the recorded cdk deploy stops the run
      const act = deploy({ root, home, env: { ...env, SKILL_ID: 'amzn1.ask.skill.12345678-90ab-cdef-1234-567890abcdef' } }, { ...OPTIONS, regions: ['NA', 'EU', 'FE'] }, regional);

      // Assess
      await expect(act).rejects.toThrow(StepFailedError);
      const args = ran[0]?.args.join(' ') ?? '';
      expect(args).toContain('-c liveVersion.NA=4 -c liveHistory.NA=2 -c liveVersion.EU=2 --all -c regions=NA,EU,FE');
      expect(args).not.toMatch(/liveVersion=|liveHistory\.EU|\.FE=/);
      expect(lines).toEqual(
        expect.arrayContaining([
          'live alias in NA (us-east-1): stays on version 4',
          'live alias in EU (eu-west-1): stays on version 2',
          'no live alias in FE (us-west-2) yet: live starts at the version this deployment publishes',
        ]),
      );
      expect(fe.requests.map((request) => request.path)).toEqual(['/2015-03-31/functions/VoiceShoppingSkill-FE-skill/aliases/live']);
    } finally {
      await Promise.all([na.close(), eu.close(), fe.close()]);
    }
  });

  it('with --regions, stops before anything runs when one region’s live alias cannot be read, naming the region', async () => {
    // Prepare: the global endpoint is the us-east-1 emulator, which refuses calls signed for the other regions
    const { root, home, env } = project();

    // Act
    const error = await deploy(
      { root, home, env: { ...env, SKILL_ID: 'amzn1.ask.skill.12345678-90ab-cdef-1234-567890abcdef' } },
      { ...OPTIONS, regions: ['NA', 'EU'] },
      noCommands(),
    ).catch((err: unknown) => err);

    // Assess
    expect(error).toBeInstanceOf(PreflightError);
    expect(String(error)).toMatch(/- the live alias of VoiceShoppingSkill-EU-skill in EU \(eu-west-1\) could not be read \(InvalidSignatureException\)/);
    expect(String(error)).not.toMatch(/VoiceShoppingSkill-NA-skill/);
  });

  it('stops before anything runs when the live alias cannot be read (a deploy that does not know what live runs would move it)', async () => {
    // Prepare
    const { root, home, env } = project();
    lambda.failNext(1, 403, 'AccessDeniedException');

    // Act
    const error = await deploy({ root, home, env }, OPTIONS, noCommands()).catch((err: unknown) => err);

    // Assess
    expect(error).toBeInstanceOf(PreflightError);
    expect(String(error)).toMatch(/the live alias of VoiceShoppingSkill-skill in us-east-1 could not be read \(AccessDeniedException\).*lambda:GetAlias/);
    expect(askStatesSkillId(root, 'default')).toBeUndefined();
  });

  it(
    'with a short token key in the secret, stops before the skill points at the function, saying what to put there',
    async () => {
      // Prepare
      const { root, home, env } = project({ outputs: { FunctionArn: ARN, DevelopmentAliasArn: DEVELOPMENT_ARN, SecretName: 'ShortSecret', AssociatesEnabled: 'false' } });
      secrets.setSecret('ShortSecret', JSON.stringify({ ...GOOD_SECRET, connectionTokenSecret: 'short' }));
      const ran: Command[] = [];

      // Act
      const act = deploy({ root, home, env }, { ...OPTIONS, skipInfra: true }, io(ran));

      // Assess
      await expect(act).rejects.toThrow(SecretNotReadyError);
      const error = await deploy({ root, home, env }, { ...OPTIONS, skipInfra: true }, io([])).catch((err: unknown) => err);
      expect(String(error)).toContain('connectionTokenSecret has 5 characters; it needs at least 32');
      expect(String(error)).toContain('aws secretsmanager put-secret-value --secret-id ShortSecret');
      expect(String(error)).not.toContain('Atzr|refresh');
      const skill = smapi.skills().find((candidate) => candidate.skillId === askStatesSkillId(root, 'default'));
      const manifest = JSON.parse(skill?.files.get('skill.json')?.toString('utf8') ?? '{}') as { manifest: { apis: { custom: Record<string, unknown> } } };
      expect(manifest.manifest.apis.custom['endpoint']).toBeUndefined();
    },
    SPAWNING_TEST_TIMEOUT,
  );

  it(
    'deploys the skill with the endpoint and its in-skill products, and leaves the tracked tree unchanged',
    async () => {
      // Prepare
      const { root, home, env } = project({ outputs: { FunctionArn: ARN, DevelopmentAliasArn: DEVELOPMENT_ARN, SecretName: SECRET_NAME, AssociatesEnabled: 'true' } });
      const ran: Command[] = [];
      const committedManifest = fs.readFileSync(path.join(root, 'skill-package', 'skill.json'), 'utf8');

      // Act
      await deploy({ root, home, env }, { ...OPTIONS, skipInfra: true }, io(ran));

      // Assess: the skill points at the development alias, in the package uploaded, not in the tracked file.
      const skillId = askStatesSkillId(root, 'default');
      const skill = smapi.skills().find((candidate) => candidate.skillId === skillId);
      expect(skill?.imports).toBe(2);
      const uploaded = JSON.parse(skill?.files.get('skill.json')?.toString('utf8') ?? '{}') as {
        manifest: { apis: { custom: { endpoint: { uri: string } } }; privacyAndCompliance: { shoppingKit: { isAmazonAssociatesOnAlexaEnabled: boolean } } };
      };
      expect(uploaded.manifest.apis.custom.endpoint.uri).toBe(DEVELOPMENT_ARN);
      expect(uploaded.manifest.privacyAndCompliance.shoppingKit.isAmazonAssociatesOnAlexaEnabled).toBe(true);
      expect([...(skill?.files.keys() ?? [])].some((file) => file.startsWith('isps/'))).toBe(false);
      expect(smapi.products().filter((product) => product.skills.has(skillId ?? 'none')).length).toBeGreaterThan(0);
      expect(ran.map((command) => `${path.basename(command.command)} ${command.args[0]}`)).toEqual(['ask deploy', 'ask deploy', 'npm run']);
      expect(fs.readFileSync(path.join(root, 'skill-package', 'skill.json'), 'utf8')).toBe(committedManifest);
      expect(committedManifest).toContain(PLACEHOLDER);
      expect(git(root, 'status', '--porcelain', '--untracked-files=all').stdout).toBe('');
    },
    SPAWNING_TEST_TIMEOUT,
  );

  it(
    'with regional stacks, checks each region’s secret in its region and uploads a regional endpoint per stack',
    async () => {
      // Prepare
      const regional = (code: string, awsRegion: string) => ({
        FunctionArn: ARN.replace('us-east-1', awsRegion),
        DevelopmentAliasArn: `${ARN.replace('us-east-1', awsRegion)}:development`,
        SecretName: SECRET_NAME,
        AssociatesEnabled: 'false',
        AlexaRegion: code,
      });
      const { root, home, env } = project({
        stacks: {
          'VoiceShoppingSkill-NA': regional('NA', 'us-east-1'),
          'VoiceShoppingSkill-EU': regional('EU', 'eu-west-1'),
          'VoiceShoppingSkill-FE': regional('FE', 'us-west-2'),
        },
      });
      const secretRegions: string[] = [];
      const real = io([]);
      const recording: DeployIo = {
        ...real,
        readSecret: (secretId, region) => {
          secretRegions.push(region);
          return real.readSecret(secretId, region);
        },
      };

      // Act
      await deploy({ root, home, env: { ...env, AWS_REGION: undefined } }, { ...OPTIONS, skipInfra: true, regions: ['NA', 'EU', 'FE'] }, recording);

      // Assess: what the SMAPI emulator accepted (it checks the manifest against ask-smapi-model).
      expect(secretRegions).toEqual(['us-east-1', 'eu-west-1', 'us-west-2']);
      const skill = smapi.skills().find((candidate) => candidate.skillId === askStatesSkillId(root, 'default'));
      const uploaded = JSON.parse(skill?.files.get('skill.json')?.toString('utf8') ?? '{}') as {
        manifest: { apis: { custom: { endpoint: { uri: string }; regions: Record<string, { endpoint: { uri: string } }> } } };
      };
      // Each region's development alias; North America's is the default endpoint.
      expect(uploaded.manifest.apis.custom.endpoint.uri).toBe(`${ARN}:development`);
      expect(Object.fromEntries(Object.entries(uploaded.manifest.apis.custom.regions).map(([code, config]) => [code, config.endpoint.uri.split(':')[3]]))).toEqual({
        NA: 'us-east-1',
        EU: 'eu-west-1',
        FE: 'us-west-2',
      });
      expect(git(root, 'status', '--porcelain', '--untracked-files=all').stdout).toBe('');
    },
    SPAWNING_TEST_TIMEOUT,
  );

  it('with --regions, plans one stack per region and checks each region’s bootstrap', async () => {
    // Prepare
    const { root, home, env } = project();
    const asked: string[] = [];
    const bootstrapVersion = async (region: string): Promise<string | undefined> => {
      asked.push(region);
      return region === 'eu-west-1' ? '29' : undefined;
    };

    // Act
    await deploy({ root, home, env: { ...env, AWS_REGION: undefined } }, { ...OPTIONS, dryRun: true, regions: ['NA', 'EU', 'FE'] }, noCommands());
    const act = deploy({ root, home, env }, { ...OPTIONS, regions: ['EU', 'FE'] }, { ...noCommands(), bootstrapVersion });

    // Assess
    expect(lines.join('\n')).toMatch(/3\. stack \(one stack per region: NA in us-east-1, EU in eu-west-1, FE in us-west-2\): npx cdk deploy .* --all -c regions=NA,EU,FE/);
    expect(lines.join('\n')).toMatch(/5\. skill package with the endpoint: .*regional endpoint \(NA, EU, FE; the default endpoint: NA's\)/);
    await expect(act).rejects.toThrow(/the CDK bootstrap in us-west-2: run `npx cdk bootstrap aws:\/\/<account>\/us-west-2`/);
    expect(asked).toEqual(['eu-west-1', 'us-west-2']);
  });

  it('with --dry-run prints every step and runs nothing', async () => {
    // Prepare
    const { root, home, env } = project();

    const asked = ssm.requested.length;

    // Act
    await deploy({ root, home, env }, { ...OPTIONS, dryRun: true }, noCommands());

    // Assess
    expect(lines.join('\n')).toMatch(
      /1\. preflight.*\n2\. skill package without an endpoint, to create the skill.*npx ask deploy --profile default\n3\. stack: npx cdk deploy .*-c skillId=<the id step 2 creates> -c liveVersion=<what the live alias runs[^>]*>\n4\. secret: .*\n5\. skill package with the endpoint.*\n6\. in-skill products: npm run isp -- apply/,
    );
    expect(askStatesSkillId(root, 'default')).toBeUndefined();
    expect(ssm.requested.length).toBe(asked);
  });
});

describe('secretProblems', () => {
  it.each([
    [
      'the secret as the stack creates it, for the Amazon Business catalog',
      { connectionTokenSecret: 'g'.repeat(64), lwaClientId: '', lwaClientSecret: '', lwaRefreshToken: '', productSearchUserEmail: '' },
      'amazon-business',
      ['lwaClientId is empty', 'lwaClientSecret is empty', 'lwaRefreshToken is empty', 'productSearchUserEmail is empty'],
    ],
    ['the secret as the stack creates it, for the embedded catalog', { connectionTokenSecret: 'g'.repeat(64), lwaClientId: '' }, 'embedded', []],
    ['a user that is not an email address', { ...GOOD_SECRET, productSearchUserEmail: 'buyer' }, 'amazon-business', ['productSearchUserEmail is not an email address']],
    ['a filled-in secret', GOOD_SECRET, 'amazon-business', []],
  ] as const)('%s', (_case, secret, catalog, problems) => {
    expect(secretProblems(JSON.stringify(secret), catalog)).toEqual(problems);
  });

  it('says when the value is not a JSON object, without repeating it', () => {
    expect(secretProblems('Atzr|a-token-pasted-alone', 'embedded')).toEqual(['it is not JSON']);
    expect(secretProblems('[]', 'embedded')).toEqual(['it is not a JSON object']);
    expect(secretProblems(undefined, 'embedded')).toEqual(['it has no value']);
  });
});
