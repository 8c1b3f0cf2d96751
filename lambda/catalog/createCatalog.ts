/**
 * Chooses the catalog from `CATALOG`: `embedded` or `amazon-business`, with no default: an
 * unset variable in Lambda must not silently serve the sample data set. Credentials
 * for the real API come from the skill's secret in Lambda (`loadSecrets()`, read once per
 * container), from plain variables only when no secret is configured (local runs).
 */
import { CATALOG_KINDS, CatalogKinds, ConfigurationError, EnvNames, env, requireEnv } from '../config/env';
import { loadSecrets } from '../security/secrets';
import type { Catalog } from './Catalog';
import { CatalogError, CatalogErrorCodes } from './errors';
import { lazyCatalog } from './lazy';

export const CatalogCacheKinds = { DynamoDb: 'dynamodb', Memory: 'memory', Off: 'off' } as const;

/** CATALOG_CACHE, defaulting to the shared tier whenever the stack gave a table. */
export function catalogCacheKind(read: (name: string) => string | undefined = env): string {
  const configured = read(EnvNames.CatalogCache);
  if (configured === undefined) return read(EnvNames.TableName) === undefined ? CatalogCacheKinds.Memory : CatalogCacheKinds.DynamoDb;
  const allowed: readonly string[] = Object.values(CatalogCacheKinds);
  if (!allowed.includes(configured)) {
    throw new ConfigurationError(EnvNames.CatalogCache, `${EnvNames.CatalogCache} must be ${allowed.map((k) => `"${k}"`).join(' or ')}, not "${configured}"`);
  }
  return configured;
}

/**
 * The Amazon Business client behind the catalog cache (./cache/): loaded with the client on
 * the first catalog call, never on a launch that makes none.
 */
async function cached(api: Catalog): Promise<Catalog> {
  const kind = catalogCacheKind();
  if (kind === CatalogCacheKinds.Off) return api;
  const [{ CachingCatalog }, { cacheSettingsFromEnvironment }] = await Promise.all([import('./cache/CachingCatalog'), import('./cache/settings')]);
  const settings = cacheSettingsFromEnvironment();
  const tableName = env(EnvNames.TableName);
  if (kind === CatalogCacheKinds.Memory) return new CachingCatalog(api, { settings });
  if (tableName === undefined) throw new Error(`${EnvNames.CatalogCache}=${kind} needs ${EnvNames.TableName}`);
  const { DynamoCatalogStore } = await import('./cache/store');
  const endpoint = env(EnvNames.DynamoDbEndpoint);
  return new CachingCatalog(api, { settings, store: new DynamoCatalogStore({ tableName, ...(endpoint === undefined ? {} : { endpoint }) }) });
}

async function amazonBusiness(): Promise<Catalog> {
  const [{ AmazonBusinessCatalog }, { usagePlanFromEnvironment }] = await Promise.all([import('./AmazonBusinessCatalog'), import('./usagePlan')]);
  const endpoint = env(EnvNames.ProductSearchEndpoint);
  const tokenEndpoint = env(EnvNames.LwaTokenEndpoint);
  const api = new AmazonBusinessCatalog({
    usagePlan: usagePlanFromEnvironment(),
    credentials: async (signal) => {
      let s: Awaited<ReturnType<typeof loadSecrets>>;
      try {
        s = await loadSecrets(signal);
      } catch (err) {
        // Said as what it is for the customer: the catalog cannot be reached this turn.
        if (signal?.aborted === true) throw new CatalogError(CatalogErrorCodes.Timeout, 'the skill secret was not read before the deadline', { cause: err });
        throw new CatalogError(CatalogErrorCodes.Unavailable, 'the skill secret could not be read', { cause: err });
      }
      if (!s.lwaClientId || !s.lwaClientSecret || !s.lwaRefreshToken || !s.productSearchUserEmail) {
        throw new CatalogError(CatalogErrorCodes.Auth, 'Product Search API credentials are not configured');
      }
      return { clientId: s.lwaClientId, clientSecret: s.lwaClientSecret, refreshToken: s.lwaRefreshToken, userEmail: s.productSearchUserEmail };
    },
    ...(endpoint === undefined ? {} : { endpoint }),
    ...(tokenEndpoint === undefined ? {} : { tokenEndpoint }),
  });
  return cached(api);
}

/**
 * A build-time switch, not a runtime setting: the deployed bundle is built with this
 * expression replaced by "excluded" (`EMBEDDED_CATALOG_DEFINE` in infra/bundle.ts), and
 * esbuild then drops the `else` branch below with the sample data set it imports (~31 KB the
 * Lambda would parse on every cold start for nothing). Unbundled (tests, the simulator) it is
 * undefined and the embedded catalog is there.
 */
export function embeddedCatalogInBuild(): boolean {
  return process.env.VOICE_SHOPPING_EMBEDDED_CATALOG !== 'excluded';
}

function embedded(): Promise<Catalog> {
  // An if/else with the import in the branch esbuild can remove: code after a `return` is
  // dropped from the output, but a module it imports would still be bundled.
  if (process.env.VOICE_SHOPPING_EMBEDDED_CATALOG === 'excluded') {
    return Promise.reject(new Error('the embedded catalog is not in this build'));
  } else {
    return import('./embedded/EmbeddedCatalog').then(({ EmbeddedCatalog }) => new EmbeddedCatalog());
  }
}

export function catalogFromEnvironment(kind = requireEnv(EnvNames.Catalog, CATALOG_KINDS)): Catalog {
  if (kind === CatalogKinds.Embedded) {
    // Said on the container's first request, naming the variable, rather than on a customer's first search.
    if (!embeddedCatalogInBuild()) throw new Error(`${EnvNames.Catalog}=${CatalogKinds.Embedded}, but this build leaves the embedded catalog out (infra/bundle.ts)`);
    return lazyCatalog(embedded);
  }
  if (kind === CatalogKinds.AmazonBusiness) {
    // A mistyped CATALOG_CACHE fails the init, named, like CATALOG itself.
    catalogCacheKind();
    return lazyCatalog(amazonBusiness);
  }
  // A typo must not silently serve the sample data set in production.
  throw new Error(`${EnvNames.Catalog} must be "${CatalogKinds.Embedded}" or "${CatalogKinds.AmazonBusiness}", not "${kind}"`);
}
