/**
 * The words the simulator plays Alexa with, per locale: the built-in intents' phrases, how a
 * customer opens a skill, the small words Alexa's NLU passes over, and AMAZON.Ordinal and
 * AMAZON.NUMBER as the language says them. English is `builtins.ts`, `ordinals.ts` and
 * `numbers.ts`; another language is `languages/<locale>.json`, with its ordinals and number
 * words read from the skill's own phrase data (`lambda/i18n/<locale>/phrases.json`), so the
 * simulator and the skill count in the same words.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { phrasesFor } from '../../lambda/i18n/phrases';
import type { Phrases } from '../../lambda/i18n/phrases';
import type { NumeralWriting } from '../../lambda/util/words';
import { parseNumber, parseOrdinal } from '../../lambda/understanding/numbers';
import * as en from './builtins';
import { NUMBER_PATTERN, numberValue } from './numbers';
import { ORDINAL_PATTERN, ordinalValue } from './ordinals';
import { escapeRegExp, normalize } from './text';

export interface SimLanguage {
  builtIns: Readonly<Record<string, readonly string[]>>;
  launchVerbs: readonly string[];
  oneShotVerbs: readonly string[];
  oneShotConnectors: readonly string[];
  exitPhrases: readonly string[];
  politePrefixes: readonly string[];
  politeSuffixes: readonly string[];
  fillerPrefixes: readonly string[];
  fillerSuffixes: readonly string[];
  functionWords: readonly string[];
  /** Elided words whose apostrophe a transcription keeps ("d'imprimante"): see text.ts `normalize`. */
  elisions: readonly string[];
  /** How numbers are written inside unspaced words (the phrase data's `numbers.written`): see text.ts `normalize`. */
  writing?: NumeralWriting;
  /** Regular-expression source for one ordinal / one number as said. */
  ordinalPattern: string;
  numberPattern: string;
  /** The digits Alexa sends for an ordinal / a number, or undefined. */
  ordinalValue(spoken: string): string | undefined;
  numberValue(spoken: string): string | undefined;
}

/** English as builtins.ts says it: the base every regional English file (en-US's too) adds to. */
export const ENGLISH: SimLanguage = {
  builtIns: en.BUILT_IN_PHRASES,
  launchVerbs: en.LAUNCH_VERBS,
  oneShotVerbs: en.ONE_SHOT_VERBS,
  oneShotConnectors: en.ONE_SHOT_CONNECTORS,
  exitPhrases: en.EXIT_PHRASES,
  politePrefixes: en.POLITE_PREFIXES,
  politeSuffixes: en.POLITE_SUFFIXES,
  fillerPrefixes: en.FILLER_PREFIXES,
  fillerSuffixes: en.FILLER_SUFFIXES,
  functionWords: en.FUNCTION_WORDS,
  elisions: [],
  ordinalPattern: ORDINAL_PATTERN,
  numberPattern: NUMBER_PATTERN,
  ordinalValue,
  numberValue,
};

type LanguageWords = Omit<SimLanguage, 'ordinalPattern' | 'numberPattern' | 'ordinalValue' | 'numberValue' | 'elisions' | 'writing'> & { elisions?: readonly string[] };

const alternatives = (words: readonly string[]) =>
  [...words]
    .filter((w) => w !== '')
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

/** A compound number word ("einundzwanzig"): a unit, a joiner and a ten written as one word. */
function compound(phrases: Phrases): RegExp {
  const { units, tens, joiners } = phrases.numbers;
  const unitWords = [...units.slice(1, 10), ...joiners];
  return new RegExp(`^(${alternatives(unitWords)})(?:${alternatives(joiners)})(${alternatives(tens)})$`);
}

function numbersFrom(phrases: Phrases): Pick<SimLanguage, 'ordinalPattern' | 'numberPattern' | 'ordinalValue' | 'numberValue' | 'writing'> {
  const { units, tens, hundred, joiners } = phrases.numbers;
  const ordinalForms = [
    ...phrases.ordinals,
    ...phrases.ordinals.flatMap((o) => (phrases.ordinalEndings ?? []).map((e) => `${o}${e}`)),
    ...Object.keys(phrases.ordinalWords ?? {}),
  ].map((o) => normalize(o, true, [], phrases.numbers.written));
  // A written ordinal ("3.", "3e", "2º") as the transcription gives it: its digits and suffix,
  // or the digits alone where the suffix is punctuation that normalizing drops ("das 3." → "das 3").
  const suffixes = phrases.ordinalSuffixes.map((s) => normalize(s, true, [], phrases.numbers.written));
  // A number written positionally in one word with the locale's digits and powers (Japanese "千五百").
  const powers = Object.keys(phrases.numbers.powers ?? {});
  const positional = powers.length === 0 ? undefined : `(?:${alternatives([...units.slice(0, 10), ...powers, ...'0123456789'])})+`;
  const digits = positional === undefined ? '\\d{1,3}' : `(?:\\d{1,3}|${positional}) ?`;
  const written = `${digits}(?:${alternatives(suffixes.filter((s) => s !== ''))})${suffixes.includes('') ? '?' : ''}`;
  const word = `(?:${positional === undefined ? '' : `${positional}|`}${alternatives([...units, ...tens, hundred, ...Object.keys(phrases.numbers.words ?? {})])}|(?:${alternatives([...units.slice(1, 10), ...joiners])})(?:${alternatives(joiners)})(?:${alternatives(tens)}))`;
  const joined = compound(phrases);
  const spokenValue = (spoken: string): number | undefined => {
    const words = spoken.trim().toLowerCase().split(/\s+/);
    const spread = words.flatMap((w) => {
      const parts = joined.exec(w);
      if (parts === null) return [w];
      // "ein" in a compound is the unit one.
      const unit = units.includes(parts[1] ?? '') ? (parts[1] ?? '') : (units[1] ?? '');
      return [parts[2] ?? '', unit];
    });
    return parseNumber(spread.join(' '), phrases);
  };
  return {
    writing: phrases.numbers.written,
    ordinalPattern: `(?:${alternatives(ordinalForms)}|${written})`,
    numberPattern: `(?:\\d+(?:[.,]\\d{1,2})?|${word}(?: (?:${alternatives(joiners)} )?${word})*)`,
    ordinalValue: (spoken) => {
      const said = spoken.trim().toLowerCase();
      const n = parseOrdinal(said, phrases) ?? (/^\d{1,2}$/.test(said) ? Number(said) : undefined);
      return n === undefined ? undefined : String(n);
    },
    numberValue: (spoken) => {
      const said = spoken.trim().replace(',', '.');
      if (/^\d+(?:\.\d{1,2})?$/.test(said)) return String(Number(said));
      const n = spokenValue(said);
      return n === undefined ? undefined : String(n);
    },
  };
}

const LANGUAGES = path.join(__dirname, 'languages');
const loaded = new Map<string, SimLanguage>();

/** A regional English file (`"extends": "en"`): only what it adds to English's lists. */
export type EnglishAdditions = { extends: 'en' } & Partial<Omit<LanguageWords, 'builtIns'>> & { builtIns?: Record<string, readonly string[]> };

export function withEnglish(more: EnglishAdditions): SimLanguage {
  const join = (base: readonly string[], added: readonly string[] | undefined) => [...new Set([...base, ...(added ?? [])])];
  const builtIns: Record<string, readonly string[]> = { ...ENGLISH.builtIns };
  for (const [intent, phrases] of Object.entries(more.builtIns ?? {})) builtIns[intent] = join(builtIns[intent] ?? [], phrases);
  return {
    ...ENGLISH,
    builtIns,
    launchVerbs: join(ENGLISH.launchVerbs, more.launchVerbs),
    oneShotVerbs: join(ENGLISH.oneShotVerbs, more.oneShotVerbs),
    oneShotConnectors: join(ENGLISH.oneShotConnectors, more.oneShotConnectors),
    exitPhrases: join(ENGLISH.exitPhrases, more.exitPhrases),
    politePrefixes: join(ENGLISH.politePrefixes, more.politePrefixes),
    politeSuffixes: join(ENGLISH.politeSuffixes, more.politeSuffixes),
    fillerPrefixes: join(ENGLISH.fillerPrefixes, more.fillerPrefixes),
    fillerSuffixes: join(ENGLISH.fillerSuffixes, more.fillerSuffixes),
    functionWords: join(ENGLISH.functionWords, more.functionWords),
  };
}

/** The simulator's words for a locale: its own file (a whole language, or English's with a region's additions), else English. */
export function simLanguage(locale: string): SimLanguage {
  const cached = loaded.get(locale);
  if (cached !== undefined) return cached;
  const file = path.join(LANGUAGES, `${locale}.json`);
  const words = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LanguageWords | EnglishAdditions) : undefined;
  const language = words === undefined ? ENGLISH : 'extends' in words ? withEnglish(words) : { ...words, elisions: words.elisions ?? [], ...numbersFrom(phrasesFor(locale)) };
  loaded.set(locale, language);
  return language;
}
