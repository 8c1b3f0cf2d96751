/**
 * What a locale must have to be complete (CONTRIBUTING, "Adding a locale"), checked for every
 * locale the skill has messages for. Parts that exist for all of them are asserted. Parts the
 * second pass of issue 22 brings for the new locales (their interaction model, phrase data,
 * corpus and skill.json entry) are asserted where they exist and listed where they do not,
 * under "LATER PASS": moving a part into NOW_PARTS makes it required everywhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogFor, MESSAGE_LOCALES } from '../../../lambda/i18n';
import { enUS } from '../../../lambda/i18n/en-US';

const ROOT = join(__dirname, '..', '..', '..');
const ISPS = join(ROOT, 'skill-package', 'isps');

type Part = 'messages' | 'manifest publishing text' | 'ISP strings' | 'ISP prices' | 'model' | 'phrase data' | 'manifest entry' | 'corpus';

/** Asserted for every locale now. */
const NOW_PARTS: readonly Part[] = ['messages', 'manifest publishing text', 'ISP strings', 'ISP prices'];
/** Brought by the later pass for the new locales; asserted where present, listed where missing. */
const LATER_PARTS: readonly Part[] = ['model', 'phrase data', 'manifest entry', 'corpus'];
/** Locales the later pass has completed: every LATER part is asserted for them. One line each. */
const LATER_PARTS_DONE: readonly string[] = [
  'it-IT',
  'es-ES',
  'es-US',
  'de-DE',
  'fr-FR',
  'fr-CA',
];

/**
 * The ISP marketplace each locale buys in. ask-smapi-model's v1.isp.Currency has no CAD, so the
 * Canadian locales have none (README, In-skill purchasing).
 */
const ISP_MARKETPLACE: Readonly<Record<string, string | undefined>> = {
  'en-US': 'amazon.com',
  'es-US': 'amazon.com',
  'en-GB': 'amazon.co.uk',
  'de-DE': 'amazon.de',
  'fr-FR': 'amazon.fr',
  'it-IT': 'amazon.it',
  'es-ES': 'amazon.es',
  'ja-JP': 'amazon.co.jp',
  'en-CA': undefined,
  'fr-CA': undefined,
};

const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

function ispFiles(): string[] {
  return readdirSync(ISPS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(ISPS, d.name)).map((f) => join(ISPS, d.name, f)));
}

interface IspDefinition {
  publishingInformation: {
    locales: Record<string, { name?: string; summary?: string; description?: string; customProductPrompts?: { purchasePromptDescription?: string; boughtCardDescription?: string } }>;
    pricing: Record<string, { defaultPriceListing?: { price?: number } }>;
  };
}

/** Why a part is missing, or undefined when the locale has it. */
function missing(locale: string, part: Part): string | undefined {
  switch (part) {
    case 'messages': {
      const { locale: chosen, catalog } = catalogFor(locale);
      if (chosen !== locale) return `falls back to ${chosen}`;
      const absent = Object.keys(enUS).filter((key) => !(key in catalog));
      return absent.length === 0 ? undefined : `no ${absent.join(', ')}`;
    }
    case 'manifest publishing text': {
      const manifest = readJson(join(ROOT, 'skill-package', 'skill.json')) as { manifest: { publishingInformation: { locales: Record<string, unknown> } } };
      const pending = readJson(join(ROOT, 'infra', 'manifest', 'pending-locales.json')) as { locales?: Record<string, unknown> };
      return locale in manifest.manifest.publishingInformation.locales || locale in (pending.locales ?? {}) ? undefined : 'neither in skill.json nor in infra/manifest/pending-locales.json';
    }
    case 'ISP strings': {
      const gaps = ispFiles().flatMap((file) => {
        const info = (readJson(file) as unknown as IspDefinition).publishingInformation.locales[locale];
        const prompts = info?.customProductPrompts;
        const complete = info?.name && info.summary && info.description && prompts?.purchasePromptDescription && prompts.boughtCardDescription;
        return complete ? [] : [file.slice(ISPS.length + 1)];
      });
      return gaps.length === 0 ? undefined : `incomplete in ${gaps.join(', ')}`;
    }
    case 'ISP prices': {
      const marketplace = ISP_MARKETPLACE[locale];
      if (!Object.hasOwn(ISP_MARKETPLACE, locale)) return 'no ISP marketplace decided for it';
      if (marketplace === undefined) return undefined;
      const gaps = ispFiles().filter((file) => (readJson(file) as unknown as IspDefinition).publishingInformation.pricing[marketplace]?.defaultPriceListing?.price === undefined);
      return gaps.length === 0 ? undefined : `no ${marketplace} price in ${gaps.map((f) => f.slice(ISPS.length + 1)).join(', ')}`;
    }
    case 'model':
      return existsSync(join(ROOT, 'skill-package', 'interactionModels', 'custom', `${locale}.json`)) ? undefined : `no skill-package/interactionModels/custom/${locale}.json`;
    case 'phrase data': {
      const absent = ['model.json', 'phrases.json'].filter((f) => !existsSync(join(ROOT, 'lambda', 'i18n', locale, f)));
      return absent.length === 0 ? undefined : `no lambda/i18n/${locale}/${absent.join(', ')}`;
    }
    case 'manifest entry': {
      const manifest = readJson(join(ROOT, 'skill-package', 'skill.json')) as { manifest: { publishingInformation: { locales: Record<string, unknown> } } };
      return locale in manifest.manifest.publishingInformation.locales ? undefined : 'not in skill.json (text waits in infra/manifest/pending-locales.json)';
    }
    case 'corpus': {
      const absent = ['dev', 'heldout'].filter((split) => {
        const dir = join(ROOT, 'test', 'corpus', locale, split);
        return !existsSync(dir) || readdirSync(dir).length === 0;
      });
      return absent.length === 0 ? undefined : `no test/corpus/${locale}/${absent.join(', ')}`;
    }
  }
}

describe.each(MESSAGE_LOCALES)('locale %s', (locale) => {
  it.each(NOW_PARTS)('has its %s', (part) => {
    expect(missing(locale, part)).toBeUndefined();
  });
});

describe.each(LATER_PARTS_DONE)('locale %s, completed by the later pass', (locale) => {
  it.each(LATER_PARTS)('has its %s', (part) => {
    expect(missing(locale, part)).toBeUndefined();
  });
});

describe('what the later pass of issue 22 brings', () => {
  it('lists, per locale, the parts still missing (printed, not failed)', () => {
    const report = MESSAGE_LOCALES.flatMap((locale) =>
      LATER_PARTS.flatMap((part) => {
        const why = missing(locale, part);
        return why === undefined ? [] : [`${locale}: ${part}: ${why}`];
      }),
    );
    if (report.length > 0) console.log(`LATER PASS (issue 22), still missing:\n  ${report.join('\n  ')}`);
    // The locales the skill has always had keep their model and manifest entry.
    for (const locale of ['en-US', 'en-GB']) for (const part of ['model', 'manifest entry'] as const) expect(missing(locale, part)).toBeUndefined();
  });
});
