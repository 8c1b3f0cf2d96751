/**
 * Chooses the catalog from `CATALOG`: `embedded` or `amazon-business`, with no default: an
 * unset variable in Lambda must not silently serve the sample data set. Credentials
 * for the real API come from the skill's secret in Lambda (`loadSecrets()`, read once per
 * container), from plain variables only when no secret is configured (local runs).
 */
import { CATALOG_KINDS, CatalogKinds, EnvNames, env, requireEnv } from '../config/env';
import { loadSecrets } from '../security/secrets';
import type { Catalog } from './Catalog';
import { CatalogError, CatalogErrorCodes } from './errors';
import { lazyCatalog } from './lazy';

async function amazonBusiness(): Promise<Catalog> {
  const { AmazonBusinessCatalog } = await import('./AmazonBusinessCatalog');
  const endpoint = env(EnvNames.ProductSearchEndpoint);
  const tokenEndpoint = env(EnvNames.LwaTokenEndpoint);
  return new AmazonBusinessCatalog({
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
  if (kind === CatalogKinds.AmazonBusiness) return lazyCatalog(amazonBusiness);
  // A typo must not silently serve the sample data set in production.
  throw new Error(`${EnvNames.Catalog} must be "${CatalogKinds.Embedded}" or "${CatalogKinds.AmazonBusiness}", not "${kind}"`);
}
