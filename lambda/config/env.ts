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
  /** `embedded` | `amazon-business`; required, no default (the CDK stack always sets it). */
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
  /**
   * The Product Search API's usage plan until `x-amzn-RateLimit-Limit` says otherwise: requests
   * a second and burst, per operation (lambda/catalog/usagePlan.ts; default 0.5 and 10).
   */
  CatalogRateLimit: 'CATALOG_RATE_LIMIT',
  CatalogRateBurst: 'CATALOG_RATE_BURST',
  /** `dynamodb` (default when TABLE_NAME is set) | `memory` | `off`: where catalog answers are cached. */
  CatalogCache: 'CATALOG_CACHE',
  /** Seconds a cached search page, product or offer list is fresh (defaults 3600, 3600, 600). */
  CatalogCacheSearchTtl: 'CATALOG_CACHE_SEARCH_TTL_SECONDS',
  CatalogCacheProductTtl: 'CATALOG_CACHE_PRODUCT_TTL_SECONDS',
  CatalogCacheOffersTtl: 'CATALOG_CACHE_OFFERS_TTL_SECONDS',
  /** Seconds past freshness a cached answer is still served while the API is throttled or down (default 86400). */
  CatalogCacheMaxStale: 'CATALOG_CACHE_MAX_STALE_SECONDS',
  /** Age in seconds from which a stale answer is said to be old (default 10800). */
  CatalogStaleNotice: 'CATALOG_STALE_NOTICE_SECONDS',
} as const;

/** The catalogs `CATALOG` names: the one list the skill, the bundler and the CDK stack read. */
export const CatalogKinds = { Embedded: 'embedded', AmazonBusiness: 'amazon-business' } as const;
export type CatalogKind = (typeof CatalogKinds)[keyof typeof CatalogKinds];
export const CATALOG_KINDS: readonly CatalogKind[] = Object.values(CatalogKinds);

export function env(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** A variable the skill cannot start without, or with a value it does not know. */
export class ConfigurationError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

/**
 * A variable that must be set to one of `allowed`. Thrown when the dependencies are built, on
 * a container's first request (lambda/index.ts), so a misconfigured Lambda fails that request
 * with the variable named, instead of serving defaults.
 */
export function requireEnv(name: string, allowed: readonly string[]): string {
  const value = env(name);
  const choices = allowed.map((choice) => `"${choice}"`).join(' or ');
  if (value === undefined) throw new ConfigurationError(name, `${name} is not set: set it to ${choices}`);
  if (!allowed.includes(value)) throw new ConfigurationError(name, `${name} must be ${choices}, not "${value}"`);
  return value;
}
