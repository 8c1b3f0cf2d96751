/**
 * The publishing information written for the locales whose interaction models do not exist yet
 * (infra/manifest/pending-locales.json): checked now against ask-smapi-model as the manifest it
 * will be part of, so moving it into skill.json with each model is a copy, not a rewrite.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkAgainstModel } from '../../infra/smapi-model/check';
import { MESSAGE_LOCALES } from '../../lambda/i18n';
import { OPENS } from './openers';

const ROOT = join(__dirname, '..', '..');

interface PublishingInfo {
  name: string;
  summary: string;
  description: string;
  examplePhrases: string[];
  keywords: string[];
}
interface Pending {
  distributionCountries: Record<string, string[]>;
  locales: Record<string, { invocationName: string; publishingInformation: PublishingInfo }>;
}
interface Manifest {
  manifest: {
    publishingInformation: { locales: Record<string, PublishingInfo>; distributionCountries: string[] };
    privacyAndCompliance: { locales: Record<string, { privacyPolicyUrl: string }> };
  };
}

const pending = JSON.parse(readFileSync(join(ROOT, 'infra', 'manifest', 'pending-locales.json'), 'utf8')) as Pending;
const skill = JSON.parse(readFileSync(join(ROOT, 'skill-package', 'skill.json'), 'utf8')) as Manifest;

describe('publishing information waiting for its models', () => {
  const locales = Object.keys(pending.locales);

  it('covers every locale with messages that skill.json does not publish yet, and no other', () => {
    const published = Object.keys(skill.manifest.publishingInformation.locales);
    expect([...locales, ...published].sort()).toEqual([...MESSAGE_LOCALES].sort());
    expect(Object.keys(pending.distributionCountries).sort()).toEqual([...locales].sort());
  });

  it('is a valid ask-smapi-model manifest once merged into skill.json', () => {
    const merged = structuredClone(skill);
    for (const locale of locales) {
      const entry = pending.locales[locale];
      if (entry === undefined) continue;
      merged.manifest.publishingInformation.locales[locale] = entry.publishingInformation;
      merged.manifest.privacyAndCompliance.locales[locale] = { privacyPolicyUrl: `https://example.com/voice-shopper/privacy/${locale}` };
    }
    const countries = new Set([...merged.manifest.publishingInformation.distributionCountries, ...Object.values(pending.distributionCountries).flat()]);
    merged.manifest.publishingInformation.distributionCountries = [...countries];
    expect(checkAgainstModel([{ name: 'skill.json', text: JSON.stringify(merged), kind: 'manifest' }])).toEqual([]);
  });

  // Every locale is published now (issue 22); the check stays for a locale added later, text first.
  it.each(
    Object.keys(OPENS)
      .filter((locale) => locale in pending.locales)
      .concat(['(none waiting)']),
  )('%s opens the skill by its invocation name and stays within the limits', (locale) => {
    if (locale === '(none waiting)') {
      expect(Object.keys(pending.locales).filter((waiting) => !(waiting in OPENS))).toEqual([]);
      return;
    }
    const entry = pending.locales[locale];
    expect(entry).toBeDefined();
    const info = entry?.publishingInformation;
    const name = entry?.invocationName ?? '';
    const open = OPENS[locale]?.(name) ?? '';
    expect(info?.examplePhrases[0]?.toLowerCase()).toBe(open.toLowerCase());
    for (const phrase of info?.examplePhrases ?? []) expect(phrase.toLowerCase()).toContain(name.toLowerCase());
    expect(info?.examplePhrases.length).toBeLessThanOrEqual(3);
    expect(info?.summary.length).toBeLessThanOrEqual(160);
    expect(info?.keywords.length).toBeGreaterThanOrEqual(1);
  });
});
