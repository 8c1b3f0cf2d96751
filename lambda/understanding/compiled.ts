/**
 * The locale's phrase lists as the understanding step matches them, derived once: combined
 * lists sorted longest first (a longer phrase wins over its start: "never mind" before
 * "never"), sets of words, refinement patterns split into their parts. Built on a locale's
 * first turn in the container and kept for the phrase object it came from (a WeakMap, so a
 * test's own phrase data gets its own and nothing outlives its data); never every locale at
 * start. Pure derivation: the same words give the same outcomes as reading the lists each turn.
 */
import type { ActionName, Phrases, QuestionTopic, RefinePhrases, SortName } from '../i18n/phrases';

/** A list sorted longest first, ties in the data's order (a stable sort): the first match is the longest. */
export type LongestFirst = readonly string[] & { readonly __longestFirst: true };

/** One word of a refinement pattern, or a number (`{n}`; `{n$}` needs its currency). */
export type Part = { word: string } | { number: 'any' | 'currency' };

const NUMBER = '{n}';
const NUMBER_WITH_CURRENCY = '{n$}';

/** A refinement pattern and its parts. */
export interface CompiledPattern {
  pattern: string;
  parts: Part[];
}

export function longestFirst(list: readonly string[]): LongestFirst {
  return [...list].sort((a, b) => b.length - a.length) as readonly string[] as LongestFirst;
}

/** A refinement pattern's parts ("under {n$}" → the word "under", a number with its currency). */
export function compilePattern(pattern: string): Part[] {
  return pattern
    .split(' ')
    .filter((w) => w !== '')
    .map((w) => (w === NUMBER ? { number: 'any' } : w === NUMBER_WITH_CURRENCY ? { number: 'currency' } : { word: w }));
}

export interface Matcher {
  fillers: LongestFirst;
  softeners: LongestFirst;
  articles: LongestFirst;
  carriers: LongestFirst;
  connectors: LongestFirst;
  trailers: LongestFirst;
  praise: LongestFirst;
  pronouns: LongestFirst;
  itemNouns: LongestFirst;
  numberMarkers: LongestFirst;
  ordinalSuffixes: LongestFirst;
  danglingLeading: LongestFirst;
  danglingTrailing: LongestFirst;
  ratingTrailers: LongestFirst;
  brandMarkers: LongestFirst;
  /** Softeners and fillers, in front of a command ("oh never mind"). */
  softFill: LongestFirst;
  /** Softeners, fillers and connectors, in front of a command ("what are the next ones"). */
  softFillConnect: LongestFirst;
  /** Trailers and fillers, behind a command or a name. */
  trailFill: LongestFirst;
  /** Everything a closing may be made of: closings, thanks, softeners, fillers, praise. */
  closingWords: LongestFirst;
  /** The same without the closings and thanks: words of only these close nothing. */
  softPraise: LongestFirst;
  /** Item nouns, trailers and fillers, behind a brand or a title's words. */
  nounTrailFill: LongestFirst;
  /** Articles and fillers, in front of a title's words. */
  articleFill: LongestFirst;
  /** Articles and item nouns, around a variation value ("the blue one"). */
  articleNouns: LongestFirst;
  /** Articles, item nouns and brand nouns, around a brand name ("the Amazon Basics brand"). */
  brandSurroundings: LongestFirst;
  /** In front of a filter's words ("only the ones that are black"): articles, item nouns, filter and brand markers. */
  filterLeading: LongestFirst;
  /** Behind a filter's words: the same, trailers and fillers. */
  filterTrailing: LongestFirst;
  /** Each action's words that take several words, with the cart and wish list words: taken out whole before the words are split. */
  actionSpans: Readonly<Record<ActionName, LongestFirst>>;
  /**
   * Fillers at the end of words, and the trailers that end in one ("as well"): the whole
   * trailer goes, never its last word alone ("washing powder as well" is no "washing powder as").
   */
  fillerTails: LongestFirst;
  /**
   * What may come before the words that matter and changes nothing (hesitations of several
   * words, softeners, thanks, fillers: "let me see", "oh well", "cheers"; not praise, which
   * starts product names: "super glue"): taken off
   * one at a time when what is left is read again.
   */
  leadIns: LongestFirst;
  /** "I don't know" said in several words ("let me see"): after one, only a product asked for is a product. */
  hesitations: readonly string[];
  /** Chit-chat phrases, longest first: one said first may lead in to what is wanted ("good morning, i need …"). */
  chitChat: LongestFirst;
  /** The words a request is framed in ("could you", "let us", "i want to"): none of them changes a command. */
  frameWords: LongestFirst;
  /** Single words that name no product on their own: pointing, action, cart, trailer, softener, thanks and frame words. */
  referenceNoise: ReadonlySet<string>;
  /** Each question topic's words, the question starts and connectors: what comes before a title in a question. */
  questionLeads: Partial<Record<QuestionTopic, LongestFirst>>;
  /** Every premium name and the generic premium words. */
  premiumWords: readonly string[];
  /** Premium names with their product ('any' for the generic words), longest first. */
  premiumByLength: ReadonlyArray<readonly [string, string]>;
  /** What "how much is premium" may be made of: premium, price and small words. */
  premiumPriceWords: LongestFirst;
  /** Each question topic's words, longest first. */
  questionTopics: Partial<Record<QuestionTopic, LongestFirst>>;
  /** Sort orders in the data's order, each with its ways longest first. */
  sortWays: ReadonlyArray<readonly [SortName, LongestFirst]>;
  /** Every way of saying every sort, longest first (ties in the data's order), split into parts. */
  sortsByLength: ReadonlyArray<{ sort: SortName; way: CompiledPattern }>;
  /** Words that only point at a listed item: articles, connectors, pronouns, positions, numbers. */
  pointing: ReadonlySet<string>;
  /** Each refinement's patterns split into parts. */
  refinePatterns: Partial<Record<keyof RefinePhrases, readonly CompiledPattern[]>>;
}

const matchers = new WeakMap<Phrases, Matcher>();
let builds = 0;

const wordsOf = (list: readonly string[]): string[] => list.flatMap((p) => p.split(' ')).filter((w) => w !== '');

function build(phrases: Phrases): Matcher {
  builds++;
  const fillerWords = new Set(phrases.fillers);
  const hesitations = phrases.dontKnow.filter((w) => w.includes(' '));
  const filterAround = [...phrases.articles, ...phrases.itemNouns, ...phrases.refine.filterMarkers, ...phrases.refine.brandMarkers];
  const pointing = new Set([
    ...phrases.connectors,
    ...phrases.articles,
    ...phrases.itemNouns,
    ...phrases.numberMarkers,
    ...phrases.fillers,
    ...phrases.pronouns,
    ...phrases.ordinals,
    ...phrases.positions.last,
    ...phrases.positions.middle,
    ...phrases.numbers.units,
    ...phrases.dangling.leading,
    ...phrases.dangling.trailing,
  ]);
  const premiumNames = Object.entries(phrases.premium).flatMap(([ref, names]) => names.map((n) => [ref, n] as const));
  const premiumNamed: Array<readonly [string, string]> = [...premiumNames, ...phrases.premiumGeneric.map((n) => ['any', n] as const)];
  const premiumWords = premiumNamed.map(([, n]) => n);
  const sortWays = (Object.entries(phrases.sorts) as Array<[SortName, string[]]>).map(([sort, ways]) => [sort, longestFirst(ways)] as const);
  const sortsByLength = (Object.entries(phrases.sorts) as Array<[SortName, string[]]>)
    .flatMap(([sort, ways]) => ways.map((way) => [sort, way] as const))
    .sort((a, b) => b[1].length - a[1].length)
    .map(([sort, way]) => ({ sort, way: { pattern: way, parts: compilePattern(way) } }));
  const refinePatterns: Matcher['refinePatterns'] = {};
  for (const [kind, patterns] of Object.entries(phrases.refine) as Array<[keyof RefinePhrases, unknown]>) {
    if (Array.isArray(patterns)) refinePatterns[kind] = patterns.map((pattern: string) => ({ pattern, parts: compilePattern(pattern) }));
  }
  return {
    fillers: longestFirst(phrases.fillers),
    softeners: longestFirst(phrases.softeners),
    articles: longestFirst(phrases.articles),
    carriers: longestFirst(phrases.carriers),
    connectors: longestFirst(phrases.connectors),
    trailers: longestFirst(phrases.trailers),
    praise: longestFirst(phrases.praise),
    pronouns: longestFirst(phrases.pronouns),
    itemNouns: longestFirst(phrases.itemNouns),
    numberMarkers: longestFirst(phrases.numberMarkers),
    ordinalSuffixes: longestFirst(phrases.ordinalSuffixes),
    danglingLeading: longestFirst(phrases.dangling.leading),
    danglingTrailing: longestFirst(phrases.dangling.trailing),
    ratingTrailers: longestFirst(phrases.refine.ratingTrailers),
    brandMarkers: longestFirst(phrases.refine.brandMarkers),
    softFill: longestFirst([...phrases.softeners, ...phrases.fillers]),
    softFillConnect: longestFirst([...phrases.softeners, ...phrases.fillers, ...phrases.connectors]),
    trailFill: longestFirst([...phrases.trailers, ...phrases.fillers]),
    closingWords: longestFirst([...phrases.closings, ...phrases.gratitude, ...phrases.softeners, ...phrases.fillers, ...phrases.praise]),
    softPraise: longestFirst([...phrases.softeners, ...phrases.fillers, ...phrases.praise]),
    nounTrailFill: longestFirst([...phrases.itemNouns, ...phrases.trailers, ...phrases.fillers]),
    articleFill: longestFirst([...phrases.articles, ...phrases.fillers]),
    articleNouns: longestFirst([...phrases.articles, ...phrases.itemNouns]),
    brandSurroundings: longestFirst([...phrases.articles, ...phrases.itemNouns, ...phrases.brandNouns]),
    filterLeading: longestFirst(filterAround),
    filterTrailing: longestFirst([...filterAround, ...phrases.trailers, ...phrases.fillers]),
    actionSpans: Object.fromEntries(
      (Object.entries(phrases.actions) as Array<[ActionName, string[]]>).map(([action, verbs]) => [
        action,
        longestFirst([...phrases.cartWords, ...phrases.wishlistWords, ...verbs.filter((v) => v.includes(' '))]),
      ]),
    ) as Record<ActionName, LongestFirst>,
    fillerTails: longestFirst([...phrases.fillers, ...phrases.trailers.filter((t) => t.includes(' ') && fillerWords.has(t.split(' ').at(-1) ?? ''))]),
    leadIns: longestFirst([...hesitations, ...phrases.softeners, ...phrases.gratitude, ...phrases.fillers]),
    hesitations,
    chitChat: longestFirst(phrases.chitChat),
    frameWords: longestFirst(phrases.requestFrame?.words ?? []),
    referenceNoise: new Set([
      ...pointing,
      ...wordsOf(Object.values(phrases.actions).flat()),
      ...wordsOf(phrases.cartWords),
      ...wordsOf(phrases.wishlistWords),
      ...wordsOf(phrases.trailers),
      ...wordsOf(phrases.softeners),
      ...wordsOf(phrases.gratitude),
      ...wordsOf(phrases.refine.brandMarkers),
      ...(phrases.requestFrame?.words ?? []),
    ]),
    questionLeads: Object.fromEntries(
      Object.entries(phrases.questionTopics).map(([topic, words]) => [topic, longestFirst([...words, ...phrases.questionStarts, ...phrases.connectors])]),
    ),
    premiumWords,
    premiumByLength: [...premiumNamed].sort((a, b) => b[1].length - a[1].length),
    premiumPriceWords: longestFirst([...premiumWords, ...(phrases.premiumPrice ?? []), ...phrases.connectors, ...phrases.articles, ...phrases.fillers, ...phrases.trailers]),
    questionTopics: Object.fromEntries(Object.entries(phrases.questionTopics).map(([topic, words]) => [topic, longestFirst(words)])),
    sortWays,
    sortsByLength,
    pointing,
    refinePatterns,
  };
}

/** The matcher for this phrase data: built on its first use, then the same one every turn. */
export function matcherFor(phrases: Phrases): Matcher {
  const known = matchers.get(phrases);
  if (known !== undefined) return known;
  const made = build(phrases);
  matchers.set(phrases, made);
  return made;
}

/** How many matchers this container has built (a test reads it: once per locale, never again). */
export function matcherBuilds(): number {
  return builds;
}
