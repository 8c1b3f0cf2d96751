/**
 * CATALOG has no default: a Lambda without it (or with a value it does not know) fails its
 * first request with the variable named, instead of serving the embedded sample data set.
 * Loading the module never throws (test/infra/coldStart.test.ts does the same on the bundle).
 */
import { EnvNames } from '../../../lambda/config/env';
import { launchRequest, speechOf } from '../../support/envelopes';

type Handler = typeof import('../../../lambda/index').handler;

describe('the CATALOG variable', () => {
  const saved = process.env[EnvNames.Catalog];
  afterEach(() => {
    process.env[EnvNames.Catalog] = saved;
  });

  const loadLambda = (): Handler => {
    let loaded: Handler | undefined;
    jest.isolateModules(() => {
      loaded = (require('../../../lambda/index') as typeof import('../../../lambda/index')).handler;
    });
    if (loaded === undefined) throw new Error('lambda/index did not load');
    return loaded;
  };

  it.each([
    ['unset', undefined, 'CATALOG is not set: set it to "embedded" or "amazon-business"'],
    ['blank', '  ', 'CATALOG is not set: set it to "embedded" or "amazon-business"'],
    ['misspelt', 'Embedded', 'CATALOG must be "embedded" or "amazon-business", not "Embedded"'],
  ])('loads, then fails the first request naming the variable, when %s', async (_case, value, message) => {
    // Prepare
    if (value === undefined) delete process.env[EnvNames.Catalog];
    else process.env[EnvNames.Catalog] = value;

    // Act
    const handler = loadLambda();

    // Assess
    await expect(handler(launchRequest())).rejects.toEqual(expect.objectContaining({ name: 'ConfigurationError', variable: 'CATALOG', message }));
    // Every later request says so too: nothing half-built is kept.
    await expect(handler(launchRequest())).rejects.toEqual(expect.objectContaining({ variable: 'CATALOG' }));
  });

  it.each(['embedded', 'amazon-business'])('answers with CATALOG=%s', async (value) => {
    // Prepare
    process.env[EnvNames.Catalog] = value;

    // Act
    const answer = await loadLambda()(launchRequest());

    // Assess
    expect(speechOf(answer)).toMatch(/^Welcome to Voice Shopper\./);
  });
});
