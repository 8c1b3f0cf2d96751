import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { childPath } from './paths';
import {
  COUNTRY_PATTERN,
  CURRENCIES,
  DEFINITION_KEYS,
  DEFINITION_VERSION,
  EXAMPLE_PHRASES_MAX,
  ISP_LOCALES,
  KEYWORDS_MAX,
  LOCALE_PATTERN,
  MARKETPLACE_CURRENCY,
  PAYMENT_FREQUENCIES,
  PROMOTABLE_STATES,
  PURCHASABLE_STATES,
  REFERENCE_NAME_PATTERN,
  TAX_CATEGORIES,
  TEXT_LIMITS,
  TRIAL_DAYS_MAX,
  TYPE_FOLDERS,
} from './rules';
import { isJsonObject, type JsonObject, type JsonValue, PRODUCT_TYPES, type Problem, type ProductFile, type ProductType } from './types';

/** A product file as read from disk, before validation: its relative path and raw text or parsed JSON. */
export interface RawProductFile {
  /** Path relative to the isps directory, with forward slashes. */
  readonly file: string;
  readonly content: unknown;
}

export interface ValidationResult {
  readonly problems: readonly Problem[];
  /** The files that passed, typed; empty when any problem was found in any file. */
  readonly products: readonly ProductFile[];
}

/**
 * Reads every `*.json` under `dir` (recursively) without judging it. Unparseable JSON comes
 * back as a problem so that one run lists every broken file, not just the first.
 */
export async function readProductFiles(dir: string): Promise<{ files: RawProductFile[]; problems: Problem[] }> {
  const files: RawProductFile[] = [];
  const problems: Problem[] = [];
  let entries: string[];
  try {
    entries = await listJsonFiles(dir);
  } catch (error) {
    problems.push({ file: dir, path: '', rule: `cannot read the directory: ${(error as NodeJS.ErrnoException).code ?? 'error'}` });
    return { files, problems };
  }
  for (const absolute of entries.sort()) {
    const file = relative(dir, absolute).split(sep).join('/');
    const text = await readFile(absolute, 'utf8');
    try {
      files.push({ file, content: JSON.parse(text) as unknown });
    } catch (error) {
      problems.push({ file, path: '', rule: `must be valid JSON (${(error as Error).message})` });
    }
  }
  return { files, problems };
}

async function listJsonFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listJsonFiles(full)));
    else if (entry.isFile() && entry.name.endsWith('.json')) out.push(full);
  }
  return out;
}

/** Reads and validates a whole isps directory. */
export async function validateProductDirectory(dir: string): Promise<ValidationResult> {
  const { files, problems } = await readProductFiles(dir);
  const result = validateProductFiles(files);
  const all = [...problems, ...result.problems];
  return { problems: all, products: all.length === 0 ? result.products : [] };
}

/**
 * Validates parsed product files against the reference's rules and against each other
 * (unique referenceName). Returns every problem, never throws.
 */
export function validateProductFiles(files: readonly RawProductFile[]): ValidationResult {
  const problems: Problem[] = [];
  const products: ProductFile[] = [];
  const seen = new Map<string, string>();
  for (const raw of files) {
    const before = problems.length;
    const report = (path: string, rule: string): void => {
      problems.push({ file: raw.file, path, rule });
    };
    checkDefinition(raw.content, raw.file, report);
    const definition = raw.content;
    if (!isJsonObject(definition)) continue;
    const referenceName = definition['referenceName'];
    if (typeof referenceName === 'string' && referenceName !== '') {
      const first = seen.get(referenceName);
      if (first === undefined) seen.set(referenceName, raw.file);
      else report('referenceName', `must be unique across files (also used by ${first})`);
    }
    const type = definition['type'];
    if (problems.length === before && typeof referenceName === 'string' && isProductType(type)) {
      products.push({ file: raw.file, referenceName, type, definition });
    }
  }
  return { problems, products: problems.length === 0 ? products : [] };
}

type Report = (path: string, rule: string) => void;

function isProductType(value: unknown): value is ProductType {
  return typeof value === 'string' && (PRODUCT_TYPES as readonly string[]).includes(value);
}

function checkDefinition(content: unknown, file: string, report: Report): void {
  if (!isJsonObject(content)) {
    report('', 'must be a JSON object (a bare inSkillProductDefinition)');
    return;
  }
  if ('inSkillProductDefinition' in content) {
    report('inSkillProductDefinition', 'must not wrap the definition: the file is the bare inSkillProductDefinition');
    return;
  }
  for (const key of Object.keys(content)) {
    if (!DEFINITION_KEYS.includes(key)) report(childPath('', key), 'is not a field of inSkillProductDefinition');
  }
  if (content['version'] !== DEFINITION_VERSION) report('version', `must be "${DEFINITION_VERSION}"`);

  const type = content['type'];
  if (!isProductType(type)) report('type', `must be one of ${PRODUCT_TYPES.join(', ')}`);

  const referenceName = content['referenceName'];
  if (typeof referenceName !== 'string' || !REFERENCE_NAME_PATTERN.test(referenceName)) {
    report('referenceName', 'must be 1-255 letters, digits or underscores');
  }
  checkFileLocation(file, type, referenceName, report);

  optionalEnum(content, 'purchasableState', '', PURCHASABLE_STATES, report);
  optionalEnum(content, 'promotableState', '', PROMOTABLE_STATES, report);

  const subscription = content['subscriptionInformation'];
  if (type === 'SUBSCRIPTION') {
    if (!isJsonObject(subscription)) report('subscriptionInformation', 'is required for a SUBSCRIPTION');
    else checkSubscription(subscription, report);
  } else if (subscription !== undefined) {
    report('subscriptionInformation', 'is allowed only for a SUBSCRIPTION');
  }

  const publishing = content['publishingInformation'];
  const publishingLocales = isJsonObject(publishing) ? checkPublishing(publishing, report) : [];
  if (!isJsonObject(publishing)) report('publishingInformation', 'is required (an object)');

  const privacy = content['privacyAndCompliance'];
  if (!isJsonObject(privacy)) report('privacyAndCompliance', 'is required (an object)');
  else checkPrivacy(privacy, publishingLocales, report);

  requiredText(content, 'testingInstructions', '', TEXT_LIMITS.testingInstructions, report);
}

/** field guide: files live at `isps/<type folder>/<referenceName>.json`; a mismatch is a copy-paste slip. */
function checkFileLocation(file: string, type: unknown, referenceName: unknown, report: Report): void {
  const parts = file.split('/');
  const base = parts[parts.length - 1] ?? file;
  if (typeof referenceName === 'string' && base !== `${referenceName}.json`) {
    report('referenceName', `must match the file name (${base})`);
  }
  const expectedFolder = typeof type === 'string' ? TYPE_FOLDERS[type] : undefined;
  if (expectedFolder !== undefined && parts.length > 1 && parts[parts.length - 2] !== expectedFolder) {
    report('type', `must match the folder: a ${type} lives in ${expectedFolder}/`);
  }
}

function checkSubscription(subscription: JsonObject, report: Report): void {
  const base = 'subscriptionInformation';
  const frequency = subscription['subscriptionPaymentFrequency'];
  if (typeof frequency !== 'string' || !PAYMENT_FREQUENCIES.includes(frequency)) {
    report(childPath(base, 'subscriptionPaymentFrequency'), `must be one of ${PAYMENT_FREQUENCIES.join(', ')}`);
  }
  const trial = subscription['subscriptionTrialPeriodDays'];
  if (trial !== undefined && (typeof trial !== 'number' || !Number.isInteger(trial) || trial < 0 || trial > TRIAL_DAYS_MAX)) {
    report(childPath(base, 'subscriptionTrialPeriodDays'), `must be a whole number of days from 0 to ${TRIAL_DAYS_MAX}`);
  }
  for (const key of Object.keys(subscription)) {
    if (key !== 'subscriptionPaymentFrequency' && key !== 'subscriptionTrialPeriodDays') {
      report(childPath(base, key), 'is not a field of subscriptionInformation');
    }
  }
}

/** Returns the locales it found, so privacy can be checked against them. */
function checkPublishing(publishing: JsonObject, report: Report): string[] {
  const base = 'publishingInformation';
  const locales = publishing['locales'];
  const found: string[] = [];
  if (!isJsonObject(locales) || Object.keys(locales).length === 0) {
    report(childPath(base, 'locales'), 'must hold at least one locale');
  } else {
    for (const [locale, info] of Object.entries(locales)) {
      const path = childPath(childPath(base, 'locales'), locale);
      if (!checkLocaleKey(locale, path, report)) continue;
      found.push(locale);
      if (!isJsonObject(info)) report(path, 'must be an object');
      else checkLocalePublishing(info, path, report);
    }
  }

  const countries = publishing['distributionCountries'];
  const countriesPath = childPath(base, 'distributionCountries');
  if (!Array.isArray(countries) || countries.length === 0) {
    report(countriesPath, 'must list at least one country');
  } else {
    const unique = new Set<string>();
    countries.forEach((country, index) => {
      if (typeof country !== 'string' || !COUNTRY_PATTERN.test(country)) {
        report(childPath(countriesPath, index), 'must be an ISO 3166-1 alpha-2 code such as US');
      } else if (unique.has(country)) {
        report(childPath(countriesPath, index), 'must not repeat a country');
      } else unique.add(country);
    });
  }

  const pricing = publishing['pricing'];
  const pricingPath = childPath(base, 'pricing');
  if (!isJsonObject(pricing) || Object.keys(pricing).length === 0) {
    report(pricingPath, 'must hold a price for at least one marketplace');
  } else {
    for (const [marketplace, entry] of Object.entries(pricing)) {
      checkMarketplacePrice(marketplace, entry, childPath(pricingPath, marketplace), report);
    }
  }

  const tax = publishing['taxInformation'];
  const category = isJsonObject(tax) ? tax['category'] : undefined;
  if (typeof category !== 'string' || !TAX_CATEGORIES.includes(category)) {
    report(childPath(childPath(base, 'taxInformation'), 'category'), `must be one of ${TAX_CATEGORIES.join(', ')}`);
  }
  return found;
}

function checkLocaleKey(locale: string, path: string, report: Report): boolean {
  if (!LOCALE_PATTERN.test(locale)) {
    report(path, 'must be a locale like en-US (language-COUNTRY)');
    return false;
  }
  if (!ISP_LOCALES.includes(locale)) {
    report(path, `must be a locale that supports in-skill products (${ISP_LOCALES.join(', ')})`);
    return false;
  }
  return true;
}

function checkLocalePublishing(info: JsonObject, path: string, report: Report): void {
  requiredText(info, 'name', path, TEXT_LIMITS.name, report);
  requiredText(info, 'summary', path, TEXT_LIMITS.summary, report);
  requiredText(info, 'description', path, TEXT_LIMITS.description, report);
  httpsUrl(info['smallIconUri'], childPath(path, 'smallIconUri'), report);
  httpsUrl(info['largeIconUri'], childPath(path, 'largeIconUri'), report);
  textList(info['examplePhrases'], childPath(path, 'examplePhrases'), EXAMPLE_PHRASES_MAX, TEXT_LIMITS.examplePhrase, report);
  textList(info['keywords'], childPath(path, 'keywords'), KEYWORDS_MAX, TEXT_LIMITS.keyword, report);
  const prompts = info['customProductPrompts'];
  const promptsPath = childPath(path, 'customProductPrompts');
  if (!isJsonObject(prompts)) {
    report(promptsPath, 'is required (purchasePromptDescription and boughtConfirmationPrompt)');
  } else {
    requiredText(prompts, 'purchasePromptDescription', promptsPath, TEXT_LIMITS.prompt, report);
    requiredText(prompts, 'boughtConfirmationPrompt', promptsPath, TEXT_LIMITS.prompt, report);
  }
}

function checkMarketplacePrice(marketplace: string, entry: JsonValue, path: string, report: Report): void {
  const expectedCurrency = MARKETPLACE_CURRENCY[marketplace];
  if (expectedCurrency === undefined) {
    report(path, `must be a known marketplace (${Object.keys(MARKETPLACE_CURRENCY).join(', ')})`);
    return;
  }
  if (!isJsonObject(entry)) {
    report(path, 'must be an object with defaultPriceListing');
    return;
  }
  const listing = entry['defaultPriceListing'];
  const listingPath = childPath(path, 'defaultPriceListing');
  if (!isJsonObject(listing)) {
    report(listingPath, 'is required (price and currency)');
    return;
  }
  const price = listing['price'];
  if (typeof price !== 'number' || !Number.isFinite(price) || price <= 0) {
    report(childPath(listingPath, 'price'), 'must be a positive number');
  }
  const currency = listing['currency'];
  if (typeof currency !== 'string' || !CURRENCIES.includes(currency)) {
    report(childPath(listingPath, 'currency'), `must be one of ${CURRENCIES.join(', ')}`);
  } else if (currency !== expectedCurrency) {
    report(childPath(listingPath, 'currency'), `must be ${expectedCurrency} on ${marketplace}`);
  }
  const releaseDate = entry['releaseDate'];
  if (releaseDate !== undefined && (typeof releaseDate !== 'string' || Number.isNaN(Date.parse(releaseDate)))) {
    report(childPath(path, 'releaseDate'), 'must be an ISO 8601 date-time');
  }
}

function checkPrivacy(privacy: JsonObject, publishingLocales: readonly string[], report: Report): void {
  const base = childPath('privacyAndCompliance', 'locales');
  const locales = privacy['locales'];
  if (!isJsonObject(locales)) {
    report(base, 'must hold a privacy policy per locale');
    return;
  }
  for (const [locale, entry] of Object.entries(locales)) {
    const path = childPath(base, locale);
    if (!checkLocaleKey(locale, path, report)) continue;
    httpsUrl(isJsonObject(entry) ? entry['privacyPolicyUrl'] : undefined, childPath(path, 'privacyPolicyUrl'), report);
  }
  for (const locale of publishingLocales) {
    if (!(locale in locales)) report(childPath(base, locale), 'must have a privacyPolicyUrl for every published locale');
  }
}

function optionalEnum(obj: JsonObject, key: string, base: string, allowed: readonly string[], report: Report): void {
  const value = obj[key];
  if (value !== undefined && (typeof value !== 'string' || !allowed.includes(value))) {
    report(childPath(base, key), `must be one of ${allowed.join(', ')}`);
  }
}

function requiredText(obj: JsonObject, key: string, base: string, max: number, report: Report): void {
  const value = obj[key];
  const path = childPath(base, key);
  if (typeof value !== 'string' || value.trim() === '') report(path, 'is required (non-empty text)');
  else if (value.length > max) report(path, `must be at most ${max} characters`);
  else if (LONE_SURROGATE.test(value)) report(path, LONE_SURROGATE_RULE);
}

// Half of a surrogate pair is not text: SMAPI stores it as garbage or refuses the product.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATE_RULE = 'must be well-formed Unicode (no lone surrogate)';

function textList(value: JsonValue | undefined, path: string, maxItems: number, maxLength: number, report: Report): void {
  if (!Array.isArray(value) || value.length === 0) {
    report(path, `must list 1 to ${maxItems} entries`);
    return;
  }
  if (value.length > maxItems) report(path, `must list at most ${maxItems} entries`);
  value.forEach((item, index) => {
    if (typeof item !== 'string' || item.trim() === '') report(childPath(path, index), 'must be non-empty text');
    else if (item.length > maxLength) report(childPath(path, index), `must be at most ${maxLength} characters`);
    else if (LONE_SURROGATE.test(item)) report(childPath(path, index), LONE_SURROGATE_RULE);
  });
}

/** Icons and privacy policies must be absolute https URLs with a host. */
function httpsUrl(value: JsonValue | undefined, path: string, report: Report): void {
  if (typeof value !== 'string' || value === '') {
    report(path, 'is required (an https URL)');
    return;
  }
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    report(path, 'must be an absolute URL');
    return;
  }
  if (parsed.protocol !== 'https:' || parsed.hostname === '') report(path, 'must be an https URL with a host');
}
