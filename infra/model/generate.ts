/**
 * Builds each locale's interaction model from the one declaration (`declaration.ts`) and the
 * locale's words (`lambda/i18n/<locale>/model.json`). A locale is a folder: any folder under
 * `lambda/i18n/` holding a `model.json` gets a model, with no change here.
 *
 * The locale file is checked against the declaration (every declared intent has samples or
 * is built in, every sample names declared slots only, every declared value id is supplied),
 * so a translator's slip fails the build with the file and the place, not at Alexa.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SlotTypes } from '../../lambda/constants';
import { PHRASE_FALLBACKS } from '../../lambda/i18n/phraseFallbacks';
import { resolveOverlay } from '../../lambda/i18n/overlay';
import type { Phrases } from '../../lambda/i18n/phrases';
import { type DeclaredIntent, INTENTS, TYPES } from './declaration';

export const ROOT = path.resolve(__dirname, '..', '..');
export const LANGUAGE_ROOT = path.join(ROOT, 'lambda', 'i18n');
/** A locale's interaction-model words; like its phrases.json, it may be an overlay of another locale's (lambda/i18n/overlay.ts). */
export const MODEL_FILE = 'model.json';
/** The phrase data's file name, as lambda/i18n/index.ts names it: importing that module would draw the message catalogs into infra's imports (test/infra/lambdaImports.test.ts). */
const PHRASES_FILE = 'phrases.json';
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
   * Carrier patterns by intent: `{@group}` stands for every phrase of a word group (`""` in a
   * group makes it optional), `{slot}` stays a slot. "{@lead} {@closing}" with six leads and
   * twenty closings is 120 samples written once, so a short answer said with another lead
   * still has its sample where Alexa cannot elicit (after a Shopping Action or a purchase flow).
   */
  sampleTemplates?: Record<string, string[]>;
  /** Word groups the templates name; a group not here is the phrase list of that name in phrases.json. */
  wordGroups?: Record<string, string[]>;
  /** Filled in from phrases.json: its phrase lists, for templates that name one. */
  phraseGroups?: Record<string, string[]>;
  /**
   * Template samples the locale leaves out, each as `leftOutKey` of the sample: those a carrier
   * template makes equal to a line of the utterance corpus (either part), so the corpus keeps
   * measuring what the model generalises to rather than what it carries word for word
   * (test/corpus/samples.test.ts). Listed by digest so a held-out line's words never enter the
   * model source; `npx tsx test/corpus/leftOut.ts` writes the list.
   */
  leftOut?: string[];
}

/** The digest a `leftOut` entry names a template sample by: SHA-256 of its lower-cased words, first 16 hex digits. */
export function leftOutKey(sample: string): string {
  return createHash('sha256').update(sample.toLowerCase().replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 16);
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
    .filter((entry) => entry.isDirectory() && existsSync(path.join(root, entry.name, MODEL_FILE)))
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
  const source = readOwnWords(locale, root);
  // A locale without its own phrase data speaks its fallback's (PHRASE_FALLBACKS), in the model too.
  const phrasesLocale = existsSync(path.join(root, locale, PHRASES_FILE)) ? locale : (PHRASE_FALLBACKS[locale] ?? locale);
  // A locale's phrase data may extend another's, by the rule its model.json follows (lambda/i18n/overlay.ts).
  const read = (name: string): unknown => JSON.parse(readFileSync(path.join(root, name, PHRASES_FILE), 'utf8'));
  const phrases = resolveOverlay(PHRASES_FILE, phrasesLocale, read) as Pick<Phrases, 'premium' | 'sorts' | 'sortSlotWords' | 'amounts'>;
  const fromPhrases = (entries: Array<[string, string[]]>) => entries.map(([id, [value = id, ...synonyms]]) => ({ id, value, synonyms }));
  source.values[SlotTypes.PremiumProduct] = fromPhrases(Object.entries(phrases.premium));
  source.sortWords = phrases.sorts;
  source.phraseGroups = Object.fromEntries(
    Object.entries(phrases as unknown as Record<string, unknown>).filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].every((w) => typeof w === 'string')),
  );
  source.values[SlotTypes.Sort] = fromPhrases(
    Object.entries(phrases.sorts).map(([name, ways]) => [SORT_IDS[name] ?? name, [...ways, ...(phrases.sortSlotWords[name as keyof Phrases['sorts']] ?? [])]]),
  );
  // One value per amount: the id is the number, every way of saying it a synonym.
  const amounts = new Map<number, string[]>();
  for (const [words, value] of Object.entries(phrases.amounts)) amounts.set(value, [...(amounts.get(value) ?? []), words]);
  source.values[SlotTypes.Amount] = [...amounts].map(([value, [first = String(value), ...rest]]) => ({ id: String(value), value: first, synonyms: rest }));
  return source;
}

/** A locale's model.json, an overlay (`extends`, `add`, `replace`) resolved over the file it extends by the one rule phrases.json follows too. */
function readOwnWords(locale: string, root: string): LocaleModelSource {
  return resolveOverlay(MODEL_FILE, locale, (name) => JSON.parse(readFileSync(path.join(root, name, MODEL_FILE), 'utf8'))) as LocaleModelSource;
}

const isBuiltIn = (intent: DeclaredIntent): boolean => intent.name.startsWith('AMAZON.');
const promptId = (intent: string, slot: string): string => `Elicit.Slot.${intent}.${slot}`;

const GROUP = /\{@(\w+)\}/;

/** A template with every `{@group}` filled, each way: the cross product, spaces tidied. */
export function expandTemplate(template: string, groupOf: (name: string) => readonly string[] | undefined): string[] {
  const found = GROUP.exec(template);
  if (found === null) return [template.replace(/\s+/g, ' ').trim()];
  const name = found[1] ?? '';
  const words = groupOf(name);
  if (words === undefined) throw new Error(`template "${template}" names unknown word group ${name}`);
  return words.flatMap((w) => expandTemplate(template.replace(found[0], w), groupOf));
}

/** Whether a sample some template made is one the locale leaves out. */
function leftOutBy(source: LocaleModelSource): (sample: string) => boolean {
  const keys = new Set(source.leftOut ?? []);
  return (sample) => keys.size > 0 && keys.has(leftOutKey(sample));
}

function templated(intent: DeclaredIntent, source: LocaleModelSource): string[] {
  const groupOf = (name: string) => source.wordGroups?.[name] ?? source.phraseGroups?.[name];
  const left = leftOutBy(source);
  return (source.sampleTemplates?.[intent.name] ?? []).flatMap((t) => expandTemplate(t, groupOf)).filter((s) => s !== '' && !left(s));
}

/** An intent's samples: the locale's own and its templates', or for a sort intent its templates filled with its words. */
function samplesOf(intent: DeclaredIntent, source: LocaleModelSource): string[] {
  if (intent.sortWords === undefined) {
    const own = source.samples[intent.name] ?? [];
    // A template's sample the locale already wrote by hand, or another template made (in any letter case), is not said twice.
    const said = new Set(own.map((s) => s.toLowerCase()));
    const made = templated(intent, source).filter((s) => !said.has(s.toLowerCase()) && said.add(s.toLowerCase()) !== undefined);
    return [...own, ...made];
  }
  // "cheapest ones" is a way of saying it for the understanding step; the templates add "ones" themselves.
  const words = (source.sortWords?.[intent.sortWords] ?? []).filter((word) => !word.endsWith(' ones'));
  const left = leftOutBy(source);
  const made = (source.sortTemplates ?? []).flatMap((template) => words.map((word) => template.replace('{word}', word))).filter((s) => !left(s));
  return [...new Set([...(source.samples[intent.name] ?? []), ...made])];
}

function check(source: LocaleModelSource): string[] {
  const problems: string[] = [];
  const declared = new Map(INTENTS.map((i) => [i.name, i]));
  for (const name of Object.keys(source.samples)) if (!declared.has(name)) problems.push(`samples for undeclared intent ${name}`);
  for (const name of Object.keys(source.sampleTemplates ?? {})) if (!declared.has(name)) problems.push(`templates for undeclared intent ${name}`);
  for (const template of Object.values(source.sampleTemplates ?? {}).flat()) {
    for (const [, group] of template.matchAll(/\{@(\w+)\}/g)) {
      if (group !== undefined && source.wordGroups?.[group] === undefined && source.phraseGroups?.[group] === undefined)
        problems.push(`"${template}" names unknown word group ${group}`);
    }
  }
  for (const intent of INTENTS) {
    const samples = samplesOf(intent, source);
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
  const intents = INTENTS.map((intent) => {
    const slotSamples = source.slotSamples?.[intent.name] ?? {};
    const slots = (intent.slots ?? []).map((slot) => {
      const samples = slotSamples[slot.name];
      return samples === undefined ? { name: slot.name, type: slot.type } : { name: slot.name, type: slot.type, samples };
    });
    return slots.length === 0 ? { name: intent.name, samples: samplesOf(intent, source) } : { name: intent.name, slots, samples: samplesOf(intent, source) };
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
