import type { v1 } from 'ask-smapi-model';
import { phrasesFor } from '../../lambda/i18n/phrases';
import { findConflicts, instantiate, wildcardPattern } from './conflicts';
import { type LanguageModel, loadLanguageModel } from './model';
import { SUPPORTED_LOCALES } from '../../lambda/constants';

/** A model with the original trap, to prove the check catches it. */
const TRAPPED: LanguageModel = {
  invocationName: 'voice shopper',
  intents: [
    { name: 'BuyProductIntent', slots: [{ name: 'ordinal', type: 'AMAZON.Ordinal' }], samples: ['buy the {ordinal} one', 'buy it'] },
    { name: 'OrderHelpIntent', slots: [], samples: ['cancel my order', 'return it'] },
    { name: 'BuyPremiumIntent', slots: [{ name: 'premiumProduct', type: 'PremiumProductType' }], samples: ['buy {premiumProduct}'] },
    { name: 'RefundPremiumIntent', slots: [{ name: 'premiumProduct', type: 'PremiumProductType' }], samples: ['cancel my {premiumProduct}', 'return {premiumProduct}'] },
  ],
  types: [{ name: 'PremiumProductType', values: [{ id: 'premium_shopper', name: { value: 'premium shopper' } }] }],
};

describe('the interaction model conflict check', () => {
  it('catches the trap the issue found: a bare custom slot after buy, cancel and return', () => {
    const found = findConflicts(TRAPPED).map((c) => `${c.sample} <- ${c.by}: ${c.bySample}`);
    expect(found).toEqual([
      'buy the {ordinal} one <- BuyPremiumIntent: buy {premiumProduct}',
      'buy it <- BuyPremiumIntent: buy {premiumProduct}',
      'cancel my order <- RefundPremiumIntent: cancel my {premiumProduct}',
      'return it <- RefundPremiumIntent: return {premiumProduct}',
    ]);
  });

  it('says samples the way customers do and compiles only wildcard samples', () => {
    const slots = [
      { name: 'ordinal', type: 'AMAZON.Ordinal' },
      { name: 'query', type: 'AMAZON.SearchQuery' },
    ];
    expect(instantiate('add the {ordinal} one to my cart', slots)).toBe('add the second one to my cart');
    expect(instantiate("what's {query}", slots)).toBe('what is zebra crackers');
    expect(wildcardPattern('buy the {ordinal} one', slots)).toBeUndefined();
    expect(wildcardPattern('buy {query}', slots)?.test('buy the second one')).toBe(true);
  });
});

describe.each(SUPPORTED_LOCALES)('the %s interaction model', (locale) => {
  const model = loadLanguageModel(locale);

  it('has no sample that another intent takes through a wildcard slot', () => {
    const phrases = phrasesFor(locale);
    expect(findConflicts(model, { ordinal: phrases.ordinals[1] ?? '', number: phrases.numbers.units[2] ?? '' })).toEqual([]);
  });

  it('reaches the premium intents only with premium words, never a bare product slot after a verb', () => {
    // The words that name a subscription or an upgrade in the model's language, or signing up
    // for one ("sign me up", "apúntame", "inscris-moi": said back to an offer, they name it).
    const PREMIUM_WORDS =
      /\b(premium|subscription|subscribe|unsubscribe|upgrade|sign (?:me |us )?up|apúntame|apuntarme|anmelden|inscris-moi|membership|abo|abonnement|abonne|abonner|désabonne|désabonner|désinscris|désinscrire|souscris|souscrire|abonnieren|abonniere|abonnier|mitgliedschaft|abbonamento|abbonarmi|abbonami|abbono|iscrivermi|iscrivimi|suscripción|suscribirme|suscríbeme|suscribo|suscribir|membresía)\b|プレミアム|サブスク|アップグレード|登録|解約|有料/;
    for (const name of ['BuyPremiumIntent', 'RefundPremiumIntent']) {
      const intent = model.intents.find((i) => i.name === name);
      for (const sample of intent?.samples ?? []) {
        expect({ sample, premium: PREMIUM_WORDS.test(sample.toLowerCase()) }).toEqual({ sample, premium: true });
        expect(sample).not.toMatch(/^(?:I want |I would like to )?(?:buy|get|purchase|order|cancel|return|refund)(?: more| my| a| the)? \{premiumProduct\}$/i);
      }
    }
  });

  it('elicits the search query with slot samples that take a bare product name', () => {
    const search = model.intents.find((i) => i.name === 'SearchProductsIntent');
    const query = search?.slots?.find((s) => s.name === 'query');
    expect(query?.samples).toContain('{query}');
  });
});

/**
 * The dialog model's keys, checked against ask-smapi-model's types: each table below must
 * name every key of its type and nothing else (TypeScript enforces it), and the JSON may use
 * no other key.
 */
type Keys<T> = Record<keyof T, true>;
const SCHEMA_KEYS: Keys<v1.skill.interactionModel.InteractionModelSchema> = { languageModel: true, dialog: true, prompts: true };
const DIALOG_KEYS: Keys<v1.skill.interactionModel.Dialog> = { delegationStrategy: true, intents: true };
const DIALOG_INTENT_KEYS: Keys<v1.skill.interactionModel.DialogIntents> = { name: true, delegationStrategy: true, slots: true, confirmationRequired: true, prompts: true };
const DIALOG_SLOT_KEYS: Keys<v1.skill.interactionModel.DialogSlotItems> = {
  name: true,
  type: true,
  elicitationRequired: true,
  confirmationRequired: true,
  prompts: true,
  validations: true,
};
const PROMPT_KEYS: Keys<v1.skill.interactionModel.Prompt> = { id: true, variations: true };
const VARIATION_KEYS: Keys<v1.skill.interactionModel.PromptItems> = { type: true, value: true };
const SLOT_KEYS: Keys<v1.skill.interactionModel.SlotDefinition> = { name: true, type: true, multipleValues: true, samples: true };
const STRATEGIES: readonly v1.skill.interactionModel.DelegationStrategyType[] = ['ALWAYS', 'SKILL_RESPONSE'];
const PROMPT_TYPES: readonly v1.skill.interactionModel.PromptItemsType[] = ['SSML', 'PlainText'];

function unknownKeys(value: object, allowed: object): string[] {
  return Object.keys(value).filter((k) => !Object.hasOwn(allowed, k));
}

describe.each(SUPPORTED_LOCALES)('the %s dialog model', (locale) => {
  // eslint-style require: the file is JSON, read as it is deployed.
  const schema = require(`../../skill-package/interactionModels/custom/${locale}.json`).interactionModel as v1.skill.interactionModel.InteractionModelSchema;

  it('uses only the fields ask-smapi-model defines, with valid enum values', () => {
    expect(unknownKeys(schema, SCHEMA_KEYS)).toEqual([]);
    const dialog = schema.dialog;
    if (dialog === undefined) throw new Error('no dialog model');
    expect(unknownKeys(dialog, DIALOG_KEYS)).toEqual([]);
    expect(STRATEGIES).toContain(dialog.delegationStrategy);
    for (const intent of dialog.intents) {
      expect(unknownKeys(intent, DIALOG_INTENT_KEYS)).toEqual([]);
      for (const slot of intent.slots ?? []) expect(unknownKeys(slot, DIALOG_SLOT_KEYS)).toEqual([]);
    }
    for (const prompt of schema.prompts ?? []) {
      expect(unknownKeys(prompt, PROMPT_KEYS)).toEqual([]);
      for (const v of prompt.variations) {
        expect(unknownKeys(v, VARIATION_KEYS)).toEqual([]);
        expect(PROMPT_TYPES).toContain(v.type);
      }
    }
    for (const intent of schema.languageModel.intents) for (const slot of intent.slots ?? []) expect(unknownKeys(slot, SLOT_KEYS)).toEqual([]);
  });

  it('names intents, slots and prompts that exist, and a prompt for every required slot', () => {
    const promptIds = new Set((schema.prompts ?? []).map((p) => p.id));
    for (const intent of schema.dialog?.intents ?? []) {
      const declared = schema.languageModel.intents.find((i) => i.name === intent.name);
      expect(declared).toBeDefined();
      for (const slot of intent.slots ?? []) {
        expect(declared?.slots?.find((s) => s.name === slot.name)?.type).toBe(slot.type);
        if (slot.elicitationRequired === true) expect(promptIds.has(slot.prompts.elicitation ?? '')).toBe(true);
      }
    }
  });
});
