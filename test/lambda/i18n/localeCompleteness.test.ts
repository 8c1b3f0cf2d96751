/**
 * What a locale must have to be complete (CONTRIBUTING, "Adding a locale"), checked for every
 * locale the skill has messages for: one test per locale that fails naming every part it lacks
 * and why. Every part is required of every locale (issue 22 completed the eight new ones; a
 * locale added later is complete in the commit that adds it, or not added).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUPPORTED_LOCALES } from '../../../lambda/constants';
import { catalogFor, MESSAGE_LOCALES } from '../../../lambda/i18n';
import { PHRASE_FALLBACKS } from '../../../lambda/i18n/phrases';
import { enUS } from '../../../lambda/i18n/en-US';
import { readCorpus } from '../../corpus/corpus';

const ROOT = join(__dirname, '..', '..', '..');
const ISPS = join(ROOT, 'skill-package', 'isps');

type Part =
  | 'messages'
  | 'manifest publishing text'
  | 'ISP strings'
  | 'ISP prices'
  | 'model'
  | 'phrase data'
  | 'manifest entry'
  | 'corpus'
  | 'simulator language'
  | 'conversation transcript';

/** Required of every locale. */
const NOW_PARTS: readonly Part[] = [
  'messages',
  'manifest publishing text',
  'ISP strings',
  'ISP prices',
  'model',
  'phrase data',
  'manifest entry',
  'corpus',
  'simulator language',
  'conversation transcript',
];

/** What the issue asks of a locale's corpus (issue 22, "A corpus per new locale"; test/corpus/README.md). */
const CORPUS_MIN_LINES = 300;
const CORPUS_MIN_HELDOUT_SHARE = 0.2;
/** The two locales the skill started with spread the whole conversation over many transcripts; every later locale has it in one. */
const ORIGINAL_LOCALES: readonly string[] = ['en-US', 'en-GB'];

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
    locales: Record<
      string,
      { name?: string; summary?: string; description?: string; customProductPrompts?: { purchasePromptDescription?: string; boughtCardDescription?: string } }
    >;
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
      return locale in manifest.manifest.publishingInformation.locales || locale in (pending.locales ?? {})
        ? undefined
        : 'neither in skill.json nor in infra/manifest/pending-locales.json';
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
      // The phrase data may be another locale's, declared in PHRASE_FALLBACKS (en-AU and en-IN speak en-GB's).
      const own = (f: string) => existsSync(join(ROOT, 'lambda', 'i18n', locale, f));
      const fallback = PHRASE_FALLBACKS[locale];
      const absent = ['model.json', 'phrases.json'].filter(
        (f) => !own(f) && !(f === 'phrases.json' && fallback !== undefined && existsSync(join(ROOT, 'lambda', 'i18n', fallback, f))),
      );
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
      if (absent.length > 0) return `no test/corpus/${locale}/${absent.join(', ')}`;
      const dev = readCorpus(locale, 'dev').length;
      const heldout = readCorpus(locale, 'heldout').length;
      if (dev + heldout < CORPUS_MIN_LINES) return `${dev + heldout} utterances, fewer than ${CORPUS_MIN_LINES}`;
      if (heldout < CORPUS_MIN_HELDOUT_SHARE * (dev + heldout)) return `${heldout} of ${dev + heldout} utterances held out, less than a fifth`;
      return undefined;
    }
    case 'simulator language':
      // English locales use the simulator's English (test/sim/builtins.ts); another language needs its own words.
      if (locale.startsWith('en-')) return undefined;
      return existsSync(join(ROOT, 'test', 'sim', 'languages', `${locale}.json`)) ? undefined : `no test/sim/languages/${locale}.json`;
    case 'conversation transcript': {
      if (existsSync(join(ROOT, 'test', 'dialogs', `whole-conversation-${locale}.dialog`))) return undefined;
      if (ORIGINAL_LOCALES.includes(locale) && dialogLocales().includes(locale)) return undefined;
      return `no test/dialogs/whole-conversation-${locale}.dialog`;
    }
  }
}

/** The locale of each transcript (`@locale`, en-US when none). */
function dialogLocales(): string[] {
  const dir = join(ROOT, 'test', 'dialogs');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.dialog'))
    .map((f) => /^@locale\s+(\S+)/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? 'en-US');
}

/** Every part the locale lacks, as "part: why". */
function missingParts(locale: string, parts: readonly Part[]): string[] {
  return parts.flatMap((part) => {
    const why = missing(locale, part);
    return why === undefined ? [] : [`${part}: ${why}`];
  });
}

describe.each(MESSAGE_LOCALES)('locale %s', (locale) => {
  it('has every part a locale must have', () => {
    expect(missingParts(locale, NOW_PARTS)).toEqual([]);
  });
});

describe('the locale list', () => {
  it('has messages for every locale the skill ships a model for', () => {
    expect(SUPPORTED_LOCALES.filter((locale) => !MESSAGE_LOCALES.includes(locale))).toEqual([]);
  });

  it('names what is missing, part by part, for a locale nobody has started', () => {
    expect(missingParts('sv-SE', NOW_PARTS)).toEqual([
      'messages: falls back to en-US',
      'manifest publishing text: neither in skill.json nor in infra/manifest/pending-locales.json',
      expect.stringMatching(/^ISP strings: incomplete in /),
      'ISP prices: no ISP marketplace decided for it',
      'model: no skill-package/interactionModels/custom/sv-SE.json',
      'phrase data: no lambda/i18n/sv-SE/model.json, phrases.json',
      'manifest entry: not in skill.json (text waits in infra/manifest/pending-locales.json)',
      'corpus: no test/corpus/sv-SE/dev, heldout',
      'simulator language: no test/sim/languages/sv-SE.json',
      'conversation transcript: no test/dialogs/whole-conversation-sv-SE.dialog',
    ]);
  });
});
