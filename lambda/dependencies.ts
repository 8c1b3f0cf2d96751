/**
 * What handlers depend on, passed in once when the skill is built. The Lambda builds the
 * real set from the environment; tests and the local simulator pass their own. Each edge
 * (catalog, entitlements, persistence) is an interface with a real and an embedded
 * implementation; handlers never know which one they have.
 */
import type { Catalog } from './catalog/Catalog';
import { catalogFromEnvironment } from './catalog/createCatalog';
import { EnvNames, env } from './config/env';
import { loadSecrets } from './security/secrets';
import type { VersionedPersistenceAdapter } from './persistence/adapter';
import { persistenceFromEnvironment } from './persistence/factory';
import type { EntitlementsFactory } from './entitlements/entitlements';
import { monetizationEntitlements } from './entitlements/monetizationEntitlements';
import { createKeyProvider, type KeyProvider } from './security/tokenKey';
import type { Clock, TurnBudgets } from './util/deadline';
import { type Attribution, attributionFrom } from './shopping/directives';

export interface SkillDependencies {
  /** Milliseconds since the epoch; swapped in tests to check expiry. */
  now: () => number;
  /** HMAC key for connection tokens. */
  tokenKey: KeyProvider;
  /** Amazon Associates attribution for Shopping Actions, when configured. */
  attribution: Attribution | undefined;
  /** In-skill products and the customer's entitlements, per request (Monetization API). */
  entitlements: EntitlementsFactory;
  /** Per-customer state between sessions (ASK PersistenceAdapter, versioned writes). */
  persistence: VersionedPersistenceAdapter;
  /** Product search (`CATALOG`: embedded data set or the Amazon Business Product Search API). */
  catalog: Catalog;
  /** The turn's budgets (lambda/util/deadline.ts); the defaults unless a test shortens them. */
  budgets?: TurnBudgets;
  /**
   * The clock the turn's deadlines run on (lambda/util/deadline.ts); a monotonic one unless a
   * test or the corpus passes its own, which then decides when a deadline passes.
   */
  deadlineClock?: Clock;
}

export function dependenciesFromEnvironment(): SkillDependencies {
  return {
    now: () => Date.now(),
    // The skill's secret in Lambda (SKILL_SECRET_ID), CONNECTION_TOKEN_SECRET locally.
    tokenKey: createKeyProvider(async (signal) => (await loadSecrets(signal)).connectionTokenSecret),
    attribution: attributionFrom(env(EnvNames.AssociateId), env(EnvNames.TrackingId)),
    entitlements: monetizationEntitlements(),
    // PERSISTENCE / TABLE_NAME / DYNAMODB_ENDPOINT; memory when no table is configured.
    persistence: persistenceFromEnvironment(),
    catalog: catalogFromEnvironment(),
  };
}
