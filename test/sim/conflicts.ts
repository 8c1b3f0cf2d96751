/**
 * The trap the interaction model must not have: a sample of one intent that another intent's
 * sample with a wildcard slot also matches. Alexa fills AMAZON.SearchQuery and every custom
 * slot type with words outside its values, so `buy {premiumProduct}` takes "buy the first
 * one" and "buy batteries" alike, and Alexa does not reliably prefer the more literal sample.
 * Within one intent such overlaps are harmless (the handler reads the slots it gets).
 */
import type { LanguageModel, ModelSlot } from './model';
import { NUMBER_PATTERN } from './numbers';
import { ORDINAL_PATTERN } from './ordinals';
import { escapeRegExp, normalize } from './text';

export interface Conflict {
  /** The intent whose sample is taken. */
  intent: string;
  sample: string;
  /** The intent that also matches it, through a wildcard slot. */
  by: string;
  bySample: string;
}

const ORDINAL = 'AMAZON.Ordinal';
const NUMBER = 'AMAZON.NUMBER';

/** Open slots: Alexa fills them with any words. */
export function isWildcard(slot: ModelSlot): boolean {
  return slot.type !== ORDINAL && slot.type !== NUMBER;
}

function slotsOf(model: LanguageModel, intent: string): ModelSlot[] {
  return model.intents.find((i) => i.name === intent)?.slots ?? [];
}

/** How the model's language says an ordinal and a number, for `instantiate`. */
export interface SampleWords {
  ordinal: string;
  number: string;
}
const ENGLISH_WORDS: SampleWords = { ordinal: 'second', number: 'two' };

/** The sample as a customer would say it: ordinals "second", numbers "two" (in the model's language), open slots a product word. */
export function instantiate(sample: string, slots: readonly ModelSlot[], words: SampleWords = ENGLISH_WORDS): string {
  return normalize(
    sample.replace(/\{(\w+)\}/g, (_whole, name: string) => {
      const slot = slots.find((s) => s.name === name);
      if (slot?.type === ORDINAL) return words.ordinal;
      if (slot?.type === NUMBER) return words.number;
      return 'zebra crackers';
    }),
  );
}

/** The sample as a pattern, or undefined when it has no wildcard slot (then it takes nothing). */
export function wildcardPattern(sample: string, slots: readonly ModelSlot[]): RegExp | undefined {
  let wild = false;
  const source = sample
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined) return normalize(part) === '' ? ' ' : ` ${normalize(part).split(' ').map(escapeRegExp).join(' ')} `;
      const slot = slots.find((s) => s.name === name);
      if (slot === undefined) return ' (?:.+) ';
      if (slot.type === ORDINAL) return ` ${ORDINAL_PATTERN} `;
      if (slot.type === NUMBER) return ` ${NUMBER_PATTERN} `;
      wild = true;
      return ' (?:.+) ';
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return wild ? new RegExp(`^${source}$`) : undefined;
}

export function findConflicts(model: LanguageModel, words: SampleWords = ENGLISH_WORDS): Conflict[] {
  const wildcards = model.intents.flatMap((intent) =>
    (intent.samples ?? []).flatMap((sample) => {
      const pattern = wildcardPattern(sample, intent.slots ?? []);
      return pattern === undefined ? [] : [{ intent: intent.name, sample, pattern }];
    }),
  );
  const conflicts: Conflict[] = [];
  for (const intent of model.intents) {
    for (const sample of intent.samples ?? []) {
      const said = instantiate(sample, slotsOf(model, intent.name), words);
      for (const w of wildcards) {
        if (w.intent !== intent.name && w.pattern.test(said)) conflicts.push({ intent: intent.name, sample, by: w.intent, bySample: w.sample });
      }
    }
  }
  return conflicts;
}
