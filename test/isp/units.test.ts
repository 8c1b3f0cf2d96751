import { join } from 'node:path';
import { diffDefinitions } from '../../infra/isp/compare';
import { oneRowPerProduct } from '../../infra/isp/plan';
import { parseArgs } from '../../infra/isp/args';
import { loadCredentials } from '../../infra/isp/credentials';
import { DEFAULT_SMAPI_RETRY_POLICY } from '../../infra/isp/retry';
import type { JsonObject } from '../../infra/isp/types';
import { validateProductDirectory, validateProductFiles } from '../../infra/isp/validate';
import { PremiumProducts } from '../../lambda/constants';
import { backoffDelayMs } from '../../lambda/util/retry';
import { type ConsumableFixture, consumable, consumableFixture, PROJECT_ISPS, readJson } from './helpers';

const withChange = (change: (definition: ConsumableFixture) => void): JsonObject => {
  const definition: ConsumableFixture = consumableFixture('pack_a');
  change(definition);
  return definition;
};
const publishing = (d: ConsumableFixture) => d.publishingInformation;
const usd = (d: ConsumableFixture) => {
  const entry = d.publishingInformation.pricing['amazon.com'];
  if (entry === undefined) throw new Error('fixture lost its amazon.com price');
  return entry;
};
const enUs = (d: ConsumableFixture) => {
  const entry = d.publishingInformation.locales['en-US'];
  if (entry === undefined) throw new Error('fixture lost en-US');
  return entry;
};

describe('product file validation', () => {
  it('accepts the three project products, named by the PremiumProducts constants', async () => {
    // Act
    const { problems, products } = await validateProductDirectory(PROJECT_ISPS);
    // Assess
    expect(problems).toEqual([]);
    expect(products.map((p) => p.referenceName).sort()).toEqual(Object.values(PremiumProducts).sort());
    const subscription = products.find((p) => p.referenceName === PremiumProducts.PremiumShopper);
    expect(subscription?.type).toBe('SUBSCRIPTION');
  });

  it.each([
    [
      'a negative price',
      (d: ConsumableFixture) => {
        usd(d).defaultPriceListing.price = -1;
      },
      'publishingInformation.pricing["amazon.com"].defaultPriceListing.price',
      'must be a positive number',
    ],
    [
      'a wrong currency',
      (d: ConsumableFixture) => {
        usd(d).defaultPriceListing.currency = 'GBP';
      },
      'publishingInformation.pricing["amazon.com"].defaultPriceListing.currency',
      'must be USD on amazon.com',
    ],
    [
      'a bad locale key',
      (d: ConsumableFixture) => {
        publishing(d).locales = { en_us: enUs(d) };
      },
      'publishingInformation.locales.en_us',
      'must be a locale like en-US (language-COUNTRY)',
    ],
    [
      'subscription info on a consumable',
      (d: ConsumableFixture) => {
        d.subscriptionInformation = { subscriptionPaymentFrequency: 'MONTHLY' };
      },
      'subscriptionInformation',
      'is allowed only for a SUBSCRIPTION',
    ],
    [
      'an http icon',
      (d: ConsumableFixture) => {
        enUs(d).smallIconUri = 'http://example.com/a.png';
      },
      'publishingInformation.locales["en-US"].smallIconUri',
      'must be an https URL with a host',
    ],
    [
      'a missing privacy policy',
      (d: ConsumableFixture) => {
        d.privacyAndCompliance = { locales: {} };
      },
      'privacyAndCompliance.locales["en-US"]',
      'must have a privacyPolicyUrl for every published locale',
    ],
    [
      'a lower-case country',
      (d: ConsumableFixture) => {
        publishing(d).distributionCountries = ['us'];
      },
      'publishingInformation.distributionCountries[0]',
      "must be one of the model's DistributionCountries values; did you mean US?",
    ],
    [
      'a prompt field the schema does not have',
      (d: ConsumableFixture) => {
        enUs(d).customProductPrompts = { purchasePromptDescription: 'A pack.', boughtCardDescription: 'Enjoy.', boughtConfirmationPrompt: 'Enjoy.' };
      },
      'publishingInformation.locales["en-US"].customProductPrompts.boughtConfirmationPrompt',
      'boughtConfirmationPrompt is not a field of customProductPrompts; did you mean boughtCardDescription?',
    ],
    [
      'a misspelt top-level field',
      (d: ConsumableFixture) => {
        Object.assign(d, { testingInstruction: 'Buy it.' });
      },
      'testingInstruction',
      'testingInstruction is not a field of inSkillProductDefinition; did you mean testingInstructions?',
    ],
    [
      'an unknown field with nothing close',
      (d: ConsumableFixture) => {
        Object.assign(d.publishingInformation, { shelfLife: 3 });
      },
      'publishingInformation.shelfLife',
      'shelfLife is not a field of publishingInformation',
    ],
    [
      'a value outside an enum',
      (d: ConsumableFixture) => {
        d.publishingInformation.taxInformation.category = 'GROCERIES';
      },
      'publishingInformation.taxInformation.category',
      'must be one of INFORMATION_SERVICES, NEWSPAPERS, PERIODICALS, SOFTWARE, STREAMING_AUDIO, STREAMING_RADIO, VIDEO',
    ],
    [
      'a price of the wrong type',
      (d: ConsumableFixture) => {
        Object.assign(usd(d).defaultPriceListing, { price: '0.99' });
      },
      'publishingInformation.pricing["amazon.com"].defaultPriceListing.price',
      expect.stringContaining("is not assignable to type 'number'"),
    ],
    [
      'a lone surrogate',
      (d: ConsumableFixture) => {
        enUs(d).summary = 'A test pack \uD83D.';
      },
      'publishingInformation.locales["en-US"].summary',
      'must be well-formed Unicode text (it has a lone surrogate)',
    ],
    [
      'no purchase prompt',
      (d: ConsumableFixture) => {
        enUs(d).customProductPrompts = { boughtCardDescription: 'x' };
      },
      'publishingInformation.locales["en-US"].customProductPrompts.purchasePromptDescription',
      'is required (non-empty text)',
    ],
  ])('reports %s with its path and rule', (_name, change, path, rule) => {
    // Act
    const { problems } = validateProductFiles([{ file: 'consumable/pack_a.json', content: withChange(change) }]);
    // Assess
    expect(problems).toEqual([{ file: 'consumable/pack_a.json', path, rule }]);
  });

  it('reports a referenceName used by two files, and a subscription without subscription information', async () => {
    // Prepare
    const subscription = await readJson(join(PROJECT_ISPS, 'subscription', 'premium_shopper.json'));
    const { subscriptionInformation: _dropped, ...withoutInfo } = subscription;
    // Act
    const { problems, products } = validateProductFiles([
      { file: 'consumable/pack_a.json', content: consumable('pack_a') },
      { file: 'other/pack_a.json', content: consumable('pack_a') },
      { file: 'subscription/premium_shopper.json', content: withoutInfo },
    ]);
    // Assess
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        { file: 'other/pack_a.json', path: 'referenceName', rule: 'must be unique across files (also used by consumable/pack_a.json)' },
        { file: 'other/pack_a.json', path: 'type', rule: 'must match the folder: a CONSUMABLE lives in consumable/' },
        { file: 'subscription/premium_shopper.json', path: 'subscriptionInformation', rule: 'is required for a SUBSCRIPTION' },
      ]),
    );
    expect(products).toEqual([]);
  });
});

describe('definition comparison', () => {
  it('ignores fields the service adds but reports a removed locale and a changed keyword', () => {
    // Prepare
    const local = consumable('pack_a');
    const remote: ConsumableFixture & { purchasableState?: string } = consumableFixture('pack_a');
    remote.purchasableState = 'PURCHASABLE';
    usd(remote).releaseDate = '2026-01-01T00:00:00Z';
    // Act
    const same = diffDefinitions(local, remote);
    remote.publishingInformation.locales['en-GB'] = { ...enUs(remote) };
    enUs(remote).keywords = ['other'];
    const changed = diffDefinitions(local, remote);
    // Assess
    expect(same).toEqual([]);
    expect(changed).toEqual(['publishingInformation.locales["en-GB"]', 'publishingInformation.locales["en-US"].keywords']);
  });
});

describe('vendor list rows', () => {
  it.each([
    ['development row first', ['development', 'live']],
    ['live row first', ['live', 'development']],
  ])('keeps the protected row of a product whatever the order (%s)', (_name, stages) => {
    // Prepare
    const rows = [...stages.map((stage) => ({ productId: 'p1', referenceName: 'old', stage })), { productId: 'p2', referenceName: 'dev', stage: 'development' }];
    // Act
    const chosen = oneRowPerProduct(rows);
    // Assess
    expect(chosen.map((row) => [row.productId, row.stage])).toEqual([
      ['p1', 'live'],
      ['p2', 'development'],
    ]);
  });
});

describe('arguments', () => {
  it('takes --delete-all-products only together with --prune', () => {
    expect(parseArgs(['apply', '--prune', '--delete-all-products'])).toMatchObject({ prune: true, deleteAllProducts: true });
    expect(() => parseArgs(['apply', '--delete-all-products'])).toThrow('--delete-all-products only goes with --prune');
  });

  it('reads --name value and --name=value, and lists every usage problem at once (exit 2)', () => {
    // Act
    const options = parseArgs(['apply', '--dry-run', '--isps-dir', 'dir', '--skill-id=S1', '--stage=development']);
    const bad = (): unknown => parseArgs(['plan', '--force', '--json=yes', '--skill-id', '--prune', '--stage', 'beta', 'extra']);
    // Assess
    expect(options).toMatchObject({ command: 'apply', dryRun: true, ispsDir: 'dir', skillId: 'S1', stage: 'development', profile: 'default', prune: false });
    expect(bad).toThrow(
      expect.objectContaining({
        exitCode: 2,
        message: expect.stringMatching(
          /^unknown argument --force; unknown argument --json=yes; --skill-id needs a value; unknown argument extra; --stage must be one of development, certified, live\n.*in-skill products.*\n\nUsage:\n {2}npm run isp -- </,
        ),
      }),
    );
  });
});

describe('retry backoff', () => {
  it('draws full jitter below an exponentially growing, capped ceiling', () => {
    // Act
    const ceilings = [1, 2, 3, 10].map((retry) => backoffDelayMs(retry, DEFAULT_SMAPI_RETRY_POLICY, 0.999999));
    // Assess
    expect(ceilings).toEqual([499, 999, 1999, 19999]);
    expect(backoffDelayMs(3, DEFAULT_SMAPI_RETRY_POLICY, 0)).toBe(0);
    expect(backoffDelayMs(1, DEFAULT_SMAPI_RETRY_POLICY, 0, { retryAfterMs: 3000 })).toBe(3000);
  });
});

describe('secrets', () => {
  it('takes credentials from the environment first and reports none at all as bad input (exit 2)', async () => {
    // Prepare
    const client = () => ({ clientId: 'cli-client', clientSecret: 'cli-secret' });
    const env = { ASK_CLIENT_ID: 'id', ASK_CLIENT_SECRET: 'secret', ASK_REFRESH_TOKEN: 'Atzr|env', ASK_VENDOR_ID: 'V1' };
    // Act
    const fromEnv = await loadCredentials({ env, homeDir: '/nonexistent', askCliClient: client });
    const missing = loadCredentials({ env: {}, homeDir: '/nonexistent', askCliClient: client });
    // Assess
    expect(fromEnv).toEqual({ clientId: 'id', clientSecret: 'secret', refreshToken: 'Atzr|env', vendorId: 'V1', source: 'environment' });
    await expect(missing).rejects.toMatchObject({ name: 'CredentialsError', exitCode: 2 });
  });

  it('reports ASK_REFRESH_TOKEN without a client id as missing credentials (exit 2), not a refused token', async () => {
    // Prepare: the ASK CLI's client is available, but the token in the environment is not its.
    const client = () => ({ clientId: 'cli-client', clientSecret: 'cli-secret' });
    // Act
    const missing = loadCredentials({ env: { ASK_REFRESH_TOKEN: 'Atzr|env', ASK_VENDOR_ID: 'V1' }, homeDir: '/nonexistent', askCliClient: client });
    // Assess
    await expect(missing).rejects.toMatchObject({ name: 'CredentialsError', exitCode: 2, message: expect.stringContaining('ASK_CLIENT_ID') });
  });
});
