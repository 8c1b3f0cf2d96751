/**
 * The Product Search API's usage plan as the client assumes it until the API says otherwise.
 * Amazon Business gives each application a token bucket per operation ("Rate limits in Amazon
 * Business APIs"); plans of the order of 0.5 requests a second with a burst of 10 are typical
 * for catalog operations. Every answer carries the operation's rate in `x-amzn-RateLimit-Limit`,
 * which then replaces the rate below; the burst is never announced, so it stays configured.
 * A skill calls as one business user, so every customer and every container share one plan.
 */
import { EnvNames, env } from '../config/env';
import type { UsagePlan } from '../util/tokenBucket';

/** The fallback plan: the one constant to change when Amazon Business grants another. */
export const DEFAULT_USAGE_PLAN: UsagePlan = { ratePerSecond: 0.5, burst: 10 };

function positive(name: string, fallback: number): number {
  const raw = env(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, not "${raw}"`);
  return n;
}

/** CATALOG_RATE_LIMIT / CATALOG_RATE_BURST over the default plan. */
export function usagePlanFromEnvironment(): UsagePlan {
  return {
    ratePerSecond: positive(EnvNames.CatalogRateLimit, DEFAULT_USAGE_PLAN.ratePerSecond),
    burst: positive(EnvNames.CatalogRateBurst, DEFAULT_USAGE_PLAN.burst),
  };
}
