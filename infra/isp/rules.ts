/**
 * Every limit the validator applies beyond the model's types, in one table, with where it
 * comes from. Field names, value types and enums are not here: they are `ask-smapi-model`'s
 * `v1.isp.InSkillProductDefinition` (infra/smapi-model/check.ts). "reference" = the SMAPI
 * In-Skill Product Management REST API reference. Lengths marked
 * UNCONFIRMED come from Amazon's public ISP schema pages, not from the reference: they are
 * kept here only, so one edit fixes them if the service disagrees.
 */

/** reference: "referenceName. Valid value: 1–255 alphanumeric characters and underscore". */
export const REFERENCE_NAME_PATTERN = /^[A-Za-z0-9_]{1,255}$/;

/** reference: "Locale is the 2-letter language code and 2-letter country/region code... XX-XX". */
export const LOCALE_PATTERN = /^[a-z]{2}-[A-Z]{2}$/;

/** The definition version every reference example uses. */
export const DEFINITION_VERSION = '1.0';

/**
 * Marketplace → currency. amazon.com/USD and amazon.co.uk/GBP are the reference's own
 * examples; the others are UNCONFIRMED (public ISP docs), limited to the model's `v1.isp.Currency` values.
 */
export const MARKETPLACE_CURRENCY: Readonly<Record<string, string>> = {
  'amazon.com': 'USD',
  'amazon.co.uk': 'GBP',
  'amazon.de': 'EUR',
  'amazon.fr': 'EUR',
  'amazon.it': 'EUR',
  'amazon.es': 'EUR',
  'amazon.co.jp': 'JPY',
};

/** Text limits per locale. All UNCONFIRMED (Amazon's ISP schema pages), see the header. */
export const TEXT_LIMITS = {
  name: 50,
  summary: 160,
  description: 4000,
  examplePhrase: 200,
  keyword: 100,
  prompt: 1000,
  testingInstructions: 4000,
} as const;

/** examplePhrases: 1 to 3 entries; keywords: 1 to 30 entries. UNCONFIRMED, see the header. */
export const EXAMPLE_PHRASES_MAX = 3;
export const KEYWORDS_MAX = 30;

/** subscriptionTrialPeriodDays: a whole number of days, 0 = no trial. Upper bound UNCONFIRMED. */
export const TRIAL_DAYS_MAX = 31;

/** The folder each product type lives in (Alexa Skills Kit "Skill package format": `isps/<entitlement|subscription|consumable>/`). */
export const TYPE_FOLDERS: Readonly<Record<string, string>> = {
  SUBSCRIPTION: 'subscription',
  ENTITLEMENT: 'entitlement',
  CONSUMABLE: 'consumable',
};
