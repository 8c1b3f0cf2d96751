/**
 * The ISP files the skill sells, checked with the ISP sync's validator (ask-smapi-model's
 * `v1.isp.InSkillProductDefinition` plus the service's rules) and against what the runtime
 * assumes about them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateProductDirectory } from '../../infra/isp/validate';
import { PremiumProducts } from '../../lambda/constants';
import { translator } from '../../lambda/i18n';
import { productNameKey } from '../../lambda/purchasing/productNames';

const ISPS = join(__dirname, '..', '..', 'skill-package', 'isps');

it('validates every ISP file against the model and the service rules', async () => {
  const result = await validateProductDirectory(ISPS);

  expect(result.problems).toEqual([]);
  expect(result.products.map((p) => p.referenceName).sort()).toEqual(Object.values(PremiumProducts).sort());
});

it('ships each reference name in the folder of the type the runtime expects', async () => {
  const { products } = await validateProductDirectory(ISPS);
  const types = Object.fromEntries(products.map((p) => [p.referenceName, p.type]));

  expect(types).toEqual({
    [PremiumProducts.PremiumShopper]: 'SUBSCRIPTION',
    [PremiumProducts.OfferInsights]: 'ENTITLEMENT',
    [PremiumProducts.WatchSlots]: 'CONSUMABLE',
  });
});

it('names each product in speech exactly as its ISP file publishes it, per locale', async () => {
  const { products } = await validateProductDirectory(ISPS);
  for (const product of products) {
    const definition = JSON.parse(readFileSync(join(ISPS, product.file), 'utf8')) as { publishingInformation: { locales: Record<string, { name: string }> } };
    for (const [locale, info] of Object.entries(definition.publishingInformation.locales)) {
      const ref = Object.values(PremiumProducts).find((r) => r === product.referenceName);
      expect(translator(locale)(productNameKey(ref))).toBe(info.name);
    }
  }
});
