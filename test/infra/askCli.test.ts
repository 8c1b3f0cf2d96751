/**
 * The one reader of the ASK CLI's files (infra/ask-cli.ts), used by the deploy steps and by the
 * ISP sync: profile choice, a profile's refresh token and vendor id, and ask-states skill ids.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ASK_ENV_PROFILE, askProfileName, askStatesSkillId, askVendorId, readAskCliProfile } from '../../infra/ask-cli';
import { loadCredentials } from '../../infra/isp/credentials';

describe('ASK CLI configuration', () => {
  let home: string;
  const client = () => ({ clientId: 'cli-client', clientSecret: 'cli-secret' });

  beforeEach(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'ask-home-'));
  });

  afterEach(() => {
    fs.rmSync(home, { recursive: true, force: true });
  });

  const writeConfig = (profiles: unknown): void => {
    fs.mkdirSync(path.join(home, '.ask'), { recursive: true });
    fs.writeFileSync(path.join(home, '.ask', 'cli_config'), JSON.stringify({ profiles }));
  };

  it('picks the profile as ask does: environment profile in CI, else ASK_DEFAULT_PROFILE, else default', () => {
    // Prepare
    const ci = { AWS_ACCESS_KEY_ID: 'AK', AWS_SECRET_ACCESS_KEY: 'SK', ASK_REFRESH_TOKEN: 'Atzr|x', ASK_VENDOR_ID: 'V' };
    // Act / Assess
    expect(askProfileName(ci)).toBe(ASK_ENV_PROFILE);
    expect(askProfileName({ ...ci, ASK_VENDOR_ID: ' ', ASK_DEFAULT_PROFILE: 'staging' })).toBe('staging');
    expect(askProfileName({})).toBe('default');
  });

  it('tells a missing file from a missing profile, and reads token and vendor of a named profile', () => {
    // Prepare
    const before = readAskCliProfile(home, 'ci');
    writeConfig({ ci: { token: { refresh_token: 'Atzr|ci' }, vendor_id: 'M1CI' }, bare: {} });
    // Act
    const ci = readAskCliProfile(home, 'ci');
    const bare = readAskCliProfile(home, 'bare');
    const missing = readAskCliProfile(home, 'other');
    // Assess
    expect(before).toEqual({ found: false, reason: 'no-config' });
    expect(ci).toEqual({ found: true, profile: { refreshToken: 'Atzr|ci', vendorId: 'M1CI' } });
    expect(bare).toEqual({ found: true, profile: { refreshToken: undefined, vendorId: undefined } });
    expect(missing).toEqual({ found: false, reason: 'no-profile' });
  });

  it("takes the vendor id from a named profile first, ASK_VENDOR_ID otherwise, and the environment's for the environment profile", () => {
    // Prepare
    writeConfig({ ci: { vendor_id: 'M1CI' }, bare: {}, [ASK_ENV_PROFILE]: { vendor_id: 'M1IGNORED' } });
    const env = { ASK_VENDOR_ID: ' M1ENV ' };
    // Act / Assess
    expect(askVendorId(env, home, 'ci')).toBe('M1CI');
    expect(askVendorId(env, home, 'bare')).toBe('M1ENV');
    expect(askVendorId(env, home, ASK_ENV_PROFILE)).toBe('M1ENV');
    expect(askVendorId({}, home, 'bare')).toBeUndefined();
  });

  it('gives the ISP sync the same profile values as the deploy steps', async () => {
    // Prepare
    writeConfig({ ci: { token: { refresh_token: 'Atzr|ci' } } });
    // Act
    const credentials = await loadCredentials({ env: { ASK_VENDOR_ID: 'M1ENV' }, homeDir: home, profile: 'ci', askCliClient: client });
    const noToken = loadCredentials({ env: {}, homeDir: home, profile: 'absent', askCliClient: client });
    // Assess
    expect(credentials).toEqual({ clientId: 'cli-client', clientSecret: 'cli-secret', refreshToken: 'Atzr|ci', vendorId: 'M1ENV', source: 'profile ci' });
    await expect(noToken).rejects.toMatchObject({ name: 'CredentialsError', exitCode: 2, message: 'ASK CLI profile "absent" not found in ~/.ask/cli_config' });
  });

  it('reads the skill id ask deploy recorded for a profile', () => {
    // Prepare
    fs.mkdirSync(path.join(home, '.ask'), { recursive: true });
    fs.writeFileSync(path.join(home, '.ask', 'ask-states.json'), JSON.stringify({ profiles: { default: { skillId: 'amzn1.ask.skill.1' }, empty: { skillId: '' } } }));
    // Act / Assess
    expect(askStatesSkillId(home, 'default')).toBe('amzn1.ask.skill.1');
    expect(askStatesSkillId(home, 'empty')).toBeUndefined();
    expect(askStatesSkillId(path.join(home, 'none'), 'default')).toBeUndefined();
  });
});
