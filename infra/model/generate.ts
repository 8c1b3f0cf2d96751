/**
 * Builds each locale's interaction model from the one declaration (`declaration.ts`) and the
 * locale's words (`lambda/i18n/<locale>/model.json`). A locale is a folder: any folder under
 * `lambda/i18n/` holding a `model.json` gets a model, with no change here.
 *
 * The locale file is checked against the declaration (every declared intent has samples or
 * is built in, every sample names declared slots only, every declared value id is supplied),
 * so a translator's slip fails the build with the file and the place, not at Alexa.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SlotTypes } from '../../lambda/constants';
import type { Phrases } from '../../lambda/i18n/phrases';
import { type DeclaredIntent, INTENTS, TYPES } from './declaration';

export const ROOT = path.resolve(__dirname, '..', '..');
export const LANGUAGE_ROOT = path.join(ROOT, 'lambda', 'i18n');
export const MODELS_DIR = path.join(ROOT, 'skill-package', 'interactionModels', 'custom');

/** One locale's words for the interaction model. */
export interface LocaleModelSource {
  invocationName: string;
  /** Sample utterances by intent name. */
  samples: Record<string, string[]>;
  /** Samples Alexa listens for when the dialog elicits a slot: intent → slot → samples. */
  slotSamples?: Record<string, Record<string, string[]>>;
  /** Custom slot type values by type name. */
  values: Record<string, Array<{ id?: string; value: string; synonyms?: string[] }>>;
  /** Prompt variations by prompt id. */
  prompts: Record<string, string[]>;
  /** Sample shapes for the sort intents, `{word}` standing for each of the locale's sort words. */
  sortTemplates?: string[];
  /** Filled in from phrases.json: the sort words by order. */
  sortWords?: Record<string, string[]>;
  /**
   * Sample templates filled from the locale's phrase data, by intent: `<key>` stands for every
   * entry of that phrase list (`<premium.premium_shopper>` for a nested one), `(a|b|c)` for any
   * of the alternatives. The words the Lambda reads and the samples Alexa hears stay one list.
   */
  phraseSamples?: Record<string, string[]>;
  /** Filled in from phrases.json: the whole phrase data, for `phraseSamples`. */
  phrases?: Record<string, unknown>;
}

export class ModelSourceError extends Error {
  constructor(
    readonly locale: string,
    readonly problems: string[],
  ) {
    super(`lambda/i18n/${locale}/model.json: ${problems.join('; ')}`);
    this.name = 'ModelSourceError';
  }
}

/** Locales with a model source, sorted. */
export function modelLocales(root = LANGUAGE_ROOT): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(root, entry.name, 'model.json')))
    .map((entry) => entry.name)
    .sort();
}

/** SortType ids by the phrase data's sort names. */
const SORT_IDS: Record<string, string> = { 'price-asc': 'PRICE_ASC', 'price-desc': 'PRICE_DESC', rating: 'RATING' };

/**
 * The locale's model words. Slot types whose words the Lambda also reads (the premium
 * products, the sorts) come from the locale's `phrases.json`, so the two never drift apart.
 */
export function readModelSource(locale: string, root = LANGUAGE_ROOT): LocaleModelSource {
  const source = JSON.parse(readFileSync(path.join(root, locale, 'model.json'), 'utf8')) as LocaleModelSource;
  const phrases = JSON.parse(readFileSync(path.join(root, locale, 'phrases.json'), 'utf8')) as Pick<Phrases, 'premium' | 'sorts' | 'sortSlotWords' | 'amounts'>;
  source.phrases = phrases as unknown as Record<string, unknown>;
  const fromPhrases = (entries: Array<[string, string[]]>) => entries.map(([id, [value = id, ...synonyms]]) => ({ id, value, synonyms }));
  source.values[SlotTypes.PremiumProduct] = fromPhrases(Object.entries(phrases.premium));
  source.sortWords = phrases.sorts;
  source.values[SlotTypes.Sort] = fromPhrases(Object.entries(phrases.sorts).map(([name, ways]) => [SORT_IDS[name] ?? name, [...ways, ...(phrases.sortSlotWords[name as keyof Phrases['sorts']] ?? [])]]));
  // One value per amount: the id is the number, every way of saying it a synonym.
  const amounts = new Map<number, string[]>();
  for (const [words, value] of Object.entries(phrases.amounts)) amounts.set(value, [...(amounts.get(value) ?? []), words]);
  source.values[SlotTypes.Amount] = [...amounts].map(([value, [first = String(value), ...rest]]) => ({ id: String(value), value: first, synonyms: rest }));
  return source;
}

const isBuiltIn = (intent: DeclaredIntent): boolean => intent.name.startsWith('AMAZON.');
const promptId = (intent: string, slot: string): string => `Elicit.Slot.${intent}.${slot}`;

/** At most this many samples come from one intent's templates: enough variety, a model Alexa builds quickly. */
const MAX_TEMPLATE_SAMPLES = 600;

/** A phrase list by its key in the phrase data (`premium.premium_shopper` for a nested one). */
function phraseList(phrases: Record<string, unknown> | undefined, key: string): string[] {
  let value: unknown = phrases;
  for (const part of key.split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new Error(`phraseSamples: no phrase list "${key}"`);
  return value as string[];
}

/** Every sample a template makes: `<key>` and `(a|b)` expanded, one part at a time. */
export function expandTemplate(template: string, phrases: Record<string, unknown> | undefined): string[] {
  const part = /<([\w.]+)>|\(([^()]*)\)/.exec(template);
  if (part === null) return [template.replace(/\s+/g, ' ').trim()];
  const choices = part[1] !== undefined ? phraseList(phrases, part[1]) : (part[2] ?? '').split('|');
  const before = template.slice(0, part.index);
  const after = template.slice(part.index + part[0].length);
  return choices.flatMap((choice) => expandTemplate(`${before}${choice}${after}`, phrases));
}

/** The written contraction of a full form ("that is" → "that's"), from the phrase data's contractions. */
function contract(sample: string, phrases: Record<string, unknown> | undefined): string {
  const contractions = (phrases?.['contractions'] ?? {}) as Record<string, string>;
  let out = ` ${sample} `;
  const seen = new Set<string>();
  for (const [short, full] of Object.entries(contractions)) {
    if (!short.includes("'") || seen.has(full)) continue;
    seen.add(full);
    out = out.replaceAll(` ${full} `, ` ${short} `);
  }
  return out.trim();
}

/** Samples Alexa accepts: letters, spaces, apostrophes and periods only (no digits, no currency signs). */
const SPEAKABLE = /^[\p{L}' .]+$/u;

/** The samples an intent's templates make, as said in full and with the usual contractions. */
function templateSamples(intent: DeclaredIntent, source: LocaleModelSource): string[] {
  const made = (source.phraseSamples?.[intent.name] ?? []).flatMap((t) => expandTemplate(t, source.phrases));
  const both = made.flatMap((sample) => [sample, contract(sample, source.phrases)]);
  return [...new Set(both)].filter((sample) => SPEAKABLE.test(sample)).slice(0, MAX_TEMPLATE_SAMPLES);
}

/** Every intent's own samples (and sort samples): a template's sample that is one of these is left out. */
function ownSamples(source: LocaleModelSource): Set<string> {
  return new Set(INTENTS.flatMap((intent) => sortOrOwnSamples(intent, source)).map((s) => s.toLowerCase()));
}

/**
 * An intent's samples: the locale's own (or for a sort intent its templates filled with its
 * words), then the ones its phrase templates make that no intent has already, each sample in
 * one intent only (Alexa rejects a sample shared by two intents).
 */
function samplesOf(intent: DeclaredIntent, source: LocaleModelSource, taken: Map<string, string> = templateOwners(source)): string[] {
  const own = sortOrOwnSamples(intent, source);
  const made = templateSamples(intent, source).filter((sample) => taken.get(sample.toLowerCase()) === intent.name);
  return [...new Set([...own, ...made])];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const OPEN_BUILT_IN = 'AMAZON.SearchQuery';
const CLOSED_BUILT_INS = ['AMAZON.Ordinal', 'AMAZON.NUMBER'];

/**
 * The intents' own samples with an open slot (AMAZON.SearchQuery or a custom type: Alexa fills
 * both with any words) as patterns: a template sample one of them takes would be a trap
 * ("any {refinementKind}" takes "any suggestions"), so it is left out.
 */
function openSamplePatterns(source: LocaleModelSource): Array<{ intent: string; pattern: RegExp }> {
  return INTENTS.flatMap((intent) =>
    sortOrOwnSamples(intent, source).flatMap((sample) => {
      let open = false;
      const body = sample
        .toLowerCase()
        .split(/(\{\w+\})/)
        .map((part) => {
          const name = /^\{(\w+)\}$/.exec(part)?.[1];
          if (name === undefined) return escapeRegExp(part);
          const type = intent.slots?.find((s) => s.name === name)?.type ?? OPEN_BUILT_IN;
          if (CLOSED_BUILT_INS.includes(type)) return '\\S+(?: \\S+){0,2}';
          open = true;
          return '.+';
        })
        .join('');
      return open ? [{ intent: intent.name, pattern: new RegExp(`^${body.replace(/\s+/g, ' ').trim()}$`) }] : [];
    }),
  );
}

/** The full form of a sample ("that's all" → "that is all"), as the contractions say. */
function expand(sample: string, phrases: Record<string, unknown> | undefined): string {
  const contractions = (phrases?.['contractions'] ?? {}) as Record<string, string>;
  return sample
    .split(' ')
    .map((w) => contractions[w] ?? w)
    .join(' ');
}

/**
 * Which intent each template sample goes to: the first that makes it, unless an intent has it
 * as its own or an open sample would take it (another intent's: a trap; its own: that one fills the slot).
 */
function templateOwners(source: LocaleModelSource): Map<string, string> {
  const own = ownSamples(source);
  const open = openSamplePatterns(source);
  const owners = new Map<string, string>();
  for (const intent of INTENTS) {
    for (const sample of templateSamples(intent, source)) {
      const key = sample.toLowerCase();
      const full = expand(key, source.phrases);
      // An open sample of the same intent already takes it, and fills its slot: the template adds nothing.
      if (own.has(key) || owners.has(key) || open.some((o) => o.pattern.test(key) || o.pattern.test(full))) continue;
      owners.set(key, intent.name);
    }
  }
  return owners;
}

function sortOrOwnSamples(intent: DeclaredIntent, source: LocaleModelSource): string[] {
  if (intent.sortWords === undefined) return source.samples[intent.name] ?? [];
  // "cheapest ones" is a way of saying it for the understanding step; the templates add "ones" themselves.
  const words = (source.sortWords?.[intent.sortWords] ?? []).filter((word) => !word.endsWith(' ones'));
  const made = (source.sortTemplates ?? []).flatMap((template) => words.map((word) => template.replace('{word}', word)));
  return [...new Set([...(source.samples[intent.name] ?? []), ...made])];
}

function check(source: LocaleModelSource): string[] {
  const problems: string[] = [];
  const declared = new Map(INTENTS.map((i) => [i.name, i]));
  for (const name of Object.keys(source.samples)) if (!declared.has(name)) problems.push(`samples for undeclared intent ${name}`);
  for (const name of Object.keys(source.phraseSamples ?? {})) if (!declared.has(name)) problems.push(`phraseSamples for undeclared intent ${name}`);
  let owners: Map<string, string>;
  try {
    owners = templateOwners(source);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
    owners = new Map();
  }
  for (const intent of INTENTS) {
    const samples = samplesOf(intent, source, owners);
    if (!isBuiltIn(intent) && samples.length === 0) problems.push(`${intent.name} has no samples`);
    const slotNames = new Set((intent.slots ?? []).map((s) => s.name));
    const all = [...samples, ...Object.values(source.slotSamples?.[intent.name] ?? {}).flat()];
    for (const sample of all) {
      for (const [, slot] of sample.matchAll(/\{(\w+)\}/g)) if (slot !== undefined && !slotNames.has(slot)) problems.push(`"${sample}" names undeclared slot ${slot}`);
    }
    for (const slot of intent.slots ?? []) {
      if (slot.elicited === true && (source.prompts[promptId(intent.name, slot.name)] ?? []).length === 0) problems.push(`no prompt ${promptId(intent.name, slot.name)}`);
    }
  }
  for (const type of TYPES) {
    const values = source.values[type.name];
    if (values === undefined || values.length === 0) {
      problems.push(`no values for ${type.name}`);
      continue;
    }
    if (type.ids !== undefined) {
      const given = values.map((v) => v.id ?? '').sort();
      if (JSON.stringify(given) !== JSON.stringify([...type.ids].sort())) problems.push(`${type.name} ids ${given.join(',')} ≠ declared ${[...type.ids].sort().join(',')}`);
    }
  }
  for (const name of Object.keys(source.values)) if (!TYPES.some((t) => t.name === name)) problems.push(`values for undeclared type ${name}`);
  return problems;
}

/** The interaction model (SMAPI `InteractionModelData` shape) for one locale. */
export function generateModel(locale: string, source: LocaleModelSource = readModelSource(locale)): object {
  const problems = check(source);
  if (problems.length > 0) throw new ModelSourceError(locale, problems);
  const owners = templateOwners(source);
  const intents = INTENTS.map((intent) => {
    const slotSamples = source.slotSamples?.[intent.name] ?? {};
    const slots = (intent.slots ?? []).map((slot) => {
      const samples = slotSamples[slot.name];
      return samples === undefined ? { name: slot.name, type: slot.type } : { name: slot.name, type: slot.type, samples };
    });
    const samples = samplesOf(intent, source, owners);
    return slots.length === 0 ? { name: intent.name, samples } : { name: intent.name, slots, samples };
  });
  const types = TYPES.map((type) => ({
    name: type.name,
    values: (source.values[type.name] ?? []).map((v) => ({ ...(v.id === undefined ? {} : { id: v.id }), name: { value: v.value, synonyms: v.synonyms ?? [] } })),
  }));
  const elicited = INTENTS.flatMap((intent) => (intent.slots ?? []).filter((s) => s.elicited === true).map((slot) => ({ intent, slot })));
  const dialogIntents = [...new Set(elicited.map((e) => e.intent))].map((intent) => ({
    name: intent.name,
    delegationStrategy: 'SKILL_RESPONSE',
    confirmationRequired: false,
    prompts: {},
    slots: (intent.slots ?? []).map((slot) => ({
      name: slot.name,
      type: slot.type,
      elicitationRequired: slot.elicited === true,
      confirmationRequired: false,
      prompts: slot.elicited === true ? { elicitation: promptId(intent.name, slot.name) } : {},
    })),
  }));
  const prompts = Object.entries(source.prompts).map(([id, variations]) => ({ id, variations: variations.map((value) => ({ type: 'PlainText', value })) }));
  return {
    interactionModel: {
      languageModel: { invocationName: source.invocationName, intents, types },
      dialog: { delegationStrategy: 'SKILL_RESPONSE', intents: dialogIntents },
      prompts,
    },
  };
}

/** The committed file's text for a locale: two-space JSON with a final newline. */
export function modelText(locale: string): string {
  return `${JSON.stringify(generateModel(locale), null, 2)}\n`;
}

export function modelFile(locale: string): string {
  return path.join(MODELS_DIR, `${locale}.json`);
}
