/**
 * The simulator's NLU: resolves what a customer says to an intent and slots over the skill's
 * own interaction model, the way Alexa does it for a rule-shaped model:
 *
 * - every sample utterance (and, for built-in intents, Alexa's own phrases) is compiled into
 *   a pattern; `{slot}` parts match by slot type;
 * - AMAZON.Ordinal matches "second" / "2nd" and sends "2"; AMAZON.NUMBER matches only a
 *   number ("twenty", "20") and sends digits; AMAZON.SearchQuery takes the
 *   words as said; a custom slot type resolves its values and synonyms with entity
 *   resolution (ER_SUCCESS_MATCH with the value id, or ER_SUCCESS_NO_MATCH);
 * - when several samples match, the most specific wins (more literal words, then slots
 *   that resolved);
 * - Alexa generalises beyond its samples; a small share of that is played here: when no
 *   sample matches exactly, a long sample (at least five literal words) may match with one
 *   word other than its first replaced ("tell me about the second one" for "tell me about
 *   the {ordinal} item"), never by a word that carries another intent, and always loses to
 *   an exact match;
 * - when nothing matches, AMAZON.FallbackIntent, never an exception;
 * - dynamic entities the skill sent (Dialog.UpdateDynamicEntities, kept by the engine) are
 *   tried first for their slot type: the slot carries the dynamic authority's resolution
 *   (`amzn1.er-authority.echo-sdk.dynamic.<skill id>.<type>`) before the static one, as Alexa
 *   sends both, and a sample whose slot matched a dynamic entity wins over one that did not.
 */
import type { er, Intent, Slot, slu } from 'ask-sdk-model';
import { type SimLanguage, simLanguage } from './language';
import type { LanguageModel, ModelSlot, ModelType } from './model';
import { phrasesFor } from '../../lambda/i18n/phrases';
import { joinWords } from '../../lambda/util/words';
import { normalize, stripPrefix, stripSuffix } from './text';

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';
const SEARCH_QUERY = 'AMAZON.SearchQuery';
const ORDINAL = 'AMAZON.Ordinal';
/** A number written in digits. */
const DIGITS = /^\d+(?:[.,]\d+)?$/;
const NUMBER = 'AMAZON.NUMBER';
const CANCEL_INTENT = 'AMAZON.CancelIntent';
const NO_INTENT = 'AMAZON.NoIntent';

/**
 * One part of a sample, matched against the utterance's words. Samples are matched word by
 * word, not as regular expressions: a model has thousands of samples and every one has near
 * and loose variants, and compiling each as its own RegExp (each with the whole number and
 * ordinal alternation inlined) filled V8's code space when every transcript ran in one
 * process. Only the two slot checks (number, ordinal) are regular expressions, one each.
 */
type Part =
  /** A literal word; a number word also carries its value, as it may be written either way ("三" or "3"). */
  | { kind: 'word'; word: string; value?: string }
  /** Any one word (a near match's replaced word): the word said there is kept, to check it against the intent's words. */
  | { kind: 'any' }
  /** One of the small words (a loose match's swapped or added word). */
  | { kind: 'function' }
  /** A slot: one word or more; a number or an ordinal must read as one. */
  | { kind: 'slot'; check?: RegExp };

interface CompiledSample {
  intent: string;
  sample: string;
  parts: Part[];
  /** The same parts with one literal word (not the first) replaced by any word. */
  nearPatterns: Part[][];
  /** The sample's word each near pattern replaced, in the same order. */
  nearReplaced: string[];
  /** ASSUMPTION: the parts with one small word left out, swapped, or one more (looser still). */
  loosePatterns: Part[][];
  /** Slots in the order their parts appear. */
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
/** Samples with fewer literal words are too short to tell apart with a word replaced. */
const MIN_WORDS_FOR_NEAR_MATCH = 5;

/** A near match scores below any exact one. */
const NEAR_MATCH_PENALTY = 1000;
/**
 * ASSUMPTION (Amazon publishes no rule; "Design the Custom Intents for Your Skill" says only
 * that samples help Alexa reach the intent "even when the sample utterances don't include the
 * request word-for-word"): a sample of three literal words or more also takes an utterance
 * that differs in one small word (the language's function words: left out, swapped for another, or one more; never the first word). Tried last, scored lowest.
 */
const MIN_WORDS_FOR_LOOSE_MATCH = 3;
const LOOSE_MATCH_PENALTY = 2000;
/**
 * ASSUMPTION: a slot that matched a dynamic entity makes its sample win over one whose slot
 * matched only the model's values ("Dynamic entities … bias Alexa's models based on the
 * newly-loaded slot values", Use Dynamic Entities for Customized Interactions).
 */
const DYNAMIC_MATCH_SCORE = 4;
/** A word carries an intent when at least one in this many of its samples holds it (see `carries`). */
const CARRIER_SHARE = 4;

export class IntentResolver {
  private readonly samples: CompiledSample[] = [];
  private readonly types = new Map<string, ModelType>();
  private readonly slotsByIntent = new Map<string, ModelSlot[]>();
  private readonly language: SimLanguage;
  /** What a number or an ordinal slot accepts in this language: compiled once per resolver. */
  private readonly numberCheck: RegExp;
  private readonly ordinalCheck: RegExp;
  private readonly functionWords: string[][];
  /** The elicited slots' own samples, compiled on first use. */
  private readonly slotAnswers = new Map<string, CompiledSample[]>();
  /** Every literal word of the samples, with the intents whose samples use it (the near match's carrier check). */
  private readonly wordIntents = new Map<string, Set<string>>();
  /** The words each intent's samples start with: its carriers ("buy", "add", "cancel"). */
  private readonly firstWords = new Map<string, Set<string>>();
  /** How many of each intent's samples hold each literal word, and how many samples it has. */
  private readonly wordCounts = new Map<string, Map<string, number>>();
  private readonly sampleCounts = new Map<string, number>();
  /** The words (no small words) of each intent's custom slot values and synonyms. */
  private readonly valueWords = new Map<string, Set<string>>();
  /** The language's thanks as the resolver compares words (the skill's own phrase data). */
  private readonly gratitude: string[];
  /** Every custom type's value names and synonyms as said (not only small words), with their type and value. */
  private readonly valueNames: Array<{ phrase: string; type: string; value: string }> = [];

  constructor(
    readonly model: LanguageModel,
    private readonly skillId: string,
    /** Play the resolver rules marked ASSUMPTION (contractions, fillers); off, only documented behaviour. */
    readonly assumptions = true,
    /** The model's locale: its built-in phrases, small words, ordinals and numbers (language.ts). */
    locale = 'en-US',
  ) {
    this.language = simLanguage(locale);
    this.numberCheck = new RegExp(`^(?:${this.language.numberPattern})$`);
    this.ordinalCheck = new RegExp(`^(?:${this.language.ordinalPattern})$`);
    this.functionWords = this.language.functionWords.map((w) => w.split(' '));
    this.gratitude = phrasesFor(locale)
      .gratitude.map((g) => normalize(g, true, this.language.elisions, this.language.writing))
      .filter((g) => g !== '');
    for (const type of model.types ?? []) {
      this.types.set(type.name, type);
      for (const value of type.values) {
        for (const name of [value.name.value, ...(value.name.synonyms ?? [])]) {
          const phrase = normalize(name, true, this.language.elisions, this.language.writing);
          if (phrase.split(' ').every((w) => w === '' || this.language.functionWords.includes(w))) continue;
          this.valueNames.push({ phrase, type: type.name, value: value.id ?? value.name.value });
        }
      }
    }
    let order = 0;
    for (const intent of model.intents) {
      const slots = intent.slots ?? [];
      this.slotsByIntent.set(intent.name, slots);
      const names = slots.flatMap((slot) => (this.types.get(slot.type)?.values ?? []).flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])]));
      const valueWords = names.flatMap((n) => normalize(n, true, this.language.elisions, this.language.writing).split(' '));
      this.valueWords.set(intent.name, new Set(valueWords.filter((w) => w !== '' && !this.language.functionWords.includes(w))));
      const phrases = [...(intent.samples ?? []), ...(this.language.builtIns[intent.name] ?? [])];
      for (const sample of [...phrases, ...(assumptions ? this.cores(phrases) : [])]) {
        const compiled = this.compile(intent.name, sample, slots, order);
        order += 1;
        if (compiled === undefined) continue;
        this.samples.push(compiled);
        for (const part of compiled.parts) if (part.kind === 'word') this.wordIntents.set(part.word, (this.wordIntents.get(part.word) ?? new Set()).add(intent.name));
        const first = compiled.parts[0];
        this.sampleCounts.set(intent.name, (this.sampleCounts.get(intent.name) ?? 0) + 1);
        if (first?.kind === 'word') this.firstWords.set(intent.name, (this.firstWords.get(intent.name) ?? new Set()).add(first.word));
        const held = this.wordCounts.get(intent.name) ?? new Map<string, number>();
        this.wordCounts.set(intent.name, held);
        for (const word of new Set(compiled.parts.flatMap((p) => (p.kind === 'word' ? [p.word] : [])))) held.set(word, (held.get(word) ?? 0) + 1);
      }
    }
  }

  /**
   * ASSUMPTION (as for fillers in utterances, below): what Alexa passes over at either end of
   * an utterance it also passes over at either end of a sample, so "thanks, I'm all set" as a
   * sample also teaches "I'm all set", and "great, that's all" teaches "that's all". Only
   * literal samples; a core that is nothing but small words is no sample.
   */
  private cores(samples: readonly string[]): string[] {
    const { elisions, fillerPrefixes, fillerSuffixes, politePrefixes, politeSuffixes, writing } = this.language;
    const prefixes = [...fillerPrefixes, ...politePrefixes];
    const suffixes = [...fillerSuffixes, ...politeSuffixes];
    const known = new Set(samples.map((s) => normalize(s, true, elisions, writing)));
    const small = new Set([...prefixes, ...suffixes].map((w) => normalize(w, true, elisions, writing)));
    const out = new Set<string>();
    for (const sample of samples) {
      if (sample.includes('{')) continue;
      const text = normalize(sample, true, elisions, writing);
      for (const core of [
        stripPrefix(text, prefixes, elisions, writing),
        stripSuffix(text, suffixes, elisions, writing),
        stripSuffix(stripPrefix(text, prefixes, elisions, writing), suffixes, elisions, writing),
      ]) {
        if (core === '' || known.has(core) || small.has(core)) continue;
        out.add(core);
      }
    }
    return [...out];
  }

  /** Intent names the model declares. */
  intentNames(): string[] {
    return [...this.slotsByIntent.keys()];
  }

  /** The utterance and its shorter forms without polite words (and, as assumed, fillers), shortest first. */
  private candidates(utterance: string): string[] {
    const { elisions, writing } = this.language;
    const text = normalize(utterance, this.assumptions, elisions, writing);
    const polite = stripSuffix(stripPrefix(text, this.language.politePrefixes, elisions, writing), this.language.politeSuffixes, elisions, writing);
    const forms = [polite];
    if (this.assumptions) {
      // Every form with fillers taken off the front, the back, or both, a word group at a time.
      const seen = new Set(forms);
      for (let i = 0; i < forms.length && i < 40; i++) {
        const form = forms[i] ?? '';
        for (const next of [
          stripPrefix(stripPrefix(form, this.language.fillerPrefixes, elisions, writing), this.language.politePrefixes, elisions, writing),
          stripSuffix(form, this.language.fillerSuffixes, elisions, writing),
        ]) {
          if (next !== '' && !seen.has(next)) {
            seen.add(next);
            forms.push(next);
          }
        }
      }
    }
    return [...new Set([...forms, text])].filter((c) => c !== '');
  }

  resolve(utterance: string, dynamic: readonly er.dynamic.EntityListItem[] = []): Resolution {
    const resolved = this.resolveWith(utterance, dynamic, false);
    return resolved.intent.name === CANCEL_INTENT && this.thanked(utterance) && this.slotsByIntent.has(NO_INTENT) ? { ...resolved, intent: this.intent(NO_INTENT, []) } : resolved;
  }

  /**
   * ASSUMPTION (Amazon publishes no rule): "never mind" said with thanks ("no nada gracias", "pas
   * besoin merci", "lass mal gut sein danke") declines, as "no thanks" does: AMAZON.NoIntent, not
   * AMAZON.CancelIntent. The skill reads a decline as "no" where it asked a yes/no question, as
   * goodbye where it asked none.
   */
  private thanked(utterance: string): boolean {
    if (!this.assumptions) return false;
    const text = ` ${normalize(utterance, true, this.language.elisions, this.language.writing)} `;
    return this.gratitude.some((g) => text.includes(` ${g} `));
  }

  /**
   * ASSUMPTION (Amazon publishes no rule): two things said one after the other that each are,
   * exactly, a sample of the same intent without slots ("all good thanks" and "bye", "c'est
   * correct" and "c'est tout") are that intent said twice, as a statistical NLU trained on both
   * would hear them; two intents, or a slot on either side, make no such reading.
   */
  private composed(utterance: string): Resolution | undefined {
    const words = normalize(utterance, true, this.language.elisions, this.language.writing).split(' ');
    for (let i = 1; i < words.length; i++) {
      const left = this.resolveWith(words.slice(0, i).join(' '), [], true);
      if (left.sample === undefined || Object.values(left.intent.slots ?? {}).some((s) => s.value !== undefined)) continue;
      const right = this.resolveWith(words.slice(i).join(' '), [], true);
      if (right.intent.name === left.intent.name && !Object.values(right.intent.slots ?? {}).some((s) => s.value !== undefined)) return left;
    }
    return undefined;
  }

  private resolveWith(utterance: string, dynamic: readonly er.dynamic.EntityListItem[], exactOnly: boolean): Resolution {
    // Without the polite words first: on a tie, "search batteries please" searches for "batteries".
    const candidates = this.candidates(utterance);
    let best: { sample: CompiledSample; fills: SlotFill[]; score: number } | undefined;
    const consider = (sample: CompiledSample, match: string[], penalty: number) => {
      const fills = sample.slots.map((slot, i) => this.fill(slot, match[i] ?? '', dynamic));
      const score = sample.literalWords * 10 + fills.reduce((sum, f) => sum + f.score, 0) - penalty;
      if (best === undefined || score > best.score || (score === best.score && sample.order < best.sample.order)) {
        best = { sample, fills, score };
      }
    };
    const words = candidates.map((c) => c.split(' '));
    for (const candidate of words) {
      for (const sample of this.samples) {
        const match = this.match(sample.parts, candidate);
        if (match !== undefined) consider(sample, match, 0);
      }
    }
    if (exactOnly) {
      const exact: { sample: CompiledSample; fills: SlotFill[] } | undefined = best;
      return exact === undefined
        ? { intent: this.intent(FALLBACK_INTENT, []), sample: undefined }
        : {
            intent: this.intent(
              exact.sample.intent,
              exact.fills.map((f) => f.slot),
            ),
            sample: exact.sample.sample,
          };
    }
    if (best === undefined && this.assumptions) {
      const twice = this.composed(utterance);
      if (twice !== undefined) return twice;
    }
    if (best === undefined) {
      // A word of a dynamic entity the skill sent names what it listed ("lavazza"): Alexa hears
      // that entity there, never a stand-in for a sample's word ("how much is the premium").
      const listed = new Set(dynamic.flatMap((d) => d.values.flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])])).flatMap((n) => normalize(n).split(' ')));
      for (const candidate of words) {
        for (const sample of this.samples) {
          sample.nearPatterns.forEach((near, k) => {
            const swapped: string[] = [];
            const match = this.match(near, candidate, swapped);
            if (
              match !== undefined &&
              !swapped.some((w) => listed.has(w)) &&
              this.carriesIntent(swapped, sample.nearReplaced[k] ?? '', sample.intent) &&
              !this.namesOtherValue(candidate, sample)
            )
              consider(sample, match, NEAR_MATCH_PENALTY);
          });
        }
      }
    }
    if (best === undefined) {
      for (const candidate of words) {
        for (const sample of this.samples) {
          for (const loose of sample.loosePatterns) {
            const match = this.match(loose, candidate);
            // A loose match is believable only when its custom slots hold known values.
            if (
              match !== undefined &&
              sample.slots.every((slot, i) => !this.types.has(slot.type) || resolveValue(this.types.get(slot.type) as ModelType, match[i] ?? '') !== undefined)
            ) {
              consider(sample, match, LOOSE_MATCH_PENALTY);
            }
          }
        }
      }
    }
    const chosen: { sample: CompiledSample; fills: SlotFill[] } | undefined = best;
    if (chosen === undefined) return { intent: this.intent(FALLBACK_INTENT, []), sample: undefined };
    return {
      intent: this.intent(
        chosen.sample.intent,
        chosen.fills.map((f) => f.slot),
      ),
      sample: chosen.sample.sample,
    };
  }

  /**
   * Alexa's side of Dialog.ElicitSlot: the answer is matched against the elicited slot's own
   * samples ("{query}", "some {query}"), and fills that slot of the intent the skill named.
   * Undefined when none matches.
   */
  resolveSlotAnswer(intentName: string, slotName: string, utterance: string, dynamic: readonly er.dynamic.EntityListItem[] = []): Intent | undefined {
    const declared = (this.slotsByIntent.get(intentName) ?? []).find((s) => s.name === slotName);
    if (declared === undefined) return undefined;
    const candidates = this.candidates(utterance).map((c) => c.split(' '));
    const key = `${intentName}|${slotName}`;
    let compiledSamples = this.slotAnswers.get(key);
    if (compiledSamples === undefined) {
      compiledSamples = (declared.samples ?? []).map((sample) => this.compile(intentName, sample, [declared], 0)).filter((c): c is CompiledSample => c !== undefined);
      this.slotAnswers.set(key, compiledSamples);
    }
    let best: { fill: SlotFill; literal: number } | undefined;
    for (const compiled of compiledSamples) {
      for (const candidate of candidates) {
        const match = this.match(compiled.parts, candidate);
        if (match === undefined) continue;
        // The sample with the most carrier words wins: "some coffee" fills "coffee".
        if (best === undefined || compiled.literalWords > best.literal) best = { fill: this.fill(declared, match[0] ?? '', dynamic), literal: compiled.literalWords };
      }
    }
    return best === undefined ? undefined : this.intent(intentName, [best.fill.slot]);
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
    // Each part is a slot or one literal word, so a word can be swapped for a near match.
    const parts: Part[] = [];
    for (const token of sample.split(/(\{\w+\})/)) {
      const slotName = /^\{(\w+)\}$/.exec(token)?.[1];
      if (slotName !== undefined) {
        const slot = declared.find((s) => s.name === slotName);
        // A sample naming an undeclared slot would be rejected by the model build: skip it.
        if (slot === undefined) return undefined;
        slots.push(slot);
        const check = slot.type === ORDINAL ? this.ordinalCheck : slot.type === NUMBER ? this.numberCheck : undefined;
        parts.push(check === undefined ? { kind: 'slot' } : { kind: 'slot', check });
        continue;
      }
      const words = normalize(token, this.assumptions, this.language.elisions, this.language.writing);
      if (words === '') continue;
      for (const word of words.split(' ')) {
        // A number said in a literal sample is transcribed in digits or in words alike (Japanese
        // "次の三件" / "次の3件"): it matches the same number written the other way.
        const value = this.numberCheck.test(word) ? this.language.numberValue(word) : undefined;
        parts.push(value === undefined ? { kind: 'word', word } : { kind: 'word', word, value });
      }
    }
    if (parts.length === 0) return undefined;
    const literalWords = parts.filter((p) => p.kind === 'word').length;
    const nearPatterns: Part[][] = [];
    const nearReplaced: string[] = [];
    if (literalWords >= MIN_WORDS_FOR_NEAR_MATCH) {
      parts.forEach((part, i) => {
        if (i === 0 || part.kind !== 'word') return;
        nearPatterns.push(parts.map((p, j) => (j === i ? { kind: 'any' } : p)));
        nearReplaced.push(part.word);
      });
    }
    const loosePatterns: Part[][] = [];
    if (this.assumptions && literalWords >= MIN_WORDS_FOR_LOOSE_MATCH) {
      const functionWord: Part = { kind: 'function' };
      parts.forEach((part, i) => {
        // The first word carries the intent ("add" / "buy"): it is never left out or replaced;
        // nor is any content word. Only small words differ ("how much was it" / "is it").
        if (part.kind !== 'word' || i === 0 || !this.language.functionWords.includes(part.word)) return;
        loosePatterns.push(parts.filter((_p, j) => j !== i));
        loosePatterns.push(parts.map((p, j) => (j === i ? functionWord : p)));
      });
      for (let i = 1; i <= parts.length; i++) loosePatterns.push([...parts.slice(0, i), functionWord, ...parts.slice(i)]);
    }
    return { intent, sample, parts, nearPatterns, nearReplaced, loosePatterns, slots, literalWords, order };
  }

  /**
   * A near match's carrier words must agree: a word said in place of a sample's word
   * generalises only when it does not carry another intent. A word the model's samples use
   * for other intents and never for this one ("cancel" in "I'd like to cancel my membership"
   * against BuyProduct's "I would like to buy {query}") says the customer meant one of those,
   * not this intent; a word no sample uses, or one this intent's samples use too ("one" for
   * "item"), stands in as before. (Alexa publishes no rule; its NLU does not trade one
   * intent's verb for another's.)
   */
  private carriesIntent(swapped: readonly string[], replaced: string, intent: string): boolean {
    // A position ("the first") is what a slot takes, never a stand-in for a sample's word:
    // "let's do the first" is no "let's do the premium".
    if (swapped.some((word) => this.ordinalCheck.test(word))) return false;
    // A word that names one of the intent's own slot values is what the sample is about: only
    // another such word stands in for it ("kein premium mehr" for "kein abo mehr"); "how much is
    // the lavazza" is no "how much is the subscription", as a loose match needs known values.
    // A small word said there adds nothing ("das premium echt" for "das premium abo").
    const values = this.valueWords.get(intent);
    const small = (word: string) => this.language.functionWords.includes(word) || this.language.fillerSuffixes.includes(word) || this.language.fillerPrefixes.includes(word);
    if ((values?.has(replaced) ?? false) && !swapped.every((word) => (values?.has(word) ?? false) || small(word))) return false;
    return swapped.every((word) => {
      const users = this.wordIntents.get(word);
      if (users === undefined || users.has(intent)) return true;
      // In place of this intent's carrier, no word of another intent; anywhere, no word that
      // carries another intent ("i'll buy the starbucks one" is no "I will have the {position} one",
      // "tell me more about premium" no "tell me more about {…}").
      if (this.firstWords.get(intent)?.has(replaced) ?? false) return false;
      return ![...users].some((other) => this.carries(word, other));
    });
  }

  /** The custom slot values (`type|value`) whose names are said in `words`, by type. */
  private valuesNamed(words: readonly string[]): Map<string, Set<string>> {
    const text = ` ${words.join(' ')} `;
    const named = new Map<string, Set<string>>();
    for (const { phrase, type, value } of this.valueNames) {
      if (text.includes(` ${phrase} `)) named.set(type, (named.get(type) ?? new Set()).add(value));
    }
    return named;
  }

  /**
   * A near match that says another value of a slot type than its sample names: "what's the most
   * expensive" is no "what is the least expensive", "los más caros" no "los más económicos".
   * The replaced word changed what the sample is about, so it stands in for nothing (Alexa
   * resolves such words as that type's values, never as their opposites).
   */
  private namesOtherValue(words: readonly string[], sample: CompiledSample): boolean {
    const said = this.valuesNamed(words);
    if (said.size === 0) return false;
    const own = this.valuesNamed(sample.parts.flatMap((p) => (p.kind === 'word' ? [p.word] : [])));
    for (const [type, values] of said) {
      const sampleValues = own.get(type);
      if (sampleValues !== undefined && ![...values].some((v) => sampleValues.has(v))) return true;
    }
    return false;
  }

  /**
   * ASSUMPTION (Amazon publishes no rule): a word that is no small word carries an intent when
   * at least one in CARRIER_SHARE of that intent's samples holds it ("buy" for
   * BuyProductIntent, "premium" for BuyPremiumIntent); a word a few samples hold ("has it
   * shipped") carries none.
   */
  private carries(word: string, intent: string): boolean {
    if (this.language.functionWords.includes(word)) return false;
    const holding = this.wordCounts.get(intent)?.get(word) ?? 0;
    return holding > 0 && holding * CARRIER_SHARE >= (this.sampleCounts.get(intent) ?? 0);
  }

  /**
   * Is the said word the sample's number `value` written the other way, digits for words or words
   * for digits? Two words of one value ("un", "une") stay different words.
   */
  private sameNumber(word: string, sampleWord: string, value: string): boolean {
    return DIGITS.test(word) !== DIGITS.test(sampleWord) && this.numberCheck.test(word) && this.language.numberValue(word) === value;
  }

  /**
   * The slots' words when `parts` take all of `words`, else undefined. Like an anchored regular
   * expression with greedy groups: a slot tries its longest span first and gives words back
   * when the rest does not match.
   */
  private match(parts: readonly Part[], words: readonly string[], swapped?: string[]): string[] | undefined {
    const captures: string[] = [];
    const from = (pi: number, wi: number): boolean => {
      const part = parts[pi];
      if (part === undefined) return wi === words.length;
      if (wi >= words.length) return false;
      switch (part.kind) {
        case 'word':
          return (words[wi] === part.word || (part.value !== undefined && this.sameNumber(words[wi] ?? '', part.word, part.value))) && from(pi + 1, wi + 1);
        case 'any':
          if (!from(pi + 1, wi + 1)) return false;
          swapped?.push(words[wi] ?? '');
          return true;
        case 'function':
          return this.functionWords.some((fw) => fw.every((w, k) => words[wi + k] === w) && from(pi + 1, wi + fw.length));
        case 'slot':
          // Every later part takes at least one word.
          for (let end = words.length - (parts.length - pi - 1); end > wi; end--) {
            const said = words.slice(wi, end).join(' ');
            if (part.check !== undefined && !part.check.test(said)) continue;
            captures.push(said);
            if (from(pi + 1, end)) return true;
            captures.pop();
          }
          return false;
      }
    };
    return from(0, 0) ? captures : undefined;
  }

  private fill(declared: ModelSlot, spoken: string, dynamic: readonly er.dynamic.EntityListItem[] = []): SlotFill {
    const words = spoken.trim();
    // Matched as words; sent as Alexa transcribes the language (Japanese without spaces).
    const value = joinWords(words);
    if (declared.type === ORDINAL) {
      const digits = this.language.ordinalValue(words) ?? value;
      return { slot: this.slot(declared.name, digits), score: 3 };
    }
    if (declared.type === NUMBER) {
      // AMAZON.NUMBER sends digits: "two" → "2".
      return { slot: this.slot(declared.name, this.language.numberValue(words) ?? value), score: 2 };
    }
    const type = this.types.get(declared.type);
    if (type === undefined) {
      // AMAZON.SearchQuery and other open built-ins take the words as said.
      return { slot: this.slot(declared.name, value), score: declared.type === SEARCH_QUERY ? 0 : 1 };
    }
    const authority = `amzn1.er-authority.echo-sdk.${this.skillId}.${type.name}`;
    const match = resolveValue(type, value);
    const resolution = resolutionOf(authority, match);
    const sent = dynamic.find((d) => d.name === type.name);
    if (sent !== undefined) {
      // Dynamic entities for this type: their authority first, then the model's own (Alexa's order).
      const dynamicMatch = resolveValue({ name: sent.name, values: sent.values.map((v) => ({ ...(v.id === undefined ? {} : { id: v.id }), name: v.name })) }, value);
      const dynamicResolution = resolutionOf(`amzn1.er-authority.echo-sdk.dynamic.${this.skillId}.${type.name}`, dynamicMatch);
      const score = dynamicMatch !== undefined ? DYNAMIC_MATCH_SCORE : match === undefined ? -2 : 3;
      return { slot: this.slot(declared.name, value, { resolutionsPerAuthority: [dynamicResolution, resolution] }), score };
    }
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

function resolutionOf(authority: string, match: slu.entityresolution.Value | undefined): slu.entityresolution.Resolution {
  return match === undefined ? { authority, status: { code: 'ER_SUCCESS_NO_MATCH' }, values: [] } : { authority, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: match }] };
}

/** Entity resolution for a custom type: the value whose name or a synonym was said. */
export function resolveValue(type: ModelType, spoken: string): slu.entityresolution.Value | undefined {
  const said = normalize(spoken);
  const bare = said.replace(ARTICLES, '');
  for (const entry of type.values) {
    const names = [entry.name.value, ...(entry.name.synonyms ?? [])].map((p) => normalize(p));
    if (names.includes(said) || names.includes(bare) || names.map((n) => n.replace(ARTICLES, '')).includes(bare)) {
      return { name: entry.name.value, id: entry.id ?? entry.name.value };
    }
  }
  return undefined;
}
