/**
 * CATALOG has no default: a Lambda started without it (or with a value it does not know)
 * fails its init with the variable named, instead of serving the embedded sample data set.
 */
import { EnvNames } from '../../../lambda/config/env';

describe('the CATALOG variable', () => {
  const saved = process.env[EnvNames.Catalog];
  afterEach(() => {
    process.env[EnvNames.Catalog] = saved;
  });

  const loadLambda = (): unknown => {
    let loaded: unknown;
    jest.isolateModules(() => {
      loaded = require('../../../lambda/index');
    });
    return loaded;
  };

  it.each([
    ['unset', undefined, 'CATALOG is not set: set it to "embedded" or "amazon-business"'],
    ['blank', '  ', 'CATALOG is not set: set it to "embedded" or "amazon-business"'],
    ['misspelt', 'Embedded', 'CATALOG must be "embedded" or "amazon-business", not "Embedded"'],
  ])('stops the Lambda module from loading when %s', (_case, value, message) => {
    // Prepare
    if (value === undefined) delete process.env[EnvNames.Catalog];
    else process.env[EnvNames.Catalog] = value;

    // Act + Assess
    expect(loadLambda).toThrow(expect.objectContaining({ name: 'ConfigurationError', variable: 'CATALOG', message }));
  });

  it.each(['embedded', 'amazon-business'])('loads with CATALOG=%s', (value) => {
    // Prepare
    process.env[EnvNames.Catalog] = value;

    // Act
    const loaded = loadLambda() as { handler?: unknown };

    // Assess
    expect(typeof loaded.handler).toBe('function');
  });
});
