/**
 * The connection-token key in Lambda: a missing, empty or short `connectionTokenSecret` in the
 * skill's secret fails every turn that needs the key (one that issues or reads a token), each
 * with an error line naming the secret and the key and the ConfigurationFailure metric the
 * stack alarms on, and the customer hears the skill's apology. A local run falls back to a
 * random key for the process, with a warning.
 */
import { MetricNames } from '../../lambda/config/metrics';
import { dependenciesFromEnvironment } from '../../lambda/dependencies';
import { createSkill } from '../../lambda/index';
import { SecretsSource } from '../../lambda/security/secrets';
import { createKeyProvider, MIN_SECRET_BYTES } from '../../lambda/security/tokenKey';
import { type SecretsManagerEmulator, startSecretsManagerEmulator } from '../emulators/secrets-manager';
import { launchRequest, sessionResumedRequest, speechOf } from '../support/envelopes';
import { captureLogs } from '../support/logs';
import { manageEnv } from '../support/managedEnv';

const SECRET_NAME = 'voice-shopping/skill';
const MANAGED_ENV = [
  'AWS_LAMBDA_FUNCTION_NAME',
  'SKILL_SECRET_ID',
  'CONNECTION_TOKEN_SECRET',
  'AWS_ENDPOINT_URL_SECRETS_MANAGER',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_REGION',
];

describe('the connection-token secret', () => {
  let emulator: SecretsManagerEmulator;
  manageEnv(MANAGED_ENV);

  beforeAll(async () => {
    emulator = await startSecretsManagerEmulator();
  });
  afterAll(async () => {
    await emulator.close();
  });
  beforeEach(() => {
    process.env['AWS_ENDPOINT_URL_SECRETS_MANAGER'] = emulator.url;
    process.env['AWS_ACCESS_KEY_ID'] = 'AKIDEXAMPLE';
    process.env['AWS_SECRET_ACCESS_KEY'] = 'fake-secret-access-key';
    process.env['AWS_REGION'] = 'us-east-1';
    process.env['SKILL_SECRET_ID'] = SECRET_NAME;
    delete process.env['CONNECTION_TOKEN_SECRET'];
  });

  /** The Lambda's dependencies, with a secrets source of this test's own (the container's caches). */
  function dependencies() {
    const source = new SecretsSource();
    return { ...dependenciesFromEnvironment(), tokenKey: createKeyProvider(async (signal) => (await source.load(signal)).connectionTokenSecret) };
  }

  it.each([
    ['missing', {}, 'missing or empty'],
    ['empty', { connectionTokenSecret: '' }, 'missing or empty'],
    ['31 bytes', { connectionTokenSecret: 'k'.repeat(MIN_SECRET_BYTES - 1) }, `31 bytes, shorter than ${MIN_SECRET_BYTES}`],
  ])('in Lambda, %s fails every turn that needs the key with an error naming the secret and the key, and the metric', async (_name, secret, problem) => {
    process.env['AWS_LAMBDA_FUNCTION_NAME'] = 'voice-shopping-skill';
    emulator.setSecret(SECRET_NAME, JSON.stringify(secret));
    const invoke = createSkill(dependencies());
    const logs = captureLogs();
    // A Shopping Action coming back: verifying its token needs the key.
    const resumed = () => sessionResumedRequest({ token: 'not-a-token-this-skill-issued', status: { code: '200', message: 'OK' } });

    let speeches: string[];
    try {
      speeches = (await Promise.all([invoke(resumed()), invoke(resumed())])).map(speechOf);
      speeches.push(speechOf(await invoke(resumed())));
    } finally {
      logs.restore();
    }

    expect(speeches).toHaveLength(3);
    for (const speech of speeches) expect(speech).toMatch(/something went wrong on my side/);
    const errors = logs.lines.filter((l) => l.record.event === 'token_secret_invalid');
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors[0]?.level).toBe('error');
    expect(errors[0]?.record).toMatchObject({ secret: SECRET_NAME, key: 'connectionTokenSecret', problem });
    expect(logs.lines.some((l) => l.record[MetricNames.ConfigurationFailure] === 1)).toBe(true);
  });

  it(`in Lambda, a key of ${MIN_SECRET_BYTES} bytes serves requests`, async () => {
    process.env['AWS_LAMBDA_FUNCTION_NAME'] = 'voice-shopping-skill';
    emulator.setSecret(SECRET_NAME, JSON.stringify({ connectionTokenSecret: 'k'.repeat(MIN_SECRET_BYTES) }));
    const invoke = createSkill(dependencies());

    expect(speechOf(await invoke(launchRequest()))).toMatch(/Welcome/);
  });

  it('outside Lambda, a short key means a random key for the process, with a warning, and requests are served', async () => {
    delete process.env['AWS_LAMBDA_FUNCTION_NAME'];
    emulator.setSecret(SECRET_NAME, JSON.stringify({ connectionTokenSecret: 'short' }));
    const deps = dependencies();
    const logs = captureLogs();

    let key: Uint8Array;
    let speech: string;
    try {
      key = await deps.tokenKey();
      speech = speechOf(await createSkill(deps)(launchRequest()));
    } finally {
      logs.restore();
    }

    expect(key).toHaveLength(32);
    expect(Buffer.from(key).toString('utf8')).not.toBe('short');
    expect(speech).toMatch(/Welcome/);
    expect(logs.lines.find((l) => l.record.event === 'connection_token_key_random')?.level).toBe('warn');
    expect(logs.events()).not.toContain('token_secret_invalid');
  });
});
