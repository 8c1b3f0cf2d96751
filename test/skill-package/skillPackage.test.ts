import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IntentNames, SlotNames, SlotTypes, SUPPORTED_LOCALES } from '../../lambda/constants';
import { loadLanguageModel } from '../sim/model';
import { intentRequest } from '../support/envelopes';
import { captureLogs } from '../support/logs';
import { testSkill } from '../support/skill';
import { OPENS } from './openers';

const root = path.resolve(__dirname, '../..');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as T;
const models = SUPPORTED_LOCALES.map((locale) => ({ locale, model: loadLanguageModel(locale) }));
const manifest = readJson<{ manifest: Record<string, unknown> }>('skill-package/skill.json').manifest as {
  publishingInformation: {
    locales: Record<string, { name: string; summary: string; description: string; examplePhrases: string[]; keywords: string[] }>;
    distributionCountries: string[];
  };
  permissions?: unknown[];
  privacyAndCompliance: {
    shoppingKit?: { isShoppingActionsEnabled?: boolean; isAmazonAssociatesOnAlexaEnabled?: boolean };
    allowsPurchases: boolean;
    usesPersonalInfo: boolean;
    locales: Record<string, { privacyPolicyUrl: string }>;
  };
  apis: { custom: { endpoint: { uri: string } } };
  events?: { endpoint?: { uri?: string }; subscriptions?: Array<{ eventName: string }> };
};

const customIntents = Object.values(IntentNames).filter((name) => !name.startsWith('AMAZON.'));
const REQUIRED_BUILT_INS = ['AMAZON.CancelIntent', 'AMAZON.HelpIntent', 'AMAZON.StopIntent', 'AMAZON.NavigateHomeIntent', 'AMAZON.FallbackIntent'];
const normalise = (sample: string) => sample.toLowerCase().replace(/\s+/g, ' ').trim();

describe.each(models)('the $locale interaction model', ({ locale, model }) => {
  it('has a two-word, lower-case invocation name (in Japanese: one word in Japanese script)', () => {
    // Alexa Skills Kit, "Choose the invocation name": a Japanese skill is invoked by a name in Japanese (kana or kanji).
    if (locale.startsWith('ja-')) expect(model.invocationName).toMatch(/^[\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Han}\u30FC]{2,}$/u);
    else expect(model.invocationName).toMatch(/^[a-z]+( [a-z]+)+$/);
    expect(model.invocationName).not.toMatch(/\b(alexa|amazon|echo|skill|app)\b|アレクサ|アマゾン|エコー|スキル/);
  });

  it('defines every intent the skill names, and the required built-ins', () => {
    const names = model.intents.map((i) => i.name);
    for (const name of [...Object.values(IntentNames), ...REQUIRED_BUILT_INS]) expect(names).toContain(name);
  });

  it('gives every custom intent at least eight natural sample utterances', () => {
    for (const intent of model.intents.filter((i) => !i.name.startsWith('AMAZON.'))) {
      expect({ intent: intent.name, count: (intent.samples ?? []).length >= 8 }).toEqual({ intent: intent.name, count: true });
    }
  });

  it('has no duplicate utterance within or across intents', () => {
    const seen = new Map<string, string>();
    for (const intent of model.intents) {
      for (const sample of intent.samples ?? []) {
        const key = normalise(sample);
        expect({ sample, first: seen.get(key) }).toEqual({ sample, first: undefined });
        seen.set(key, intent.name);
      }
    }
  });

  it('declares every slot a sample uses, uses every slot it declares, and defines every slot type', () => {
    const customTypes = new Set((model.types ?? []).map((t) => t.name));
    for (const intent of model.intents) {
      const declared = new Set((intent.slots ?? []).map((s) => s.name));
      const used = new Set((intent.samples ?? []).flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '')));
      for (const name of used) expect({ intent: intent.name, slot: name, declared: declared.has(name) }).toMatchObject({ declared: true });
      for (const name of declared) expect({ intent: intent.name, slot: name, used: used.has(name) }).toMatchObject({ used: true });
      for (const slot of intent.slots ?? []) {
        expect(slot.type.startsWith('AMAZON.') || customTypes.has(slot.type)).toBe(true);
      }
    }
  });

  it('never lets a sample be only an AMAZON.SearchQuery slot: it needs a carrier phrase', () => {
    const search = model.intents.find((i) => i.name === IntentNames.SearchProducts);
    expect(search?.slots?.map(({ name, type }) => ({ name, type }))).toEqual([{ name: SlotNames.Query, type: 'AMAZON.SearchQuery' }]);
    for (const sample of search?.samples ?? []) expect(sample.replace('{query}', '').trim()).not.toBe('');
  });

  it('gives the premium product type one value per in-skill product, with synonyms', () => {
    const type = (model.types ?? []).find((t) => t.name === SlotTypes.PremiumProduct);
    expect(type?.values.map((v) => v.id).sort()).toEqual(['offer_insights', 'premium_shopper', 'watch_slots']);
    for (const value of type?.values ?? []) expect((value.name.synonyms ?? []).length).toBeGreaterThan(0);
  });

  it('matches the en-US model intent for intent', () => {
    const us = models.find((m) => m.locale === 'en-US')?.model;
    expect(model.intents.map((i) => i.name).sort()).toEqual((us?.intents ?? []).map((i) => i.name).sort());
  });
});

describe('the skill manifest', () => {
  it("subscribes to SkillDisabled, at the skill's own endpoint, so a customer's stored state can be deleted", () => {
    expect(manifest.events?.subscriptions).toEqual([{ eventName: 'SKILL_DISABLED' }]);
    expect(manifest.events?.endpoint?.uri).toBe(manifest.apis.custom.endpoint.uri);
  });

  it('enables Alexa Shopping Actions and purchases', () => {
    expect(manifest.privacyAndCompliance.shoppingKit?.isShoppingActionsEnabled).toBe(true);
    expect(manifest.privacyAndCompliance.allowsPurchases).toBe(true);
  });

  it('commits the Associates switch off: npm run deploy:skill sets it, in the staged copy, from the deployed function', () => {
    expect(manifest.privacyAndCompliance.shoppingKit?.isAmazonAssociatesOnAlexaEnabled).toBe(false);
  });

  it('asks for no customer permission and declares no personal information: the skill reads no profile, address or list data', () => {
    // Monetization and Shopping Actions need no manifest permission; per-customer state is keyed by a hash of the user id.
    expect(manifest.permissions).toBeUndefined();
    expect(manifest.privacyAndCompliance.usesPersonalInfo).toBe(false);
  });

  it('publishes in every supported locale with example phrases that open the skill by its invocation name', () => {
    for (const { locale, model } of models) {
      const info = manifest.publishingInformation.locales[locale];
      expect(info?.name).toBeTruthy();
      expect(info?.summary.length).toBeLessThanOrEqual(160);
      expect(info?.examplePhrases.length).toBeGreaterThanOrEqual(1);
      expect(info?.examplePhrases[0]?.toLowerCase()).toBe(OPENS[locale]?.(model.invocationName).toLowerCase());
      for (const phrase of info?.examplePhrases ?? []) expect(phrase.toLowerCase()).toContain(model.invocationName.toLowerCase());
      expect(manifest.privacyAndCompliance.locales[locale]?.privacyPolicyUrl).toMatch(/^https:\/\//);
    }
    expect(manifest.publishingInformation.distributionCountries).toEqual(expect.arrayContaining(['US', 'GB', 'DE', 'AT', 'IT', 'ES']));
  });

  it('has an endpoint the deploy step replaces with the function ARN', () => {
    expect(manifest.apis.custom.endpoint.uri).toMatch(/^arn:aws:lambda:/);
  });
});

describe('every intent in the models has a handler', () => {
  const logs = captureLogs();
  afterAll(() => logs.restore());
  const { invoke } = testSkill();
  const intents = models.find((m) => m.locale === 'en-US')?.model.intents ?? [];

  it.each(intents.map((i) => i.name))('%s is answered by a handler, not the catch-all error handler', async (name) => {
    logs.lines.splice(0);
    const out = await invoke(intentRequest(name));
    expect(out.version).toBe('1.0');
    expect(logs.events()).not.toContain('unhandled_error');
  });

  it('covers every custom intent the constants name', () => {
    expect(intents.map((i) => i.name)).toEqual(expect.arrayContaining(customIntents));
  });
});
