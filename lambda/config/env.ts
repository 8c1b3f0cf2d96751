/**
 * Every environment variable the Lambda reads, named once. The CDK stack sets these, the
 * local simulator sets these, and README.md documents these.
 */
export const EnvNames = {
  /** Rejects requests for any other skill when set (ASK SDK `withSkillId`). */
  SkillId: 'SKILL_ID',
  /** `debug` | `info` | `warn` | `error`; default `info`. */
  LogLevel: 'LOG_LEVEL',
  /** HMAC key for Shopping Actions connection tokens (local runs; Lambda uses the secret). */
  ConnectionTokenSecret: 'CONNECTION_TOKEN_SECRET',
  /** Amazon Associates attribution for Shopping Actions. */
  AssociateId: 'ASSOCIATE_ID',
  TrackingId: 'TRACKING_ID',
  /** `embedded` (default) | `amazon-business`. */
  Catalog: 'CATALOG',
  ProductSearchEndpoint: 'PRODUCT_SEARCH_API_ENDPOINT',
  ProductSearchUserEmail: 'PRODUCT_SEARCH_USER_EMAIL',
  LwaClientId: 'LWA_CLIENT_ID',
  LwaClientSecret: 'LWA_CLIENT_SECRET',
  LwaRefreshToken: 'LWA_REFRESH_TOKEN',
  LwaTokenEndpoint: 'LWA_TOKEN_ENDPOINT',
  /**
   * Secrets Manager secret (name or ARN) holding a JSON object with the credentials below.
   * When set, it wins over the plain variables; it is read once per container.
   */
  SecretId: 'SKILL_SECRET_ID',
  /** `memory` (default when TABLE_NAME is unset) | `dynamodb`. */
  Persistence: 'PERSISTENCE',
  TableName: 'TABLE_NAME',
  DynamoDbEndpoint: 'DYNAMODB_ENDPOINT',
} as const;

export function env(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
