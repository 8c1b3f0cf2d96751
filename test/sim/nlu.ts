/**
 * The simulator's NLU: resolves what a customer says to an intent and slots over the skill's
 * own interaction model, the way Alexa does it for a rule-shaped model:
 *
 * - every sample utterance (and, for built-in intents, Alexa's own phrases) is compiled into
 *   a pattern; `{slot}` parts match by slot type;
 * - AMAZON.Ordinal matches "second" / "2nd" and sends "2"; AMAZON.SearchQuery takes the
 *   words as said; a custom slot type resolves its values and synonyms with entity
 *   resolution (ER_SUCCESS_MATCH with the value id, or ER_SUCCESS_NO_MATCH);
 * - when several samples match, the most specific wins (more literal words, then slots
 *   that resolved); when none matches, AMAZON.FallbackIntent, never an exception.
 */
import type { Intent, Slot, slu } from 'ask-sdk-model';
import { BUILT_IN_PHRASES, POLITE_PREFIXES, POLITE_SUFFIXES } from './builtins';
import type { LanguageModel, ModelSlot, ModelType } from './model';
import { ORDINAL_PATTERN, ordinalValue } from './ordinals';
import { escapeRegExp, normalize, stripPrefix, stripSuffix } from './text';

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';
const SEARCH_QUERY = 'AMAZON.SearchQuery';
const ORDINAL = 'AMAZON.Ordinal';

interface CompiledSample {
  intent: string;
  sample: string;
  pattern: RegExp;
  /** Slots in the order their groups appear in `pattern`. */
  slots: ModelSlot[];
  literalWords: number;
  order: number;
}

interface SlotFill {
  slot: Slot;
  /** How much this filled slot adds to the sample's specificity. */
  score: number;
}

export interface Resolution {
  intent: Intent;
  /** The sample utterance that matched, or undefined for AMAZON.FallbackIntent. */
  sample: string | undefined;
}

const ARTICLES = /^(?:the|a|an|my|some)\s+/;

export class IntentResolver {
  private readonly samples: CompiledSample[] = [];
  private readonly types = new Map<string, ModelType>();
  private readonly slotsByIntent = new Map<string, ModelSlot[]>();

  constructor(
    readonly model: LanguageModel,
    private readonly skillId: string,
  ) {
    for (const type of model.types ?? []) this.types.set(type.name, type);
    let order = 0;
    for (const intent of model.intents) {
      const slots = intent.slots ?? [];
      this.slotsByIntent.set(intent.name, slots);
      const phrases = [...(intent.samples ?? []), ...(BUILT_IN_PHRASES[intent.name] ?? [])];
      for (const sample of phrases) {
        const compiled = this.compile(intent.name, sample, slots, order);
        order += 1;
        if (compiled !== undefined) this.samples.push(compiled);
      }
    }
  }

  /** Intent names the model declares. */
  intentNames(): string[] {
    return [...this.slotsByIntent.keys()];
  }

  resolve(utterance: string): Resolution {
    const text = normalize(utterance);
    const candidates = new Set([text, stripSuffix(stripPrefix(text, POLITE_PREFIXES), POLITE_SUFFIXES)]);
    let best: { sample: CompiledSample; fills: SlotFill[]; score: number } | undefined;
    for (const candidate of candidates) {
      if (candidate === '') continue;
      for (const sample of this.samples) {
        const match = sample.pattern.exec(candidate);
        if (match === null) continue;
        const fills = sample.slots.map((slot, i) => this.fill(slot, match[i + 1] ?? ''));
        const score = sample.literalWords * 10 + fills.reduce((sum, f) => sum + f.score, 0);
        if (best === undefined || score > best.score || (score === best.score && sample.order < best.sample.order)) {
          best = { sample, fills, score };
        }
      }
    }
    if (best === undefined) return { intent: this.intent(FALLBACK_INTENT, []), sample: undefined };
    return { intent: this.intent(best.sample.intent, best.fills.map((f) => f.slot)), sample: best.sample.sample };
  }

  private intent(name: string, filled: Slot[]): Intent {
    const slots: Record<string, Slot> = {};
    for (const declared of this.slotsByIntent.get(name) ?? []) {
      slots[declared.name] = { name: declared.name, confirmationStatus: 'NONE' };
    }
    for (const slot of filled) slots[slot.name] = slot;
    return { name, confirmationStatus: 'NONE', slots };
  }

  private compile(intent: string, sample: string, declared: ModelSlot[], order: number): CompiledSample | undefined {
    const slots: ModelSlot[] = [];
    let literalWords = 0;
    const parts: string[] = [];
    for (const token of sample.split(/(\{\w+\})/)) {
      const slotName = /^\{(\w+)\}$/.exec(token)?.[1];
      if (slotName !== undefined) {
        const slot = declared.find((s) => s.name === slotName);
        // A sample naming an undeclared slot would be rejected by the model build: skip it.
        if (slot === undefined) return undefined;
        slots.push(slot);
        parts.push(slot.type === ORDINAL ? `(${ORDINAL_PATTERN})` : '(.+)');
        continue;
      }
      const words = normalize(token);
      if (words === '') continue;
      literalWords += words.split(' ').length;
      parts.push(escapeRegExp(words));
    }
    if (parts.length === 0) return undefined;
    return { intent, sample, pattern: new RegExp(`^${parts.join(' ')}$`), slots, literalWords, order };
  }

  private fill(declared: ModelSlot, spoken: string): SlotFill {
    const value = spoken.trim();
    if (declared.type === ORDINAL) {
      const digits = ordinalValue(value) ?? value;
      return { slot: this.slot(declared.name, digits), score: 3 };
    }
    const type = this.types.get(declared.type);
    if (type === undefined) {
      // AMAZON.SearchQuery and other open built-ins take the words as said.
      return { slot: this.slot(declared.name, value), score: declared.type === SEARCH_QUERY ? 0 : 1 };
    }
    const authority = `amzn1.er-authority.echo-sdk.${this.skillId}.${type.name}`;
    const match = resolveValue(type, value);
    const resolution: slu.entityresolution.Resolution =
      match === undefined
        ? { authority, status: { code: 'ER_SUCCESS_NO_MATCH' }, values: [] }
        : { authority, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: match }] };
    // A custom slot still catches words outside its values, but a sample that resolves wins.
    return { slot: this.slot(declared.name, value, { resolutionsPerAuthority: [resolution] }), score: match === undefined ? -2 : 3 };
  }

  private slot(name: string, value: string, resolutions?: slu.entityresolution.Resolutions): Slot {
    const slot: Slot = { name, value, confirmationStatus: 'NONE' };
    if (resolutions !== undefined) slot.resolutions = resolutions;
    slot.slotValue = resolutions === undefined ? { type: 'Simple', value } : { type: 'Simple', value, resolutions };
    return slot;
  }
}

/** Entity resolution for a custom type: the value whose name or a synonym was said. */
export function resolveValue(type: ModelType, spoken: string): slu.entityresolution.Value | undefined {
  const said = normalize(spoken);
  const bare = said.replace(ARTICLES, '');
  for (const entry of type.values) {
    const names = [entry.name.value, ...(entry.name.synonyms ?? [])].map(normalize);
    if (names.includes(said) || names.includes(bare) || names.map((n) => n.replace(ARTICLES, '')).includes(bare)) {
      return { name: entry.name.value, id: entry.id ?? entry.name.value };
    }
  }
  return undefined;
}
