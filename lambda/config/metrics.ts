/**
 * The skill's CloudWatch metrics (Embedded Metric Format lines written by `log.metric`), and
 * the namespace they land in: one place shared by the runtime and the CDK alarms that watch
 * them. Dependency-free, so infra/ can import it.
 */
export const METRIC_NAMESPACE = 'VoiceShoppingSkill';

export const MetricNames = {
  /**
   * The deployment is broken, not the request: AWS refused the function's credentials or
   * permissions, a table or secret does not exist, or the connection-token secret is missing
   * or too short. Customers cannot be served until an operator fixes it; the stack alarms.
   */
  ConfigurationFailure: 'ConfigurationFailure',
  /** The Product Search API refused the skill's credentials. */
  CatalogAuthFailure: 'CatalogAuthFailure',
  /** A Product Search call found no token of the skill's own usage-plan limiter before its deadline. */
  CatalogLocalThrottle: 'CatalogLocalThrottle',
  /** The Product Search API refused the marketplace (product region or locale) a customer's locale maps to. */
  CatalogMarketplaceRefused: 'CatalogMarketplaceRefused',
  /** Alexa refused the Associates attribution of a Shopping Action. */
  AssociatesAttributionInvalid: 'AssociatesAttributionInvalid',
} as const;

export type MetricName = (typeof MetricNames)[keyof typeof MetricNames];
