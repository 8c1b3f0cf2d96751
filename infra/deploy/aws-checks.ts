/**
 * What the deploy asks AWS before it changes anything, and between its steps: whether the CDK
 * bootstrap is there, and whether the skill's secret holds what the skill needs. The secret is
 * checked once the stack has created it and before the skill points at the function: a skill
 * that answers "this skill can't reach its Amazon Business account" is worse than one not yet
 * switched over. Secret values are never printed: only which key is missing or too short.
 */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { type SecretKey, SECRET_KEYS } from '../../lambda/config/secretKeys';
import { type CatalogKind, CatalogKinds } from '../../lambda/config/env';
import { GENERATED_SECRET_KEY, MIN_TOKEN_KEY_LENGTH } from '../constructs/skill-secret';

/** The keys only the Amazon Business catalog needs (the Product Search API's LWA client and user). */
const CATALOG_KEYS: readonly SecretKey[] = SECRET_KEYS.filter((key) => key !== GENERATED_SECRET_KEY);

/** What is wrong with the secret's JSON, one line per key; empty when the skill can use it. */
export function secretProblems(secretString: string | undefined, catalog: CatalogKind): string[] {
  if (secretString === undefined) return ['it has no value'];
  let parsed: unknown;
  try {
    parsed = JSON.parse(secretString);
  } catch {
    return ['it is not JSON'];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return ['it is not a JSON object'];
  const values = parsed as Record<string, unknown>;
  const text = (key: SecretKey): string => (typeof values[key] === 'string' ? String(values[key]).trim() : '');
  const problems: string[] = [];
  const tokenKey = text(GENERATED_SECRET_KEY);
  if (tokenKey.length < MIN_TOKEN_KEY_LENGTH) {
    problems.push(`${GENERATED_SECRET_KEY} has ${tokenKey.length} characters; it needs at least ${MIN_TOKEN_KEY_LENGTH} (keep the 64 the stack generated)`);
  }
  if (catalog === CatalogKinds.AmazonBusiness) {
    for (const key of CATALOG_KEYS) if (text(key) === '') problems.push(`${key} is empty`);
    const email = text('productSearchUserEmail');
    if (email !== '' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) problems.push('productSearchUserEmail is not an email address');
  }
  return problems;
}

/** The secret's string, through the AWS SDK's default credential chain (profiles, SSO, roles). */
export async function readSecretString(secretId: string, region: string): Promise<string | undefined> {
  const client = new SecretsManagerClient({ region });
  try {
    return (await client.send(new GetSecretValueCommand({ SecretId: secretId }))).SecretString;
  } finally {
    client.destroy();
  }
}

/**
 * The CDK bootstrap version of the account and region, from the SSM parameter `cdk bootstrap`
 * writes (`/cdk-bootstrap/<qualifier>/version`; AWS CDK Developer Guide, "Bootstrapping");
 * undefined when the environment is not bootstrapped.
 */
export async function bootstrapVersion(region: string, qualifier = 'hnb659fds'): Promise<string | undefined> {
  const client = new SSMClient({ region });
  try {
    return (await client.send(new GetParameterCommand({ Name: `/cdk-bootstrap/${qualifier}/version` }))).Parameter?.Value;
  } catch (err) {
    if (err instanceof Error && err.name === 'ParameterNotFound') return undefined;
    throw err;
  } finally {
    client.destroy();
  }
}
