import { parseSecret, SecretsSource, SecretsMalformedError, SecretsUnavailableError } from '../../../lambda/security/secrets';
import { SECRET_KEYS } from '../../../lambda/config/secretKeys';
import { type SecretsManagerEmulator, startSecretsManagerEmulator } from '../../emulators/secrets-manager';
import { MetricNames } from '../../../lambda/config/metrics';
import { captureLogs } from '../../support/logs';
import { manageEnv } from '../../support/managedEnv';

const SECRET_NAME = 'voice-shopping/skill';
const FULL_SECRET = {
  connectionTokenSecret: 'generated-hmac-key-0123456789',
  lwaClientId: 'amzn1.application-oa2-client.test',
  lwaClientSecret: 'client-secret-value',
  lwaRefreshToken: 'Atzr|refresh-token-value',
  productSearchUserEmail: 'buyer@example.com',
};
const MANAGED_ENV = [
  'SKILL_SECRET_ID',
  'CONNECTION_TOKEN_SECRET',
  'LWA_CLIENT_ID',
  'LWA_CLIENT_SECRET',
  'LWA_REFRESH_TOKEN',
  'PRODUCT_SEARCH_USER_EMAIL',
  'AWS_ENDPOINT_URL_SECRETS_MANAGER',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_REGION',
  'AWS_EC2_METADATA_DISABLED',
];

describe('the skill secrets (SecretsSource)', () => {
  let source: SecretsSource;
  let emulator: SecretsManagerEmulator;
  manageEnv(MANAGED_ENV);

  beforeAll(async () => {
    emulator = await startSecretsManagerEmulator({ secrets: { [SECRET_NAME]: JSON.stringify(FULL_SECRET) } });
  });

  afterAll(async () => {
    await emulator.close();
  });

  beforeEach(() => {
    for (const name of MANAGED_ENV) delete process.env[name];
    process.env['AWS_ENDPOINT_URL_SECRETS_MANAGER'] = emulator.url;
    process.env['AWS_ACCESS_KEY_ID'] = 'AKIDEXAMPLE';
    process.env['AWS_SECRET_ACCESS_KEY'] = 'fake-secret-access-key';
    process.env['AWS_REGION'] = 'us-east-1';
    process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
    emulator.setSecret(SECRET_NAME, JSON.stringify(FULL_SECRET));
    emulator.failNext(0);
    source = new SecretsSource();
  });

  it('reads every key from the secret with a signed GetSecretValue call', async () => {
    // Prepare
    process.env['SKILL_SECRET_ID'] = SECRET_NAME;
    const before = emulator.requests.length;

    // Act
    const secrets = await source.load();

    // Assess
    expect(secrets).toEqual(FULL_SECRET);
    const calls = emulator.requests.slice(before);
    expect(calls).toEqual([{ target: 'secretsmanager.GetSecretValue', secretId: SECRET_NAME, signed: true }]);
  });

  it('fetches the secret once per container, even for concurrent callers', async () => {
    // Prepare
    process.env['SKILL_SECRET_ID'] = SECRET_NAME;
    const before = emulator.requests.length;

    // Act
    const [first, second] = await Promise.all([source.load(), source.load()]);
    const third = await source.load();

    // Assess
    expect(first).toBe(second);
    expect(third).toBe(first);
    expect(emulator.requests.length - before).toBe(1);
  });

  it('retries on the next call after a failed fetch instead of caching the failure', async () => {
    // Prepare: two failures exhaust the client's two attempts
    process.env['SKILL_SECRET_ID'] = SECRET_NAME;
    emulator.failNext(2, 500, 'InternalServiceError');

    // Act
    const failed = source.load();
    await expect(failed).rejects.toBeInstanceOf(SecretsUnavailableError);
    const recovered = await source.load();

    // Assess
    expect(recovered.lwaClientId).toBe(FULL_SECRET.lwaClientId);
  });

  it('reports a missing secret with the AWS error name and no secret value', async () => {
    // Prepare
    process.env['SKILL_SECRET_ID'] = 'does-not-exist';

    // Act
    const error: unknown = await source.load().catch((err: unknown) => err);

    // Assess
    expect(error).toBeInstanceOf(SecretsUnavailableError);
    expect(error).toMatchObject({ secretId: 'does-not-exist', errorName: 'ResourceNotFoundException' });
    expect(String(error)).not.toContain(FULL_SECRET.lwaClientSecret);
  });

  it.each([
    ['AccessDeniedException', 400],
    ['UnrecognizedClientException', 400],
    ['DecryptionFailure', 400],
  ])('logs %s as a configuration failure: an error line with the metric the stack alarms on', async (type, status) => {
    // Prepare
    process.env['SKILL_SECRET_ID'] = SECRET_NAME;
    emulator.failNext(1, status, type);
    const logs = captureLogs();

    // Act
    try {
      await source.load().catch(() => undefined);
    } finally {
      logs.restore();
    }

    // Assess
    const failure = logs.lines.find((l) => l.record.event === 'aws_configuration_failure');
    expect(failure?.level).toBe('error');
    expect(failure?.record).toMatchObject({ service: 'secretsmanager', operation: 'GetSecretValue', errorType: type });
    expect(logs.lines.some((l) => l.record[MetricNames.ConfigurationFailure] === 1)).toBe(true);
  });

  it('keeps a transient Secrets Manager failure out of the configuration metric', async () => {
    // Prepare
    process.env['SKILL_SECRET_ID'] = SECRET_NAME;
    emulator.failNext(2, 500, 'InternalServiceError');
    const logs = captureLogs();

    // Act
    try {
      await source.load().catch(() => undefined);
    } finally {
      logs.restore();
    }

    // Assess
    expect(logs.events()).not.toContain('aws_configuration_failure');
  });

  it('treats the empty placeholders the stack creates as unset', async () => {
    // Prepare: the shape the CDK stack's generateSecretString produces before an operator fills it in
    process.env['SKILL_SECRET_ID'] = SECRET_NAME;
    emulator.setSecret(SECRET_NAME, JSON.stringify({ connectionTokenSecret: 'generated', lwaClientId: '', lwaClientSecret: '', lwaRefreshToken: '', productSearchUserEmail: '' }));

    // Act
    const secrets = await source.load();

    // Assess
    expect(secrets).toEqual({ connectionTokenSecret: 'generated' });
  });

  it('rejects a secret that is not JSON without echoing its text', async () => {
    // Prepare
    process.env['SKILL_SECRET_ID'] = SECRET_NAME;
    emulator.setSecret(SECRET_NAME, 'plain-text-password');

    // Act
    const error: unknown = await source.load().catch((err: unknown) => err);

    // Assess
    expect(error).toBeInstanceOf(SecretsMalformedError);
    expect(String(error)).not.toContain('plain-text-password');
  });

  it('reads the plain environment variables when no secret id is set, without calling AWS', async () => {
    // Prepare
    process.env['CONNECTION_TOKEN_SECRET'] = 'local-key';
    process.env['LWA_CLIENT_ID'] = 'local-client';
    process.env['PRODUCT_SEARCH_USER_EMAIL'] = '  ';
    const before = emulator.requests.length;

    // Act
    const secrets = await source.load();

    // Assess
    expect(secrets).toEqual({ connectionTokenSecret: 'local-key', lwaClientId: 'local-client' });
    expect(emulator.requests.length).toBe(before);
  });
});

describe('parseSecret', () => {
  it.each([
    ['an array', '[]', 'not a JSON object'],
    ['a string', '"text"', 'not a JSON object'],
    ['null', 'null', 'not a JSON object'],
    ['a number where a string belongs', '{"lwaClientId": 42}', 'lwaClientId is not a string'],
  ])('rejects %s', (_label, text, problem) => {
    // Act
    const act = () => parseSecret('id', text);

    // Assess
    expect(act).toThrow(SecretsMalformedError);
    expect(act).toThrow(problem);
  });

  it('ignores keys outside the contract', () => {
    // Act
    const secrets = parseSecret('id', JSON.stringify({ lwaClientId: 'x', somethingElse: 'y' }));

    // Assess
    expect(secrets).toEqual({ lwaClientId: 'x' });
  });

  it('names exactly the five keys the stack and the runtime share', () => {
    // Assess
    expect([...SECRET_KEYS].sort()).toEqual(['connectionTokenSecret', 'lwaClientId', 'lwaClientSecret', 'lwaRefreshToken', 'productSearchUserEmail']);
  });
});
