/**
 * `npm run deploy:skill` with the real ASK CLI (ask-cli 2.30.7, `node_modules/.bin/ask`) against
 * the SMAPI emulator, in the three ways `ask` picks its profile: `default`, ASK_DEFAULT_PROFILE,
 * and CI environment mode (AWS keys + ASK_REFRESH_TOKEN + ASK_VENDOR_ID →
 * `__ENVIRONMENT_ASK_PROFILE__`). Each run uses a temporary HOME and a copy of the project
 * (the real ask-resources.json and skill-package/), and the emulator must receive exactly the
 * files of skill-package/ except isps/, which `npm run isp` owns, with the endpoint the deploy
 * chose in skill.json (none before the stack exists; never the committed placeholder). A bare
 * `ask deploy` in a fresh clone uploads nothing and names the command that builds the package.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { askStatesSkillId } from '../../../infra/ask-cli';
import { removeEndpoint } from '../../../infra/deploy/endpoint';
import { planIspSync } from '../../../infra/deploy/isps';
import { ASK_ENV_PROFILE, type Context } from '../../../infra/deploy/prerequisites';
import { NOT_UPLOADED, planSkillDeploy, STAGED_PACKAGE, stageSkillPackage } from '../../../infra/deploy/skill';
import { EMULATOR_CREDENTIALS, type SmapiEmulator, startSmapiEmulator } from '../../emulators/smapi';

const ROOT = path.resolve(__dirname, '../../..');
const PACKAGE = path.join(ROOT, 'skill-package');

function listFiles(dir: string, relative = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const name = relative === '' ? entry.name : `${relative}/${entry.name}`;
    return entry.isDirectory() ? listFiles(path.join(dir, entry.name), name) : [name];
  });
}

/** A profile as `ask configure` writes it, with an access token that has expired so `ask` refreshes it. */
const cliProfile = (refreshToken: string) => ({
  token: { access_token: 'Atza|expired', refresh_token: refreshToken, token_type: 'bearer', expires_in: 3600, expires_at: '2000-01-01T00:00:00.000Z' },
  vendor_id: EMULATOR_CREDENTIALS.vendorId,
});
const WRONG_TOKEN = 'Atzr|a-token-the-emulator-refuses';

interface Mode {
  readonly name: string;
  /** The profile `ask` must use, and under which it records the skill id. */
  readonly profile: string;
  readonly env: NodeJS.ProcessEnv;
  /** ~/.ask/cli_config profiles; undefined: no ASK CLI configuration at all. */
  readonly cliProfiles: Record<string, object> | undefined;
}

const MODES: readonly Mode[] = [
  { name: 'the default profile', profile: 'default', env: {}, cliProfiles: { default: cliProfile(EMULATOR_CREDENTIALS.refreshToken), staging: cliProfile(WRONG_TOKEN) } },
  // `default` holds a token the emulator refuses: the deploy can only succeed with `staging`.
  {
    name: 'ASK_DEFAULT_PROFILE=staging',
    profile: 'staging',
    env: { ASK_DEFAULT_PROFILE: 'staging' },
    cliProfiles: { default: cliProfile(WRONG_TOKEN), staging: cliProfile(EMULATOR_CREDENTIALS.refreshToken) },
  },
  // CI: no ~/.ask at all, and ASK_DEFAULT_PROFILE set too: the environment profile wins, as in ask itself.
  {
    name: 'CI environment mode',
    profile: ASK_ENV_PROFILE,
    env: {
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'not-a-real-secret',
      ASK_REFRESH_TOKEN: EMULATOR_CREDENTIALS.refreshToken,
      ASK_VENDOR_ID: EMULATOR_CREDENTIALS.vendorId,
      ASK_DEFAULT_PROFILE: 'staging',
    },
    cliProfiles: undefined,
  },
];

/** A bare environment for ask-cli: only PATH, a private HOME, and SMAPI and LWA on the emulator. */
function askEnv(home: string, emulatorUrl: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env['PATH'],
    HOME: home,
    ASK_SMAPI_SERVER_BASE_URL: emulatorUrl,
    ASK_LWA_TOKEN_HOST: emulatorUrl,
    ASK_SHARE_USAGE: 'false',
    ASK_SKIP_NEW_VERSION_REMINDER: 'true',
  };
}

function runAsk(command: string, args: readonly string[], env: NodeJS.ProcessEnv, cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(command, [...args], { cwd, env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, output: `${stdout}\n${stderr}` });
    });
  });
}

describe('npm run deploy:skill through the real ASK CLI', () => {
  let emulator: SmapiEmulator;
  const temporary: string[] = [];
  /** Each mode's project and context, for the follow-up deploy. */
  const deployed = new Map<string, Context>();
  const expectedFiles = listFiles(PACKAGE)
    .filter((file) => !NOT_UPLOADED.some((folder) => file.startsWith(`${folder}/`)))
    .sort();

  beforeAll(async () => {
    emulator = await startSmapiEmulator();
  });

  afterAll(async () => {
    await emulator.close();
    for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
  });

  const tempDir = (prefix: string): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    temporary.push(dir);
    return dir;
  };

  it('has something to compare: a manifest, the models and in-skill products that must stay behind', () => {
    expect(expectedFiles).toEqual(expect.arrayContaining(['skill.json', 'interactionModels/custom/en-US.json', 'interactionModels/custom/en-GB.json']));
    expect(listFiles(PACKAGE).some((file) => file.startsWith('isps/'))).toBe(true);
  });

  it('a bare `ask deploy` in a fresh clone uploads nothing and points at npm run deploy', async () => {
    // Prepare: the project as cloned (no .ask/), and a working profile.
    const root = tempDir('ask-fresh-');
    const home = tempDir('ask-home-');
    fs.copyFileSync(path.join(ROOT, 'ask-resources.json'), path.join(root, 'ask-resources.json'));
    fs.cpSync(PACKAGE, path.join(root, 'skill-package'), { recursive: true });
    fs.mkdirSync(path.join(home, '.ask'));
    fs.writeFileSync(path.join(home, '.ask', 'cli_config'), JSON.stringify({ profiles: { default: cliProfile(EMULATOR_CREDENTIALS.refreshToken) } }));
    const env = askEnv(home, emulator.url);
    const callsBefore = emulator.calls().length;

    // Act
    const result = await runAsk(path.join(ROOT, 'node_modules', '.bin', 'ask'), ['deploy'], env, root);

    // Assess
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`The skillMetadata src file ${STAGED_PACKAGE} does not exist.`);
    expect(STAGED_PACKAGE).toContain('npm-run-deploy');
    expect(emulator.calls().length).toBe(callsBefore);
  });

  it('stops in CI mode when ask-resources.json has only the default profile (why the file lists all three)', async () => {
    // Prepare
    const root = tempDir('ask-project-');
    const home = tempDir('ask-home-');
    fs.writeFileSync(
      path.join(root, 'ask-resources.json'),
      JSON.stringify({ askcliResourcesVersion: '2020-03-31', profiles: { default: { skillMetadata: { src: STAGED_PACKAGE } } } }),
    );
    fs.cpSync(PACKAGE, path.join(root, 'skill-package'), { recursive: true });
    stageSkillPackage(root);
    const ci = MODES.find((mode) => mode.profile === ASK_ENV_PROFILE)?.env ?? {};
    const env = { ...askEnv(home, emulator.url), ...ci };
    const callsBefore = emulator.calls().length;

    // Act: the bare `ask deploy`, as the README used to run it
    const result = await runAsk(path.join(ROOT, 'node_modules', '.bin', 'ask'), ['deploy'], env, root);

    // Assess
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`Profile [${ASK_ENV_PROFILE}] does not exist`);
    expect(emulator.calls().length).toBe(callsBefore);
  });

  it.each(MODES)('deploys the package with $name', async (mode) => {
    // Prepare: a copy of the project, a HOME with only what the mode needs.
    const root = tempDir('ask-project-');
    const home = tempDir('ask-home-');
    fs.copyFileSync(path.join(ROOT, 'ask-resources.json'), path.join(root, 'ask-resources.json'));
    fs.cpSync(PACKAGE, path.join(root, 'skill-package'), { recursive: true });
    if (mode.cliProfiles !== undefined) {
      fs.mkdirSync(path.join(home, '.ask'));
      fs.writeFileSync(path.join(home, '.ask', 'cli_config'), JSON.stringify({ profiles: mode.cliProfiles }));
    }
    const env: NodeJS.ProcessEnv = {
      PATH: process.env['PATH'],
      HOME: home,
      ASK_SMAPI_SERVER_BASE_URL: emulator.url,
      ASK_LWA_TOKEN_HOST: emulator.url,
      // The LWA client the emulator's token endpoint knows (in real use, the ASK CLI's own).
      ASK_LWA_CLIENT_ID: EMULATOR_CREDENTIALS.clientId,
      ASK_LWA_CLIENT_CONFIRMATION: EMULATOR_CREDENTIALS.clientSecret,
      ...mode.env,
    };
    const ctx: Context = { env, home, root };
    const skillsBefore = new Set(emulator.skills().map((skill) => skill.skillId));

    // Act: what `npm run deploy:skill` does, with the real `ask` binary.
    const command = planSkillDeploy(ctx);
    stageSkillPackage(root);
    const result = await runAsk(command.command, command.args, command.env, command.cwd ?? root);

    // Assess: ask used the mode's profile and recorded the new skill under it.
    expect({ code: result.code, output: result.code === 0 ? '' : result.output }).toEqual({ code: 0, output: '' });
    expect(command.args).toEqual(['deploy', '--profile', mode.profile]);
    expect(result.output).not.toMatch(/NPM registry|latest version/i);
    const skillId = askStatesSkillId(root, mode.profile);
    const created = emulator.skills().filter((skill) => !skillsBefore.has(skill.skillId));
    expect(created.map((skill) => skill.skillId)).toEqual([skillId]);
    const skill = created[0];

    // The emulator received exactly the files of skill-package/ but isps/, byte for byte but for
    // skill.json, which has no endpoint yet (no stack, so no function), and enabled the skill.
    expect([...(skill?.files.keys() ?? [])].sort()).toEqual(expectedFiles);
    for (const file of expectedFiles.filter((name) => name !== 'skill.json')) {
      expect({ file, same: skill?.files.get(file)?.equals(fs.readFileSync(path.join(PACKAGE, file))) }).toEqual({ file, same: true });
    }
    expect(skill?.files.get('skill.json')?.toString('utf8')).toBe(removeEndpoint(fs.readFileSync(path.join(PACKAGE, 'skill.json'), 'utf8')));
    expect(skill?.enabled).toBe(true);
    expect(fs.existsSync(path.join(root, STAGED_PACKAGE, 'skill.json'))).toBe(true);

    deployed.set(mode.profile, ctx);

    // The next step reads the same profile's skill id and passes the same profile on.
    const isps = planIspSync(ctx);
    expect(isps.args).toEqual(expect.arrayContaining(['--profile', mode.profile, '--skill-id', skillId ?? 'none']));
  });

  it('updates the same skill on the next deploy, with the stack’s ARN as the staged endpoint', async () => {
    // Prepare
    const ctx = deployed.get('default');
    if (ctx === undefined) throw new Error('the default-profile deploy did not run');
    const skillId = askStatesSkillId(ctx.root, 'default');
    const arn = 'arn:aws:lambda:eu-west-1:123456789012:function:VoiceShoppingSkill-Updated';

    // Act
    const command = planSkillDeploy(ctx);
    stageSkillPackage(ctx.root, { arn });
    const result = await runAsk(command.command, command.args, command.env, command.cwd ?? ctx.root);

    // Assess
    expect({ code: result.code, output: result.code === 0 ? '' : result.output }).toEqual({ code: 0, output: '' });
    expect(askStatesSkillId(ctx.root, 'default')).toBe(skillId);
    const skill = emulator.skills().find((candidate) => candidate.skillId === skillId);
    expect(skill?.imports).toBe(2);
    const manifest = JSON.parse(skill?.files.get('skill.json')?.toString('utf8') ?? '{}') as { manifest: { apis: { custom: { endpoint: { uri: string } } } } };
    expect(manifest.manifest.apis.custom.endpoint.uri).toBe(arn);
    expect(emulator.calls().some((call) => call.operation === 'importSkillPackage' && call.path === `/v1/skills/${skillId}/imports` && call.status === 202)).toBe(true);
  });

  it('leaves what ask deploy writes (.ask/: states, the staged package) out of git', () => {
    const ignored = fs
      .readFileSync(path.join(ROOT, '.gitignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim());
    expect(ignored).toContain('.ask/');
    expect(STAGED_PACKAGE.startsWith('./.ask/')).toBe(true);
  });

  it('sent every call with a token the emulator issued', () => {
    // Assess: a wrong profile's token would have shown up as a 401.
    expect(emulator.calls().filter((call) => call.status === 401)).toEqual([]);
    expect(emulator.calls().map((call) => call.operation)).toEqual(
      expect.arrayContaining(['createUpload', 'uploadSkillPackage', 'createSkillPackage', 'getImportStatus', 'setSkillEnablement']),
    );
  });
});
