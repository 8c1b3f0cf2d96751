/**
 * The skill's credentials, from one Secrets Manager secret in Lambda or from plain
 * environment variables locally.
 *
 * When `SKILL_SECRET_ID` is set, the secret is fetched once per container: the promise is
 * cached so concurrent callers share one request, and a failed fetch is dropped from the cache
 * so the next invocation tries again (a transient throttle must not poison a warm container).
 *
 * The secret is a JSON object whose keys are SECRET_KEYS (./secretKeys.ts). That list is the contract
 * with the CDK stack (`infra/constructs/skill-secret.ts`), which creates the secret with those
 * keys: a generated `connectionTokenSecret` and empty strings for the rest. Empty strings
 * mean "not configured", like blank environment variables do in `env()`.
 *
 * The read goes through the skill's own signed JSON client (`lambda/aws/awsJsonClient.ts`),
 * bundled, not `@aws-sdk/client-secrets-manager`: loading that SDK costs tens of milliseconds
 * on the first turn that needs the secret, for one call. Not the AWS Parameters and Secrets
 * Lambda Extension either: it is one more process to start in every new container, and its
 * cache saves nothing here since the secret is already read once per container.
 */
import { AwsJsonClient, AwsServiceError } from '../aws/awsJsonClient';
import { PromiseCache } from '../util/promiseCache';
import { EnvNames, env } from '../config/env';
import { SECRET_ENV_FALLBACKS, SECRET_KEYS, type SkillSecrets } from '../config/secretKeys';
import { isRecord } from '../util/guards';
import { reportConfigurationFailure } from '../aws/configurationFailure';

export type { SkillSecrets } from '../config/secretKeys';

export class SecretsError extends Error {
  constructor(
    message: string,
    /** Name or ARN of the secret: an identifier, never a value. */
    readonly secretId: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The secret could not be read (network, permissions, missing secret, throttling). */
export class SecretsUnavailableError extends SecretsError {
  constructor(
    secretId: string,
    /** The AWS error name (e.g. `ResourceNotFoundException`), when there is one. */
    readonly errorName: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(`Secret ${secretId} could not be read${errorName === undefined ? '' : ` (${errorName})`}`, secretId, options);
  }
}

/** The secret was read but is not the expected JSON object. The message names the problem, never a value. */
export class SecretsMalformedError extends SecretsUnavailableError {
  constructor(
    secretId: string,
    readonly problem: string,
  ) {
    super(secretId, undefined);
    this.message = `Secret ${secretId} is malformed: ${problem}`;
  }
}

/**
 * Two attempts keep one retry inside Alexa's ~8 s response budget; each has 2 s (an answer
 * normally takes tens of milliseconds in the same region).
 */
const SECRET_ATTEMPTS = 2;
const SECRET_ATTEMPT_TIMEOUT_MS = 2000;

/**
 * Where the secrets come from, with its own cache and client: the container has one
 * (`loadSecrets`); a test makes a fresh one for each case instead of resetting shared state.
 */
export class SecretsSource {
  /** Keyed by the secret id, so a changed `SKILL_SECRET_ID` reads the new secret. */
  private readonly cached = new PromiseCache<SkillSecrets>();
  private client: AwsJsonClient | undefined;

  /**
   * @param signal the turn's deadline (lambda/util/deadline.ts): a read still running when it
   * passes is aborted, and the failed read is not cached, so the next turn tries again.
   */
  load(signal?: AbortSignal): Promise<SkillSecrets> {
    const secretId = env(EnvNames.SecretId);
    if (secretId === undefined) return Promise.resolve(fromEnvironment());
    return this.cached.get(() => fetchSecret(this.clientFor(), secretId, signal), secretId);
  }

  private clientFor(): AwsJsonClient {
    this.client ??= new AwsJsonClient({
      service: 'secretsmanager',
      targetPrefix: 'secretsmanager',
      jsonVersion: '1.1',
      // The variables the AWS SDKs read for a service endpoint (AWS SDKs and Tools reference, "Service-specific endpoints").
      endpoint: env('AWS_ENDPOINT_URL_SECRETS_MANAGER') ?? env('AWS_ENDPOINT_URL'),
      attemptTimeoutMs: SECRET_ATTEMPT_TIMEOUT_MS,
      maxAttempts: SECRET_ATTEMPTS,
    });
    return this.client;
  }
}

/** The container's one source: the secret is read once per container, by whoever asks first. */
const containerSecrets = new SecretsSource();

/** The skill's secrets, through the container's source (see SecretsSource.load). */
export function loadSecrets(signal?: AbortSignal): Promise<SkillSecrets> {
  return containerSecrets.load(signal);
}

function fromEnvironment(): SkillSecrets {
  const secrets: SkillSecrets = {};
  for (const key of SECRET_KEYS) {
    const value = env(SECRET_ENV_FALLBACKS[key]);
    if (value !== undefined) secrets[key] = value;
  }
  return secrets;
}

async function fetchSecret(client: AwsJsonClient, secretId: string, signal: AbortSignal | undefined): Promise<SkillSecrets> {
  let secretString: unknown;
  try {
    const output = await client.call<{ SecretString?: unknown }>('GetSecretValue', { SecretId: secretId }, signal === undefined ? {} : { signal });
    secretString = output.SecretString;
  } catch (err) {
    reportConfigurationFailure('secretsmanager', 'GetSecretValue', err);
    const errorName = err instanceof AwsServiceError ? err.type : err instanceof Error ? err.name : undefined;
    throw new SecretsUnavailableError(secretId, errorName, { cause: err });
  }
  if (typeof secretString !== 'string') throw new SecretsMalformedError(secretId, 'it has no SecretString (binary secrets are not supported)');
  return parseSecret(secretId, secretString);
}

/** Exported for tests: turns the secret's text into {@link SkillSecrets}, or says what is wrong with it. */
export function parseSecret(secretId: string, secretString: string): SkillSecrets {
  let parsed: unknown;
  try {
    parsed = JSON.parse(secretString);
  } catch {
    throw new SecretsMalformedError(secretId, 'it is not JSON');
  }
  if (!isRecord(parsed)) {
    throw new SecretsMalformedError(secretId, 'it is not a JSON object');
  }
  const record = parsed as Record<string, unknown>;
  const secrets: SkillSecrets = {};
  for (const key of SECRET_KEYS) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw new SecretsMalformedError(secretId, `key ${key} is not a string`);
    const trimmed = value.trim();
    if (trimmed !== '') secrets[key] = trimmed;
  }
  return secrets;
}
