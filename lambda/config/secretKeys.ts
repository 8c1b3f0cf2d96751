/**
 * The names of the skill's secret: its JSON keys and the plain environment variables used when
 * there is no secret. Apart from secrets.ts (which reads the secret) so that the CDK stack
 * (`infra/constructs/skill-secret.ts`) can import the contract without the HTTP client.
 */
import { EnvNames } from './env';

export interface SkillSecrets {
  /** HMAC key for Shopping Actions connection tokens. */
  connectionTokenSecret?: string;
  /** Login with Amazon client for the Amazon Business Product Search API. */
  lwaClientId?: string;
  lwaClientSecret?: string;
  lwaRefreshToken?: string;
  /** The Amazon Business user the Product Search API calls are made as (`x-amz-user-email`). */
  productSearchUserEmail?: string;
}

export type SecretKey = keyof SkillSecrets;

/** The secret's JSON keys, each with the plain environment variable used when there is no secret. */
export const SECRET_ENV_FALLBACKS: Readonly<Record<SecretKey, string>> = {
  connectionTokenSecret: EnvNames.ConnectionTokenSecret,
  lwaClientId: EnvNames.LwaClientId,
  lwaClientSecret: EnvNames.LwaClientSecret,
  lwaRefreshToken: EnvNames.LwaRefreshToken,
  productSearchUserEmail: EnvNames.ProductSearchUserEmail,
};

export const SECRET_KEYS: readonly SecretKey[] = Object.keys(SECRET_ENV_FALLBACKS) as SecretKey[];
