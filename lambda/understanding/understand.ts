/**
 * The one understanding step for words an open slot caught: the product name the skill
 * elicited, or the product words of "buy batteries". Before anything is searched, the words
 * are read with the locale's phrase data:
 *
 * - a command inside them is carried out ("to add the second one to my cart", "the cheapest");
 * - a closing ends the conversation ("that's all", "bye"); "never mind" drops the question;
 * - fillers, "I don't know", small talk and questions get a short honest answer;
 * - orders and deliveries get the pointer to the Amazon app; premium words the premium flow;
 * - only what is left is a product name, without its carrier and filler words.
 *
 * Pure: the words in, what they mean out. No handler re-reads the text after this.
 */
import { type PremiumProductRef, PremiumProducts } from '../constants';
import type { ActionName, Phrases, QuestionTopic, SortName } from '../i18n/phrases';
import type { RequestedRefinements } from '../session/refinements';
import { splitQuery } from './refinements';
import { questionTopicIn } from './questions';
import { type ItemReference, referenceWithin, wholeReference } from './references';
import { type LongestFirst, longestFirst, matcherFor } from './compiled';
import { asSaid, containsPhrase, coveredByOf, normalizeText, stripLeadingOf, stripLeadingOnce, stripTrailingOf } from './text';
import { titleHolding } from './titles';

/** A topic without words of its own in a locale's data. */
const NO_WORDS = longestFirst([]);

export type Understood =
  | { kind: 'product'; words: string }
  | { kind: 'closing' }
  | { kind: 'cancel' }
  | { kind: 'start-over' }
  | { kind: 'help' }
  | { kind: 'repeat' }
  | { kind: 'next' }
  | { kind: 'watches' }
  /** "try again": the last Shopping Action, if it may work now; else what to find. */
  | { kind: 'try-again' }
  /** "add another one", "buy one more": the last Shopping Action again. */
  | { kind: 'another' }
  | { kind: 'not-a-product'; why: 'filler' | 'dont-know' | 'chit-chat' | 'question' }
  | { kind: 'order-help' }
  /** A search with nothing named ("something else"): ask what to find. */
  | { kind: 'no-query' }
  | { kind: 'premium'; product: PremiumProductRef | 'any' }
  | { kind: 'premium-cancel' }
  /** What premium gives: the product named (its own summary), or 'any' (what can be bought). */
  | { kind: 'premium-info'; product: PremiumProductRef | 'any' }
  | { kind: 'item'; action: ActionName | 'choose'; item: ItemReference }
  | { kind: 'sort'; sort: SortName }
  /** A product question ("what's it rated", "how much is the second one"). */
  | { kind: 'question'; topic: QuestionTopic; item: ItemReference }
  | { kind: 'watch'; item: ItemReference }
  | { kind: 'unwatch'; item: ItemReference }
  | { kind: 'offers'; item: ItemReference }
  | { kind: 'recommend' }
  | { kind: 'previous' }
  /** Refinements with nothing else named ("anything under 10 dollars", "only prime"). */
  | { kind: 'refine'; requested: RequestedRefinements }
  /** "only Duracell", "just the Lavazza ones": a brand, when there is a list to narrow. */
  | { kind: 'brand'; words: string };

/** An elided article written onto its word ("l'huile", "d'olive" in French): the article goes, the word stays. */
function stripElided(words: string, phrases: Phrases): string {
  const elided = phrases.articles.find((a) => a.endsWith("'") && words.startsWith(a) && words.length > a.length);
  return elided === undefined ? words : words.slice(elided.length);
}

const stripFillers = (text: string, phrases: Phrases): string => {
  const { fillers, fillerTails } = matcherFor(phrases);
  return stripTrailingOf(stripLeadingOf(text, fillers), fillerTails);
};

/** The premium product words name (the locale's names), 'any' for premium words without one. */
export function premiumNamed(text: string, phrases: Phrases): PremiumProductRef | 'any' | undefined {
  const { articles } = matcherFor(phrases);
  const bare = stripLeadingOf(text, articles);
  for (const [ref, names] of Object.entries(phrases.premium) as Array<[PremiumProductRef, string[]]>) {
    if (names.some((n) => n === text || n === bare || stripLeadingOf(n, articles) === bare)) return ref;
  }
  return phrases.premiumGeneric.includes(bare) ? 'any' : undefined;
}

/** A premium name anywhere in the words ("cancel my premium", "what's in premium"). */
export function mentionsPremium(text: string, phrases: Phrases): boolean {
  return matcherFor(phrases).premiumWords.some((n) => containsPhrase(text, n));
}

/** The premium product whose name is inside the words, the longest name winning ("premium features" is generic: 'any'). */
export function premiumMentioned(text: string, phrases: Phrases): PremiumProductRef | 'any' {
  const found = matcherFor(phrases).premiumByLength.find(([, n]) => containsPhrase(text, n));
  return (found?.[0] as PremiumProductRef | 'any' | undefined) ?? 'any';
}

function sortNamed(text: string, phrases: Phrases): SortName | undefined {
  for (const [sort, ways] of matcherFor(phrases).sortWays) {
    for (const way of ways) {
      if (!containsPhrase(text, way)) continue;
      // A sort command leaves only connecting words ("get me the cheapest"); "the cheapest
      // printer paper" still names a product, and is searched with its sort.
      const rest = ` ${text} `.replace(` ${way} `, ' ').trim();
      if (rest === '' || rest.split(' ').every((w) => phrases.connectors.includes(w) || phrases.fillers.includes(w))) return sort;
    }
  }
  return undefined;
}

/** The action the words name; `naming` an item, a verb that only chooses (`chooseVerbs`) names none. */
function actionNamed(text: string, phrases: Phrases, naming = false): ActionName | undefined {
  if (phrases.wishlistWords.some((w) => containsPhrase(text, w))) return 'wishlist';
  if (phrases.cartWords.some((w) => containsPhrase(text, w))) return 'cart';
  const words = text.split(' ');
  const choosing = naming ? (phrases.chooseVerbs ?? []) : [];
  for (const action of ['cart', 'buy', 'wishlist', 'details'] as const) {
    const verbs = phrases.actions[action].filter((verb) => !choosing.includes(verb));
    if (verbs.some((verb) => words.includes(verb) || (verb.includes(' ') && containsPhrase(text, verb)))) return action;
  }
  return undefined;
}

/** A listed item the words point at, with the action they name (none named: chosen, as the answer to the stage's question). */
function itemWith(text: string, phrases: Phrases, item: ItemReference): Understood {
  return { kind: 'item', action: actionNamed(text, phrases, item.kind !== 'it') ?? 'choose', item };
}

/** The words are one of `phrases`, perhaps softened ("oh never mind", "actually, none of them"). */
function softly(text: string, list: readonly string[], phrases: Phrases): boolean {
  if (list.includes(text)) return true;
  const matcher = matcherFor(phrases);
  const rest = stripTrailingOf(stripLeadingOf(text, matcher.softFill), matcher.trailFill);
  return list.includes(rest);
}

/**
 * The words are one of `list` once the words around a command are taken off: softeners and
 * connecting words in front, one at a time ("what are the next ones", "can i hear a few more":
 * "a few more" is a command before its "a" would go), trailers behind; single fillers inside
 * change nothing ("i did not quite catch that").
 */
function commandIn(text: string, list: readonly string[], phrases: Phrases): boolean {
  if (softly(text, list, phrases)) return true;
  const matcher = matcherFor(phrases);
  const listed = (words: string) => list.includes(words) || list.includes(withoutFillers(words, phrases));
  let rest = stripTrailingOf(text, matcher.trailFill);
  while (rest !== '') {
    if (listed(rest)) return true;
    const next = stripLeadingOnce(rest, matcher.softFillConnect);
    if (next === rest) return false;
    rest = next;
  }
  return false;
}

/** The words without the one-word fillers among them. */
function withoutFillers(text: string, phrases: Phrases): string {
  return text
    .split(' ')
    .filter((w) => !phrases.fillers.includes(w))
    .join(' ');
}

/**
 * A listed product named by words of its title among words that point or act ("the one from
 * lavazza", "add the folgers as well", "can i hear more about the starbucks"): the words that
 * name no product on their own go, and what is left must be in one title of the page heard.
 * A pointing or acting word must be among them: articles and fillers alone ("lavazza
 * coffee", "some lavazza") leave the words to the stage (turn.ts).
 */
function titleReference(text: string, phrases: Phrases, page: readonly string[]): ItemReference | undefined {
  if (page.length === 0) return undefined;
  const { referenceNoise, articleFill } = matcherFor(phrases);
  const words = text.split(' ');
  const content = words.filter((w) => !referenceNoise.has(w));
  const marked = words.some((w) => referenceNoise.has(w) && !articleFill.includes(w));
  if (!marked || content.length === 0) return undefined;
  const n = titleHolding(content, page, phrases);
  return n === undefined ? undefined : { kind: 'ordinal', n };
}

/** A question about what works, in any words the locale lists for it ("what am I supposed to say"). */
function asksForHelp(said: string, phrases: Phrases): boolean {
  const question = phrases.helpQuestion;
  // Words that only trail a question ("what do you do exactly") do not change it.
  const text = stripTrailingOf(said, matcherFor(phrases).trailers);
  if (question === undefined || !phrases.questionStarts.some((w) => text.startsWith(`${w} `))) return false;
  const words = text.split(' ');
  return words.some((w) => question.verbs.includes(w)) && words.every((w) => question.words.includes(w) || question.verbs.includes(w));
}

/**
 * The product a request names after the words it is framed in ("could I get some washing-up
 * liquid" → "washing-up liquid"), when a frame is there and what follows is a name: no
 * sentence words, no pronoun, no question word. Undefined otherwise.
 */
function productAfterFrame(text: string, phrases: Phrases): string | undefined {
  const frame = phrases.requestFrame;
  // Said as a question ("do you like coffee"), the carriers decide ("do you have"), not the frame.
  if (frame === undefined || phrases.questionStarts.some((w) => text.startsWith(`${w} `))) return undefined;
  const words = text.split(' ');
  let i = 0;
  while (i < words.length && frame.words.includes(words[i] ?? '')) i++;
  if (i === words.length || !words.slice(0, i).some((w) => frame.verbs.includes(w))) return undefined;
  const rest = words.slice(i);
  return rest.some((w) => phrases.notProduct.includes(w) || phrases.pronouns.includes(w)) ? undefined : rest.join(' ');
}

/** Words that only point at a listed item: articles, connectors, pronouns, positions, numbers. */
function onlyPointing(words: readonly string[], phrases: Phrases): boolean {
  const { pointing } = matcherFor(phrases);
  return words.every((w) => pointing.has(w) || /^\d+$/.test(w) || phrases.ordinalSuffixes.some((x) => w.endsWith(x) && /^\d+/.test(w)));
}

/** The item the words point at ("the second one", "number 2", "the last"), else the one in focus. */
function pointedAt(text: string, phrases: Phrases): ItemReference {
  return referenceWithin(text, phrases) ?? { kind: 'it' };
}

/**
 * Said as a question: a question word first, or after words that only point or connect ("y eso,
 * ¿cuánto vale?", "and that one, how much is it"): what they point at is what is asked about.
 */
function askedAfterPointing(text: string, phrases: Phrases): boolean {
  const starts = (words: string) => phrases.questionStarts.some((w) => words === w || words.startsWith(`${w} `));
  if (starts(text)) return true;
  // Japanese asks last: 「二つ目の評価はどう」.
  if ((phrases.questionEnds ?? []).some((w) => text === w || text.endsWith(` ${w}`))) return true;
  const { connectors, pronouns, articles } = matcherFor(phrases);
  let rest = text;
  for (let next = stripLeadingOnce(stripLeadingOnce(stripLeadingOnce(rest, connectors), pronouns), articles); next !== rest && next !== ''; ) {
    rest = next;
    if (starts(rest)) return true;
    next = stripLeadingOnce(stripLeadingOnce(stripLeadingOnce(rest, connectors), pronouns), articles);
  }
  return false;
}

/** A phrase of `list` inside the words and what is left without it. */
function phraseIn(text: string, list: LongestFirst): { found: string; rest: string[] } | undefined {
  const found = list.find((p) => containsPhrase(text, p));
  if (found === undefined) return undefined;
  return {
    found,
    rest: ` ${text} `
      .replace(` ${found} `, ' ')
      .trim()
      .split(' ')
      .filter((w) => w !== ''),
  };
}

/** A reading that says what to do, after a lead-in was taken off (a pronoun alone points at too little). */
function telling(understood: Understood): boolean {
  if (understood.kind === 'not-a-product' || understood.kind === 'no-query') return false;
  return !('item' in understood) || understood.item.kind !== 'it';
}

/**
 * What the words mean. `page`: the titles of the page the customer heard, so a product of
 * the list can be named by its title's words ("the one from lavazza").
 *
 * Words that name nothing on a first reading are read again without what they start with, one
 * lead-in at a time (a hesitation, a softener, thanks: "let me see, sticky notes", "oh no
 * thanks, the second one"): a product or a command after it is what was asked.
 */
export function understand(spoken: string, phrases: Phrases, page: readonly string[] = []): Understood {
  const first = understandOnce(spoken, phrases, page);
  if (first.kind !== 'not-a-product') return first;
  const { leadIns, hesitations, carriers, fillers } = matcherFor(phrases);
  let rest = normalizeText(spoken, phrases);
  let hesitated = false;
  for (let next = stripLeadingOnce(rest, leadIns); next !== rest && next !== ''; next = stripLeadingOnce(rest, leadIns)) {
    hesitated ||= hesitations.includes(rest.slice(0, rest.length - next.length).trim());
    rest = next;
    const again = understandOnce(rest, phrases, page);
    if (!telling(again)) continue;
    const product = again.kind === 'product' || again.kind === 'brand';
    // After a hesitation, only an item pointed at or a product asked for ("not sure, the second
    // one", "let me think, maybe coffee"): "let me think for a sec" names none, and a word that
    // could be a command ("je réfléchis encore": still) is part of the hesitation.
    if (hesitated && !(product ? stripLeadingOf(stripLeadingOf(rest, fillers), carriers) !== stripLeadingOf(rest, fillers) : again.kind === 'item')) continue;
    return product ? { ...again, words: asSaid(normalizeText(again.words, phrases), spoken, phrases) } : again;
  }
  return first.why === 'chit-chat' ? (afterSmallTalk(spoken, phrases, page) ?? first) : first;
}

/** Whether a product reading of `rest` was asked for with a carrier ("i need dish soap"), not just named ("some music"). */
function carried(rest: string, phrases: Phrases): boolean {
  const { fillers, carriers } = matcherFor(phrases);
  const bare = stripLeadingOf(rest, fillers);
  return stripLeadingOf(bare, carriers) !== bare;
}

/**
 * Small talk said first, then what is wanted ("good morning, i need dish soap", "hola, busco
 * una funda"): a greeting or other chit-chat phrase at the start is a lead-in when what follows
 * is a command or a product asked for with a carrier; "play some music" names no product.
 */
function afterSmallTalk(spoken: string, phrases: Phrases, page: readonly string[]): Understood | undefined {
  const text = normalizeText(spoken, phrases);
  const opener = matcherFor(phrases).chitChat.find((p) => text.startsWith(`${p} `));
  if (opener === undefined) return undefined;
  const rest = text.slice(opener.length + 1);
  const again = understand(rest, phrases, page);
  if (!telling(again)) return undefined;
  if (again.kind !== 'product' && again.kind !== 'brand') return again;
  return carried(stripLeadingOf(rest, matcherFor(phrases).leadIns), phrases) || carried(rest, phrases) ? { ...again, words: asSaid(again.words, spoken, phrases) } : undefined;
}

function understandOnce(spoken: string, phrases: Phrases, page: readonly string[]): Understood {
  const matcher = matcherFor(phrases);
  const normalized = normalizeText(spoken, phrases);
  const stripped = stripFillers(normalized, phrases);
  // A filler word that ends a question's words stays ("¿cuánto vale?": "vale" is also "okay").
  const broken = Object.values(matcher.questionTopics).some((ways) => ways?.some((w) => containsPhrase(normalized, w) && !containsPhrase(stripped, w)));
  const text = broken ? stripLeadingOf(normalized, matcher.fillers) : stripped;
  if (text === '') return { kind: 'not-a-product', why: 'filler' };
  // A closing, perhaps softened: at least one closing word, nothing but closings and softeners.
  // Thanks and praise soften a closing too ("lovely, that's me done", "ta very much, that's all").
  // Checked before a trailing filler goes too: "bye for now" is a closing, "bye for" is nothing.
  const closes = (words: string) => coveredByOf(words, matcher.closingWords) && !coveredByOf(words, matcher.softPraise);
  if (closes(text) || closes(stripLeadingOf(normalized, matcher.fillers))) return { kind: 'closing' };
  // A closing in a request's frame ("let's just stop here", "i think i'm done"): the frame changes nothing.
  const unframed = stripLeadingOf(text, matcher.frameWords);
  if (unframed !== text && closes(unframed)) return { kind: 'closing' };
  // A leave-taking said last ends it, whatever reaction or reason came first ("that's a shame, bye").
  if ((phrases.farewells ?? []).some((w) => text === w || text.endsWith(` ${w}`))) return { kind: 'closing' };
  // A reaction and nothing else ("nice", "neat", "no worries") names no product.
  if (coveredByOf(text, matcher.praise)) return { kind: 'not-a-product', why: 'filler' };
  if (softly(text, phrases.cancel, phrases)) return { kind: 'cancel' };
  if (softly(text, phrases.startOver, phrases) || phrases.startOver.some((w) => text.endsWith(w))) return { kind: 'start-over' };
  if (commandIn(text, phrases.help, phrases) || asksForHelp(text, phrases)) return { kind: 'help' };
  if (commandIn(text, phrases.repeat, phrases)) return { kind: 'repeat' };
  // "one more" is the same action again, not the next page ("more" alone is).
  if (softly(text, phrases.another, phrases)) return { kind: 'another' };
  if (commandIn(text, phrases.next, phrases)) return { kind: 'next' };
  if (commandIn(text, phrases.previous, phrases)) return { kind: 'previous' };
  // "I don't know", or a sentence that starts like it ("let me think about it"): several words, so "anything under 10" is not one.
  const hesitating = phrases.dontKnow.some((w) => w.includes(' ') && text.startsWith(`${w} `));
  if (softly(text, phrases.dontKnow, phrases) || hesitating) return { kind: 'not-a-product', why: 'dont-know' };
  if (softly(text, phrases.retry, phrases)) return { kind: 'try-again' };
  const asked = stripTrailingOf(stripLeadingOf(stripLeadingOf(text, matcher.softeners), matcher.carriers), matcher.trailFill);
  if (phrases.another.includes(asked) || phrases.another.includes(stripLeadingOf(asked, matcher.connectors))) return { kind: 'another' };
  if (asked === '' || phrases.noQuery.includes(asked) || phrases.noQuery.includes(stripLeadingOf(asked, matcher.articles))) return { kind: 'no-query' };
  if (mentionsPremium(text, phrases)) {
    if (phrases.premiumCancel.some((w) => containsPhrase(text, w))) return { kind: 'premium-cancel' };
    const mentioned = premiumMentioned(text, phrases);
    // "how much is premium": the purchase flow, where Alexa states the price (the subscription when none is named).
    // Only premium, price and small words: "how much is the premium coffee" asks about a product.
    const priceWords = phrases.premiumPrice ?? [];
    const onlyPremiumPrice = coveredByOf(text, matcher.premiumPriceWords);
    if (onlyPremiumPrice && priceWords.some((w) => containsPhrase(text, w))) return { kind: 'premium', product: mentioned === 'any' ? PremiumProducts.PremiumShopper : mentioned };
    const named = premiumNamed(asked, phrases);
    if (named !== undefined && text.split(' ').length <= asked.split(' ').length + 4 && !phrases.premiumInfo.some((w) => text.startsWith(w)))
      return { kind: 'premium', product: named };
    const informing = phrases.premiumInfo.some((w) => containsPhrase(text, w));
    const negated = (phrases.negations ?? []).some((w) => containsPhrase(text, w));
    if (!informing && !negated && (phrases.premiumBuy ?? []).some((w) => containsPhrase(text, w))) return { kind: 'premium', product: mentioned };
    if (informing || named !== undefined) return { kind: 'premium-info', product: mentioned };
  }
  if (phrases.watches.some((w) => containsPhrase(text, w))) return { kind: 'watches' };
  if (phrases.unwatch.some((w) => containsPhrase(text, w))) return { kind: 'unwatch', item: pointedAt(text, phrases) };
  if (phrases.watch.some((w) => containsPhrase(text, w))) return { kind: 'watch', item: pointedAt(text, phrases) };
  if (phrases.offers.some((w) => containsPhrase(text, w))) return { kind: 'offers', item: pointedAt(text, phrases) };
  if (phrases.orderWords.some((w) => containsPhrase(text, w))) return { kind: 'order-help' };
  if (phrases.recommend.some((w) => containsPhrase(text, w))) return { kind: 'recommend' };
  const sort = sortNamed(text, phrases);
  if (sort !== undefined) return { kind: 'sort', sort };
  // A question about a product: said as a question, or its topic with only words that point
  // at an item ("price of the second one"); "size 10 shoes" names a product.
  // Refinements and nothing else ("anything under 10 dollars", "just prime ones"), unless asked as a question ("is it prime").
  const asking = askedAfterPointing(text, phrases);
  const split = splitQuery(text, phrases);
  const refines = Object.keys(split.requested).length > 0 && (split.keywords === '' || onlyPointing(split.keywords.split(' '), phrases));
  if (refines && !asking) return { kind: 'refine', requested: split.requested };
  const topic = questionTopicIn(text, phrases);
  // Said as a question, a verb inside is part of it ("do you get a discount for buying in bulk").
  // "Tell me" asks too ("tell me the price", 「値段を教えて」); another verb makes it a command.
  const acting = actionNamed(text, phrases);
  if (topic !== undefined && (asking || acting === undefined || acting === 'details')) {
    const around = phraseIn(text, matcher.questionTopics[topic] ?? NO_WORDS);
    if (asking || (around !== undefined && onlyPointing(around.rest, phrases))) return { kind: 'question', topic, item: pointedAt(text, phrases) };
  }
  if (refines) return { kind: 'refine', requested: split.requested };
  const marked = matcher.brandMarkers.find((m) => text.startsWith(`${m} `));
  if (marked !== undefined) {
    const brand = stripTrailingOf(stripLeadingOf(text.slice(marked.length).trim(), matcher.articles), matcher.nounTrailFill);
    if (brand !== '' && !brand.split(' ').some((w) => phrases.notProduct.includes(w))) return { kind: 'brand', words: asSaid(brand, spoken, phrases) };
  }
  const whole = wholeReference(stripLeadingOf(asked, matcher.connectors), phrases);
  if (whole !== undefined) return itemWith(text, phrases, whole);
  const within = referenceWithin(text, phrases);
  if (within !== undefined) return itemWith(text, phrases, within);
  // Said with its brand noun, a brand is a filter even when a listed title holds it ("les produits de la marque lavazza").
  const branded = brandWithNoun(asked, phrases);
  if (branded !== undefined && !branded.split(' ').some((w) => phrases.notProduct.includes(w))) return { kind: 'brand', words: asSaid(branded, spoken, phrases) };
  const titled = titleReference(text, phrases, page);
  if (titled !== undefined) return itemWith(text, phrases, titled);
  // A pronoun with an action ("add it to my cart", "buy that one").
  const action = actionNamed(text, phrases);
  if (action !== undefined && action !== 'details') {
    // Phrases of several words go whole first ("salvalo per dopo", "guárdalo en la lista de deseos").
    const spans = matcher.actionSpans[action];
    const bare = spans.reduce((t, p) => ` ${t} `.replace(` ${p} `, ' ').trim(), text);
    const rest = bare.split(' ').filter((w) => w !== '' && !phrases.connectors.includes(w) && !phrases.actions[action].includes(w));
    const object = rest.filter((w) => !phrases.cartWords.includes(w) && !phrases.wishlistWords.includes(w)).join(' ');
    if (object === '' || coveredByOf(object, matcher.pronouns)) return { kind: 'item', action, item: { kind: 'it' } };
  }
  if (phrases.chitChat.some((w) => containsPhrase(asked, w))) return { kind: 'not-a-product', why: 'chit-chat' };
  const framed = productAfterFrame(asked, phrases);
  if (framed !== undefined) return { kind: 'product', words: asSaid(framed, spoken, phrases) };
  if (phrases.questionStarts.some((w) => asked === w || asked.startsWith(`${w} `))) return { kind: 'not-a-product', why: 'question' };
  const words = stripElided(stripLeadingOf(asked, matcher.articles), phrases);
  if (words === '') return { kind: 'no-query' };
  // A sentence, not a product name: "that's weird", "let me think about it".
  if (words.split(' ').some((w) => phrases.notProduct.includes(w))) return { kind: 'not-a-product', why: 'chit-chat' };
  return { kind: 'product', words: asSaid(words, spoken, phrases) };
}

/**
 * A brand said with its brand noun ("the lavazza brand", "de la marca lavazza", "von der marke
 * lavazza"): the brand's name. In front, the noun must follow a definite article or words that
 * only lead to it ("nada más de la"), so "a brand new phone" stays a product.
 */
function brandWithNoun(text: string, phrases: Phrases): string | undefined {
  const words = text.split(' ');
  const last = words.length - 1;
  if (last >= 1 && phrases.brandNouns.includes(words[last] ?? '')) {
    const name = stripLeadingOf(words.slice(0, last).join(' '), matcherFor(phrases).articles);
    return name === '' ? undefined : name;
  }
  const at = words.findIndex((w) => phrases.brandNouns.includes(w));
  if (at < 1 || at === last) return undefined;
  const before = words.slice(0, at);
  const definite = phrases.definiteArticles ?? phrases.articles.slice(0, 1);
  const leading = before.length >= 2 ? before.every((w) => phrases.articles.includes(w) || phrases.connectors.includes(w)) : definite.includes(before[0] ?? '');
  return leading ? words.slice(at + 1).join(' ') : undefined;
}

/** Product words without the fillers and carrier said before them ("please find me coffee" → "coffee"), letters as said. */
export function productWordsOf(spoken: string, phrases: Phrases): string {
  const text = normalizeText(spoken, phrases);
  const { fillers, carriers, pronouns } = matcherFor(phrases);
  const words = stripLeadingOf(stripLeadingOf(stripLeadingOf(text, fillers), carriers), fillers);
  // "are there any under 5", "ci sono quelli sotto i 5 euro": a pronoun names no product.
  return words === '' || coveredByOf(words, pronouns) ? '' : asSaid(words, spoken, phrases);
}
