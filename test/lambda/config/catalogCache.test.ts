/** CATALOG_CACHE and the cache's freshness settings: defaults, and a clear error for a bad value. */
import { CatalogCacheKinds, catalogCacheKind } from '../../../lambda/catalog/createCatalog';
import { cacheSettingsFromEnvironment, DEFAULT_CACHE_SETTINGS } from '../../../lambda/catalog/cache/settings';
import { EnvNames } from '../../../lambda/config/env';

const from = (vars: Record<string, string>) => (name: string) => vars[name];

describe('the catalog cache settings', () => {
  it('shares the cache through the table when there is one, and keeps it in memory otherwise', () => {
    expect(catalogCacheKind(from({ [EnvNames.TableName]: 'state' }))).toBe(CatalogCacheKinds.DynamoDb);
    expect(catalogCacheKind(from({}))).toBe(CatalogCacheKinds.Memory);
    expect(catalogCacheKind(from({ [EnvNames.TableName]: 'state', [EnvNames.CatalogCache]: 'off' }))).toBe(CatalogCacheKinds.Off);
  });

  it('names the variable when its value is unknown', () => {
    expect(() => catalogCacheKind(from({ [EnvNames.CatalogCache]: 'redis' }))).toThrow(
      expect.objectContaining({ name: 'ConfigurationError', variable: 'CATALOG_CACHE', message: 'CATALOG_CACHE must be "dynamodb" or "memory" or "off", not "redis"' }),
    );
  });

  it('reads each freshness in seconds, with an hour for search pages and products and ten minutes for offers by default', () => {
    expect(DEFAULT_CACHE_SETTINGS.freshMs).toEqual({ search: 3600_000, product: 3600_000, offers: 600_000 });
    const settings = cacheSettingsFromEnvironment(from({ [EnvNames.CatalogCacheOffersTtl]: '60', [EnvNames.CatalogStaleNotice]: '7200' }));
    expect(settings.freshMs.offers).toBe(60_000);
    expect(settings.freshMs.search).toBe(3600_000);
    expect(settings.noticeAfterMs).toBe(7200_000);
    expect(() => cacheSettingsFromEnvironment(from({ [EnvNames.CatalogCacheSearchTtl]: 'an hour' }))).toThrow(
      'CATALOG_CACHE_SEARCH_TTL_SECONDS must be a number of seconds, not "an hour"',
    );
  });
});
