/**
 * The customer language the code reads, per locale: `i18n/<locale>/phrases.json`. Code holds
 * no words of any language; it reads these lists. Only the request's locale is loaded, on
 * its first use in the container: a new locale is a folder, and a turn in one language never
 * pays for the others.
 */
import { DEFAULT_LOCALE } from '../constants';
import type { PremiumProductRef } from '../constants';
import path from 'node:path';
import { PHRASES_FILE, readLocaleData } from '.';
import { type NumeralWriting, spaceWords } from '../util/words';
import { OverlayError, resolveOverlay } from './overlay';
import { describeError, log } from '../util/log';

export type SortName = 'price-asc' | 'price-desc' | 'rating';
/** Product questions the understanding step can name (browsing/questions.ts answers them). */
export type QuestionTopic = 'bulk' | 'price' | 'rating' | 'seller' | 'pack' | 'prime' | 'stock' | 'variations' | 'brand' | 'features' | 'savings' | 'condition' | 'policy';

/**
 * Refinements said inside words ("coffee under 20 dollars", "only prime"). Entries are word
 * patterns: `{n}` is a number (words or digits, a currency word or sign around it allowed),
 * `{n$}` a number that needs its currency ("over 50 sheets" is a pack size, not a price).
 */
export interface RefinePhrases {
  between: string[];
  maxPrice: string[];
  minPrice: string[];
  minRating: string[];
  freeShipping: string[];
  inStock: string[];
  today: string[];
  tomorrow: string[];
  prime: string[];
  /** Words a rating may end with ("and up", "or better"). */
  ratingTrailers: string[];
  /** Words a rating needs at least one of ("stars", "rated"): "4 and up" alone is no rating. */
  ratingMarkers: string[];
  /** Entries that count only at the end of the words ("batteries for today", not "today's deals"). */
  wordsAtEndOnly: string[];
  /** Words before a brand name that mark it as a refinement ("only Duracell", "just the Amazon Basics ones"). */
  brandMarkers: string[];
  /** Other words around a filter's words ("in", "that are", "the ones in"): "only the ones that are black" filters by "black". */
  filterMarkers: string[];
  /** Ways of writing a pack size (`{n}` the count): "only the 24 pack" matches a "24 Count" or "Pack of 24" listing. */
  packForms: string[];
}
export type ActionName = 'cart' | 'buy' | 'wishlist' | 'details';

export interface Phrases {
  /** Written contractions and their full form ("what's" → "what is"), applied before matching. */
  contractions: Record<string, string>;
  /** Words that carry nothing at either end of an answer ("um", "okay", "please"). */
  fillers: string[];
  /** Ways of ending the conversation ("that's all", "bye", en-GB "cheers", "ta"). */
  closings: string[];
  /**
   * Leave-takings that end the conversation whatever comes before them ("that's a shame,
   * bye", "changed my mind, goodbye"): said last, after a reaction or a reason. Absent, a
   * closing must be the whole of what was said.
   */
  farewells?: string[];
  /** Words that soften a closing or a cancel ("never mind, I'm done", "oh well, cheers"). */
  softeners: string[];
  /** Dropping the question ("never mind", "none of them"): Cancel, not goodbye. */
  cancel: string[];
  /** Starting again ("let's start from scratch"). */
  startOver: string[];
  /** Asking what works ("what can I say"). */
  help: string[];
  /**
   * Asking what works in the customer's own words: a question of only these `words` with one
   * of the `verbs` ("how do I use this thing", "what kind of stuff can I search for"); absent,
   * only the `help` phrases.
   */
  helpQuestion?: { words: string[]; verbs: string[] };
  /**
   * Words a request is framed in before the product it names, in any order ("could I get
   * some", "we've run out of", "I was wondering if you had any"): a sentence that starts with
   * only these `words`, one of them a verb of wanting or looking (`verbs`), and goes on to a
   * product name asks for that product. Absent, only `carriers`.
   */
  requestFrame?: { words: string[]; verbs: string[] };
  /** Asking what prices are watched ("which prices are you tracking"). */
  watches: string[];
  /** Asking for the next page ("any more", "what else is there"). */
  next: string[];
  /** The whole of a search's words asking to try again ("try again": "again", "that again"). */
  retry: string[];
  /** The whole of an action's words asking for the same again ("add another one": "another one"). */
  another: string[];
  /** Asking to hear it again ("come again", "what was that"). */
  repeat: string[];
  /** Words after a product name that are not part of it ("instead", "then", "too"). */
  trailers: string[];
  /** With a premium product named: cancelling or refunding it ("cancel my premium"). */
  premiumCancel: string[];
  /** With a premium product named: asking what it is ("what's in premium"). */
  premiumInfo: string[];
  /**
   * Words that, with a premium word and no info or cancel word, ask to buy it ("how do i sign up
   * for premium", "i'd like to subscribe to the upgrade"); never said with one of `negations`
   * ("i do not want to sign up for premium"). Optional.
   */
  premiumBuy?: string[];
  /** Words that turn a request round ("not", "never"): a request said with one is not granted as said. Optional. */
  negations?: string[];
  /**
   * With a premium product named: asking its price ("how much is premium"). The purchase flow
   * answers it, where Alexa states the price; the skill never quotes one. A locale without the
   * list reads such words as premiumInfo.
   */
  premiumPrice?: string[];
  /** "I don't know", "not sure", "whatever": no product, no command. */
  dontKnow: string[];
  /** Words that ask for a search without saying what for ("something else"). */
  noQuery: string[];
  /** Words that mark small talk and requests for other skills ("joke", "weather"). */
  chitChat: string[];
  /** Words a question starts with ("what", "how", "can you"): a product name does not. */
  questionStarts: string[];
  /**
   * Words a question ends with, in a language that puts the question word or particle last
   * (「評価ってどんな感じ」, 「何本入りですか」, 「最初のやつの評価は」): said after a product
   * question's topic, they ask it, as `questionStarts` do in front.
   */
  questionEnds?: string[];
  /** Orders, deliveries and returns: the skill cannot see them. */
  orderWords: string[];
  /** Words in front of a product name that are not part of it ("some", "a"). */
  articles: string[];
  /**
   * The definite articles, after which a position word names a listed item inside a longer
   * sentence ("what does the last one cost"): languages that decline them list every form
   * (German "das letzte", "den zweiten", "vom dritten"; French "la deuxième", "du premier").
   * Absent: the first of `articles` ("the").
   */
  definiteArticles?: string[];
  /** Carrier words in front of a product name ("I'm looking for", "find me"). */
  carriers: string[];
  /** Words that join a command's parts and name nothing ("get me the", "sort them by"). */
  connectors: string[];
  /** Ordinal words in order: index 0 is 1. */
  ordinals: string[];
  /** Endings of a written ordinal ("2nd"). */
  ordinalSuffixes: string[];
  /**
   * Inflection endings an ordinal takes after its listed form, for languages that decline it
   * ("erste" → "ersten", "erster", "erstes"); absent where ordinals do not inflect.
   */
  ordinalEndings?: string[];
  /**
   * Other ordinal words and the position they name, for languages whose ordinals change their
   * ending rather than add one: feminine, plural and shortened forms ("seconda": 2,
   * "primer": 1); absent where the listed forms and endings say it all.
   */
  ordinalWords?: Record<string, number>;
  /**
   * Number words: units 0–19, tens by index, the hundred word, words joining parts, and
   * numbers written as one word, or as a fixed group of words, that the rest cannot build
   * ("ventidue", "veintidós", "doscientos", French "quatre vingt" = 80 where adding makes 24), with
   * their values; where numbers are written positionally in one word (Japanese "千五百"), the
   * powers of ten by their characters; where numbers are written inside words without spaces,
   * the characters they are written with, the counters written after them and the endings that
   * close what is said (`written`: the words' splitting reads it, `util/words.ts`).
   */
  numbers: { units: string[]; tens: string[]; hundred: string; joiners: string[]; words?: Record<string, number>; powers?: Record<string, number>; written?: NumeralWriting };
  /** Positions said as words: "last", "middle". */
  positions: { last: string[]; middle: string[] };
  /** Nouns after a position ("the second one", "item"). */
  itemNouns: string[];
  /** Words before a bare number that name a listed item ("number two", "option 3"). */
  numberMarkers: string[];
  /** The product in focus ("it", "that one"). */
  pronouns: string[];
  /** Sort orders by name, every way of saying them. */
  sorts: Record<SortName, string[]>;
  /** Words that name a sort only after "sort by" ("price", "rating"): the model's SortType, not the understanding step. */
  sortSlotWords: Record<SortName, string[]>;
  /** Verbs of the product actions, the way they start a command. */
  actions: Record<ActionName, string[]>;
  /**
   * Verbs of `actions.buy` that only choose when an item is named ("i'll take the first one",
   * "i'll have the lavazza", "je prends le premier"): the answer to the question asked (which
   * one to add, which one to hear about), never a purchase; said of "it" ("i'll take it",
   * "me lo quedo") they still buy. Optional: without it every buy verb buys.
   */
  chooseVerbs?: string[];
  /** Names of the cart ("cart", "basket", "trolley") and the wish list. */
  cartWords: string[];
  wishlistWords: string[];
  /** Currency words and signs ("dollars", "bucks", "$"). */
  currency: string[];
  /** Amounts said as words ("a tenner" → 10). */
  amounts: Record<string, number>;
  /** Premium products by reference name: the first is the name, the rest synonyms (also the model's PremiumProductType). */
  premium: Record<PremiumProductRef, string[]>;
  /** Premium words without a product name ("upgrades", "membership"). */
  premiumGeneric: string[];
  /** Words that name a product question, by topic, most specific topic first ("bulk" before "price"). */
  questionTopics: Record<QuestionTopic, string[]>;
  /** The topics a position slot's words may name ("what's the price of the second one"). */
  questionTopicsByPosition: QuestionTopic[];
  /** Starting a price watch ("keep an eye on the price"). */
  watch: string[];
  /** Stopping one ("stop watching the first one"). */
  unwatch: string[];
  /** Asking for other sellers' offers ("any other sellers"). */
  offers: string[];
  /** Asking for a recommendation ("what do you reckon", "any suggestions"). */
  recommend: string[];
  /** Asking for the previous page ("go back"). */
  previous: string[];
  /** Words of praise that soften a closing ("lovely, that's me done"). */
  praise: string[];
  /** Thanks ("thanks", "cheers", "ta"): alone or with a closing, they end the conversation. */
  gratitude: string[];
  /** Words a product name does not hold: pronouns and verbs of a sentence ("that's weird", "let me think about it"). */
  notProduct: string[];
  refine: RefinePhrases;
  /** Nouns said around a brand name ("the Amazon Basics brand"). */
  brandNouns: string[];
  /**
   * Words customers say for a word product titles write otherwise, by what the title writes: a
   * brand said in the language's own script or by its nickname ("ラバッツァ", "スタバ" for a title's
   * "Lavazza", "Starbucks"). Only naming a listed product by its title reads them (titles.ts); a
   * search keeps the words as said.
   */
  titleReadings?: Record<string, string[]>;
  /** Connecting words left dangling at either end of a product name once a refinement is taken out. */
  dangling: { leading: string[]; trailing: string[] };
  /** An order question that a search carrier took ("I want to return it"): how it starts, or the whole of it. */
  orderQuestion: { starts: string[]; whole: string[] };
}

export { PHRASE_FALLBACKS } from './phraseFallbacks';
import { PHRASE_FALLBACKS } from './phraseFallbacks';
const LOCALE_SHAPE = /^[a-z]{2}-[A-Z]{2}$/;

const loaded = new Map<string, Phrases>();

/** Languages written without spaces between words: their phrase data is compared word by word, as the understanding step splits what was said. */
const UNSPACED_LANGUAGES: readonly string[] = ['ja'];

/** A locale without a file of its own (`pt-BR`): its fallback answers, as it should. */
function isMissingFile(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'MODULE_NOT_FOUND' || code === 'ENOENT';
}

/**
 * A locale's phrase data read with `read` (a locale's parsed `phrases.json`), its overlay
 * resolved: undefined when the locale has no file of its own. Anything else that keeps it from
 * loading (an overlay naming a key its base lacks, a base that cannot be read, a file that is
 * no JSON) is logged for the operator, naming the file and the key, and thrown: a silent
 * fallback would answer in another locale's words with nobody told.
 */
export function readPhrases(locale: string, read: (locale: string) => unknown): Phrases | undefined {
  let own: unknown;
  try {
    own = read(locale);
  } catch (error) {
    if (isMissingFile(error)) return undefined;
    log.error('phrase data unreadable', { file: `${locale}/${PHRASES_FILE}`, ...describeError(error) });
    throw error;
  }
  let phrases: Phrases;
  try {
    phrases = resolveOverlay(PHRASES_FILE, locale, (name) => (name === locale ? own : read(name))) as Phrases;
  } catch (error) {
    const fields = error instanceof OverlayError ? { file: error.file, key: error.key } : { file: `${locale}/${PHRASES_FILE}`, key: 'extends' };
    log.error('phrase overlay broken', { ...fields, ...describeError(error) });
    throw error;
  }
  if (!UNSPACED_LANGUAGES.includes(locale.slice(0, 2))) return phrases;
  // Every entry split as what is said is split, with the language's own way of writing numbers;
  // that writing itself stays as written (a counter is matched as characters, not words).
  const written = phrases.numbers.written;
  const spaced = spacedDeep(phrases, written) as Phrases;
  return written === undefined ? spaced : { ...spaced, numbers: { ...spaced.numbers, written } };
}

function load(locale: string): Phrases | undefined {
  if (!LOCALE_SHAPE.test(locale)) return undefined;
  // As the messages (./index.ts): the deployed bundle reads the file beside it, which
  // infra/bundle.ts writes for every locale. Unbundled, the source file; required by a path
  // esbuild does not follow (a template require would bundle every locale's file, even in
  // the branch the build drops).
  // A locale's file may extend another's (overlay.ts); the files beside the bundle are
  // written resolved, so resolving them again finds nothing to do.
  const read =
    process.env.VOICE_SHOPPING_LOCALE_DATA === 'beside'
      ? (name: string) => readLocaleData(name, PHRASES_FILE)
      : (name: string) => require(path.join(__dirname, name, PHRASES_FILE)) as unknown;
  return readPhrases(locale, read);
}

/** Every string of the data with its words spaced (`spaceWords`), in a copy. */
function spacedDeep(value: unknown, writing: NumeralWriting | undefined): unknown {
  if (typeof value === 'string') return spaceWords(value, writing);
  if (Array.isArray(value)) return value.map((inner) => spacedDeep(inner, writing));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, spacedDeep(inner, writing)]));
  return value;
}

/** A locale's own data, from the cache when a request in it came first. */
function loadedOnce(locale: string): Phrases | undefined {
  const known = loaded.get(locale);
  if (known !== undefined) return known;
  const phrases = load(locale);
  if (phrases !== undefined) loaded.set(locale, phrases);
  return phrases;
}

/** The phrase data for a locale, its fallback's, or the default locale's. */
export function phrasesFor(locale: string | undefined): Phrases {
  const wanted = locale ?? DEFAULT_LOCALE;
  const cached = loaded.get(wanted);
  if (cached !== undefined) return cached;
  const fallback = Object.hasOwn(PHRASE_FALLBACKS, wanted) ? PHRASE_FALLBACKS[wanted] : undefined;
  // A fallback is the same data as that locale's own: one copy per container, read once.
  const phrases = load(wanted) ?? (fallback === undefined ? undefined : loadedOnce(fallback)) ?? loadedOnce(DEFAULT_LOCALE);
  if (phrases === undefined) throw new Error(`no phrase data for ${DEFAULT_LOCALE}`);
  loaded.set(wanted, phrases);
  return phrases;
}

/** Which locales' phrase data this container has loaded (the benchmark and a test read it). */
export function loadedPhraseLocales(): string[] {
  return [...loaded.keys()];
}
