import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { ISP_LOCALES } from '../../lambda/entitlements/locales';
import { checkAgainstModel, MODEL_TYPES, type ModelProblem } from '../smapi-model/check';
import { childPath } from './paths';
import {
  DEFINITION_VERSION,
  EXAMPLE_PHRASES_MAX,
  KEYWORDS_MAX,
  LOCALE_PATTERN,
  MARKETPLACE_CURRENCY,
  REFERENCE_NAME_PATTERN,
  TEXT_LIMITS,
  TRIAL_DAYS_MAX,
  TYPE_FOLDERS,
} from './rules';
import { isJsonObject, type JsonObject, type JsonValue, PRODUCT_TYPES, type Problem, type ProductDefinition, type ProductFile, type ProductType } from './types';

/**
 * Product file validation in two layers:
 * 1. the structure is Amazon's own model, `ask-smapi-model` `v1.isp.InSkillProductDefinition`
 *    (infra/smapi-model/check.ts): unknown fields, wrong types and enum values come from the
 *    compiler, with the schema's field names in the message;
 * 2. here, only what the types cannot say: fields the service requires (the model marks every
 *    field optional), text limits and formats, cross-field and cross-file rules.
 */

/** A product file as read from disk, before validation: its relative path and parsed JSON. */
export interface RawProductFile {
  /** Path relative to the isps directory, with forward slashes. */
  readonly file: string;
  readonly content: unknown;
  /** The file's text, so problems carry its own line numbers; JSON.stringify(content) when absent. */
  readonly text?: string;
}

export interface ValidationResult {
  readonly problems: readonly Problem[];
  /** The files that passed, typed; empty when any problem was found in any file. */
  readonly products: readonly ProductFile[];
}

/**
 * Deeper than any product definition (the model's deepest field is six levels down): a file
 * nested further is refused before the model check, whose compiler recurses once per level
 * and would overflow the stack on ten thousand.
 */
export const MAX_JSON_DEPTH = 32;

/** How deeply `value` nests objects and arrays, counted without recursion; stops past `limit`. */
export function jsonDepth(value: unknown, limit: number = MAX_JSON_DEPTH): number {
  let deepest = 0;
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item.value !== 'object' || item.value === null) continue;
    const depth = item.depth + 1;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(item.value)) stack.push({ value: child, depth });
  }
  return deepest;
}

/**
 * Reads every `*.json` under `dir` (recursively) without judging it. Unparseable JSON comes
 * back as a problem so that one run lists every broken file, not just the first. So does every
 * file that cannot be read: a file left out would look like a product to delete to
 * `apply --prune`, so nothing is ever skipped silently. Symbolic links are followed when
 * they lead to a file or folder inside `dir`; any other link is a problem naming it.
 */
export async function readProductFiles(dir: string): Promise<{ files: RawProductFile[]; problems: Problem[] }> {
  const files: RawProductFile[] = [];
  const problems: Problem[] = [];
  const relativeName = (absolute: string) => relative(dir, absolute).split(sep).join('/');
  let entries: string[];
  try {
    const root = await realpath(dir);
    entries = await listJsonFiles(dir, { root, visited: new Set([root]), problems, relativeName });
  } catch (error) {
    problems.push({ file: dir, path: '', rule: `cannot read the directory: ${(error as NodeJS.ErrnoException).code ?? 'error'}` });
    return { files, problems };
  }
  // A file reached twice (through a folder and a link to it) is one product file: the first
  // name in order is kept.
  const read = new Set<string>();
  for (const absolute of entries.sort()) {
    const real = await realpath(absolute);
    if (read.has(real)) continue;
    read.add(real);
    const outcome = await readProductFile(absolute, relativeName(absolute));
    if ('rule' in outcome) problems.push(outcome);
    else files.push(outcome);
  }
  return { files, problems };
}

/** One product file read and parsed, or the problem that kept it from being read. */
async function readProductFile(absolute: string, file: string): Promise<RawProductFile | Problem> {
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    return { file, path: '', rule: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? 'error'}` };
  }
  let content: unknown;
  try {
    content = JSON.parse(text) as unknown;
  } catch (error) {
    return { file, path: '', rule: `must be valid JSON (${(error as Error).message})` };
  }
  if (jsonDepth(content) > MAX_JSON_DEPTH) return { file, path: '', rule: `must not nest objects or arrays more than ${MAX_JSON_DEPTH} levels deep` };
  return { file, content, text };
}

/** Where a symbolic link leads, or the error that kept it from being followed. */
async function followLink(full: string): Promise<{ target: string; isDirectory: boolean } | NodeJS.ErrnoException> {
  try {
    const target = await realpath(full);
    return { target, isDirectory: (await stat(target)).isDirectory() };
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}

interface Walk {
  /** The product folder, links resolved. */
  readonly root: string;
  /** Folders already listed (links resolved): a link back to a parent is listed once. */
  readonly visited: Set<string>;
  readonly problems: Problem[];
  readonly relativeName: (absolute: string) => string;
}

function inside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (rel.split(sep)[0] !== '..' && !isAbsolute(rel));
}

async function listJsonFiles(dir: string, walk: Walk): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    const isJson = entry.name.endsWith('.json');
    if (entry.isSymbolicLink()) {
      const link = await followLink(full);
      // Not `instanceof Error`: Node's own errors may come from another realm (a test runner's).
      if (!('target' in link)) {
        walk.problems.push({ file: walk.relativeName(full), path: '', rule: `is a symbolic link that cannot be followed: ${link.code ?? 'error'}` });
        continue;
      }
      const { target, isDirectory } = link;
      if (!inside(walk.root, target)) {
        walk.problems.push({ file: walk.relativeName(full), path: '', rule: 'is a symbolic link to outside the product folder: copy the file in, or link within the folder' });
      } else if (isDirectory) {
        if (!walk.visited.has(target)) {
          walk.visited.add(target);
          out.push(...(await listJsonFiles(full, walk)));
        }
      } else if (isJson) out.push(full);
    } else if (entry.isDirectory()) {
      // Listed even when a link led here first; only links are cut short, so cycles end.
      walk.visited.add(await realpath(full));
      out.push(...(await listJsonFiles(full, walk)));
    } else if (entry.isFile()) {
      if (isJson) out.push(full);
    } else if (isJson) {
      walk.problems.push({ file: walk.relativeName(full), path: '', rule: 'is not a regular file' });
    }
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

/** Validates parsed product files against the model, the service's rules and each other. Returns every problem, never throws. */
export function validateProductFiles(files: readonly RawProductFile[]): ValidationResult {
  const problems: Problem[] = [];
  const products: ProductFile[] = [];
  const definitions = new Map<string, JsonObject>();
  for (const raw of files) {
    if (!isJsonObject(raw.content)) problems.push({ file: raw.file, path: '', rule: 'must be a JSON object (a bare inSkillProductDefinition)' });
    else if ('inSkillProductDefinition' in raw.content) {
      problems.push({ file: raw.file, path: 'inSkillProductDefinition', rule: 'must not wrap the definition: the file is the bare inSkillProductDefinition' });
    } else definitions.set(raw.file, raw.content);
  }
  const modelInputs = files
    .filter((raw) => definitions.has(raw.file))
    .map((raw) => ({ name: raw.file, text: raw.text ?? JSON.stringify(raw.content, null, 2), kind: 'inSkillProduct' as const }));
  for (const problem of checkAgainstModel(modelInputs)) problems.push(fromModel(problem));

  const seen = new Map<string, string>();
  for (const [file, definition] of definitions) {
    const before = problems.length;
    const report = (path: string, rule: string): void => {
      problems.push({ file, path, rule });
    };
    checkDefinition(definition, file, report);
    const referenceName = definition['referenceName'];
    if (typeof referenceName === 'string' && referenceName !== '') {
      const first = seen.get(referenceName);
      if (first === undefined) seen.set(referenceName, file);
      else report('referenceName', `must be unique across files (also used by ${first})`);
    }
    const type = definition['type'];
    if (problems.length === before && typeof referenceName === 'string' && isProductType(type)) {
      // Type-checked against v1.isp.InSkillProductDefinition above (checkAgainstModel), with no problem.
      products.push({ file, referenceName, type, definition: definition as ProductDefinition });
    }
  }
  return { problems, products: problems.length === 0 ? products : [] };
}

/** A compiler diagnostic as a problem in the schema's words. */
function fromModel(problem: ModelProblem): Problem {
  const at = { file: problem.name, path: problem.path };
  if (problem.unknownField !== undefined) {
    const parent = parentName(problem.path);
    const suggestion = closestField(problem.unknownField, problem.knownFields ?? []);
    return { ...at, rule: `${problem.unknownField} is not a field of ${parent}${suggestion === undefined ? '' : `; did you mean ${suggestion}?`}` };
  }
  const allowed = problem.allowedValues;
  if (allowed !== undefined && allowed.length <= ENUM_LISTED_MAX) return { ...at, rule: `must be one of ${allowed.join(', ')}` };
  if (allowed !== undefined) {
    const meant = /Did you mean '"?([^'"]+)"?'\?/.exec(problem.message)?.[1];
    return { ...at, rule: `must be one of the model's ${problem.expectedType ?? 'enum'} values${meant === undefined ? '' : `; did you mean ${meant}?`}` };
  }
  if (problem.expectedType !== undefined) return { ...at, rule: `must be ${article(problem.expectedType)} (${MODEL_TYPES.inSkillProduct}): ${problem.message}` };
  return { ...at, rule: `does not match ${MODEL_TYPES.inSkillProduct}: ${problem.message}` };
}

/** Enums longer than this (the 250 distribution countries) are named, not listed. */
const ENUM_LISTED_MAX = 10;

function article(type: string): string {
  return /^[aeiou]/i.test(type) ? `an ${type}` : `a ${type}`;
}

/** `customProductPrompts` for `publishingInformation.locales["en-US"].customProductPrompts.x`; the definition itself at the top. */
function parentName(path: string): string {
  const withoutLast = path.replace(/(?:^|\.)[A-Za-z_][A-Za-z0-9_]*$|\[[^\]]*\]$/, '');
  if (withoutLast === '') return 'inSkillProductDefinition';
  return /(?:^|\.)([A-Za-z_][A-Za-z0-9_]*)$/.exec(withoutLast)?.[1] ?? withoutLast;
}

/**
 * The schema field an unknown one most likely meant: among the fields the object does not
 * already use, the closest by edit distance, preferring a shared prefix; none when nothing is close.
 */
export function closestField(unknown: string, known: readonly string[]): string | undefined {
  let best: { field: string; score: number } | undefined;
  for (const field of known) {
    const distance = editDistance(unknown.toLowerCase(), field.toLowerCase());
    const prefix = commonPrefix(unknown.toLowerCase(), field.toLowerCase());
    const score = distance - 2 * prefix;
    const close = distance <= Math.max(unknown.length, field.length) * 0.4 || prefix >= 4;
    if (close && (best === undefined || score < best.score)) best = { field, score };
  }
  return best?.field;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

type Report = (path: string, rule: string) => void;

function isProductType(value: unknown): value is ProductType {
  return typeof value === 'string' && (PRODUCT_TYPES as readonly string[]).includes(value);
}

/**
 * The service's rules the model's types cannot express. A value of the wrong JSON type is the
 * model check's to report, so these rules look only at values of the right type (or absent ones).
 */
function checkDefinition(content: JsonObject, file: string, report: Report): void {
  checkStrings(content, '', report);
  if (content['version'] !== DEFINITION_VERSION && (content['version'] === undefined || typeof content['version'] === 'string')) {
    report('version', `must be "${DEFINITION_VERSION}"`);
  }
  const type = content['type'];
  if (type === undefined) report('type', `is required (${PRODUCT_TYPES.join(', ')})`);

  const referenceName = content['referenceName'];
  if (referenceName === undefined || (typeof referenceName === 'string' && !REFERENCE_NAME_PATTERN.test(referenceName))) {
    report('referenceName', 'must be 1-255 letters, digits or underscores');
  }
  checkFileLocation(file, type, referenceName, report);

  const subscription = content['subscriptionInformation'];
  if (type === 'SUBSCRIPTION') {
    if (subscription === undefined) report('subscriptionInformation', 'is required for a SUBSCRIPTION');
    else if (isJsonObject(subscription)) checkSubscription(subscription, report);
  } else if (subscription !== undefined && isProductType(type)) {
    report('subscriptionInformation', 'is allowed only for a SUBSCRIPTION');
  }

  const publishing = content['publishingInformation'];
  if (publishing === undefined) report('publishingInformation', 'is required');
  const publishingLocales = isJsonObject(publishing) ? checkPublishing(publishing, report) : [];

  const privacy = content['privacyAndCompliance'];
  if (privacy === undefined) report('privacyAndCompliance', 'is required (a privacy policy per locale)');
  else if (isJsonObject(privacy)) checkPrivacy(privacy, publishingLocales, report);

  requiredText(content, 'testingInstructions', '', TEXT_LIMITS.testingInstructions, report);
}

/** Files live at `isps/<type folder>/<referenceName>.json`; a mismatch is a copy-paste slip. */
function checkFileLocation(file: string, type: JsonValue | undefined, referenceName: JsonValue | undefined, report: Report): void {
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
  if (subscription['subscriptionPaymentFrequency'] === undefined) report(childPath(base, 'subscriptionPaymentFrequency'), 'is required (MONTHLY or YEARLY)');
  const trial = subscription['subscriptionTrialPeriodDays'];
  if (typeof trial === 'number' && (!Number.isInteger(trial) || trial < 0 || trial > TRIAL_DAYS_MAX)) {
    report(childPath(base, 'subscriptionTrialPeriodDays'), `must be a whole number of days from 0 to ${TRIAL_DAYS_MAX}`);
  }
}

/** Returns the locales it found, so privacy can be checked against them. */
function checkPublishing(publishing: JsonObject, report: Report): string[] {
  const base = 'publishingInformation';
  const locales = publishing['locales'];
  const found: string[] = [];
  if (locales === undefined || (isJsonObject(locales) && Object.keys(locales).length === 0)) {
    report(childPath(base, 'locales'), 'must hold at least one locale');
  } else if (isJsonObject(locales)) {
    for (const [locale, info] of Object.entries(locales)) {
      const path = childPath(childPath(base, 'locales'), locale);
      if (!checkLocaleKey(locale, path, report)) continue;
      found.push(locale);
      if (isJsonObject(info)) checkLocalePublishing(info, path, report);
    }
  }

  const countries = publishing['distributionCountries'];
  const countriesPath = childPath(base, 'distributionCountries');
  if (countries === undefined || (Array.isArray(countries) && countries.length === 0)) {
    report(countriesPath, 'must list at least one country');
  } else if (Array.isArray(countries)) {
    const unique = new Set<JsonValue>();
    countries.forEach((country, index) => {
      if (unique.has(country)) report(childPath(countriesPath, index), 'must not repeat a country');
      unique.add(country);
    });
  }

  const pricing = publishing['pricing'];
  const pricingPath = childPath(base, 'pricing');
  if (pricing === undefined || (isJsonObject(pricing) && Object.keys(pricing).length === 0)) {
    report(pricingPath, 'must hold a price for at least one marketplace');
  } else if (isJsonObject(pricing)) {
    for (const [marketplace, entry] of Object.entries(pricing)) {
      if (isJsonObject(entry)) checkMarketplacePrice(marketplace, entry, childPath(pricingPath, marketplace), report);
    }
  }

  const tax = publishing['taxInformation'];
  if (tax === undefined || (isJsonObject(tax) && tax['category'] === undefined)) {
    report(childPath(childPath(base, 'taxInformation'), 'category'), 'is required');
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
  if (prompts === undefined) report(promptsPath, 'is required (purchasePromptDescription and boughtCardDescription)');
  else if (isJsonObject(prompts)) {
    requiredText(prompts, 'purchasePromptDescription', promptsPath, TEXT_LIMITS.prompt, report);
    requiredText(prompts, 'boughtCardDescription', promptsPath, TEXT_LIMITS.prompt, report);
  }
}

function checkMarketplacePrice(marketplace: string, entry: JsonObject, path: string, report: Report): void {
  const expectedCurrency = MARKETPLACE_CURRENCY[marketplace];
  if (expectedCurrency === undefined) {
    report(path, `must be a known marketplace (${Object.keys(MARKETPLACE_CURRENCY).join(', ')})`);
    return;
  }
  const listing = entry['defaultPriceListing'];
  const listingPath = childPath(path, 'defaultPriceListing');
  if (listing === undefined) {
    report(listingPath, 'is required (price and currency)');
    return;
  }
  if (!isJsonObject(listing)) return;
  const price = listing['price'];
  if (price === undefined || (typeof price === 'number' && (!Number.isFinite(price) || price <= 0))) {
    report(childPath(listingPath, 'price'), 'must be a positive number');
  }
  const currency = listing['currency'];
  if (currency === undefined) report(childPath(listingPath, 'currency'), `is required (${expectedCurrency} on ${marketplace})`);
  else if (typeof currency === 'string' && currency !== expectedCurrency) report(childPath(listingPath, 'currency'), `must be ${expectedCurrency} on ${marketplace}`);
  const releaseDate = entry['releaseDate'];
  if (typeof releaseDate === 'string' && Number.isNaN(Date.parse(releaseDate))) {
    report(childPath(path, 'releaseDate'), 'must be an ISO 8601 date-time');
  }
}

function checkPrivacy(privacy: JsonObject, publishingLocales: readonly string[], report: Report): void {
  const base = childPath('privacyAndCompliance', 'locales');
  const locales = privacy['locales'];
  if (locales === undefined) {
    report(base, 'must hold a privacy policy per locale');
    return;
  }
  if (!isJsonObject(locales)) return;
  for (const [locale, entry] of Object.entries(locales)) {
    const path = childPath(base, locale);
    if (!checkLocaleKey(locale, path, report)) continue;
    if (isJsonObject(entry)) httpsUrl(entry['privacyPolicyUrl'], childPath(path, 'privacyPolicyUrl'), report);
  }
  for (const locale of publishingLocales) {
    if (!(locale in locales)) report(childPath(base, locale), 'must have a privacyPolicyUrl for every published locale');
  }
}

function requiredText(obj: JsonObject, key: string, base: string, max: number, report: Report): void {
  const value = obj[key];
  const path = childPath(base, key);
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) report(path, 'is required (non-empty text)');
  else if (typeof value === 'string' && value.length > max) report(path, `must be at most ${max} characters`);
}

function textList(value: JsonValue | undefined, path: string, maxItems: number, maxLength: number, report: Report): void {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) {
    report(path, `must list 1 to ${maxItems} entries`);
    return;
  }
  if (!Array.isArray(value)) return;
  if (value.length > maxItems) report(path, `must list at most ${maxItems} entries`);
  value.forEach((item, index) => {
    if (typeof item !== 'string') return;
    if (item.trim() === '') report(childPath(path, index), 'must be non-empty text');
    else if (item.length > maxLength) report(childPath(path, index), `must be at most ${maxLength} characters`);
  });
}

/** Icons and privacy policies must be absolute https URLs with a host. */
function httpsUrl(value: JsonValue | undefined, path: string, report: Report): void {
  if (value === undefined || value === '') {
    report(path, 'is required (an https URL)');
    return;
  }
  if (typeof value !== 'string') return;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    report(path, 'must be an absolute URL');
    return;
  }
  if (parsed.protocol !== 'https:' || parsed.hostname === '') report(path, 'must be an https URL with a host');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every string, keys included, must be well-formed Unicode: a lone surrogate cannot be stored or spoken. */
function checkStrings(value: JsonValue, path: string, report: Report): void {
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) report(path, 'must be well-formed Unicode text (it has a lone surrogate)');
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      checkStrings(item, childPath(path, index), report);
    });
  } else if (isJsonObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (LONE_SURROGATE.test(key)) report(path === '' ? '(a key)' : path, 'must have well-formed Unicode keys (one has a lone surrogate)');
      else checkStrings(item, childPath(path, key), report);
    }
  }
}
