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
import type { PremiumProductRef } from '../constants';
import type { ActionName, Phrases, SortName } from '../i18n/phrases';
import { type ItemReference, referenceWithin, wholeReference } from './references';
import { asSaid, containsPhrase, coveredBy, normalizeText, stripLeading, stripTrailing } from './text';

export type Understood =
  | { kind: 'product'; words: string }
  | { kind: 'closing' }
  | { kind: 'cancel' }
  | { kind: 'start-over' }
  | { kind: 'help' }
  | { kind: 'repeat' }
  | { kind: 'next' }
  | { kind: 'watches' }
  | { kind: 'not-a-product'; why: 'filler' | 'dont-know' | 'chit-chat' | 'question' }
  | { kind: 'order-help' }
  /** A search with nothing named ("something else"): ask what to find. */
  | { kind: 'no-query' }
  | { kind: 'premium'; product: PremiumProductRef | 'any' }
  | { kind: 'premium-cancel' }
  | { kind: 'premium-info' }
  | { kind: 'item'; action: ActionName | 'choose'; item: ItemReference }
  | { kind: 'sort'; sort: SortName };

/** An elided article written onto its word ("l'huile", "d'olive" in French): the article goes, the word stays. */
function stripElided(words: string, phrases: Phrases): string {
  const elided = phrases.articles.find((a) => a.endsWith("'") && words.startsWith(a) && words.length > a.length);
  return elided === undefined ? words : words.slice(elided.length);
}

const stripFillers = (text: string, phrases: Phrases): string => stripTrailing(stripLeading(text, phrases.fillers), phrases.fillers);

/** The premium product words name (the locale's names), 'any' for premium words without one. */
export function premiumNamed(text: string, phrases: Phrases): PremiumProductRef | 'any' | undefined {
  const bare = stripLeading(text, phrases.articles);
  for (const [ref, names] of Object.entries(phrases.premium) as Array<[PremiumProductRef, string[]]>) {
    if (names.some((n) => n === text || n === bare || stripLeading(n, phrases.articles) === bare)) return ref;
  }
  return phrases.premiumGeneric.includes(bare) ? 'any' : undefined;
}

/** A premium name anywhere in the words ("cancel my premium", "what's in premium"). */
function mentionsPremium(text: string, phrases: Phrases): boolean {
  const names = [...Object.values(phrases.premium).flat(), ...phrases.premiumGeneric];
  return names.some((n) => containsPhrase(text, n));
}

function sortNamed(text: string, phrases: Phrases): SortName | undefined {
  for (const [sort, ways] of Object.entries(phrases.sorts) as Array<[SortName, string[]]>) {
    for (const way of [...ways].sort((a, b) => b.length - a.length)) {
      if (!containsPhrase(text, way)) continue;
      // A sort command leaves only connecting words ("get me the cheapest"); "the cheapest
      // printer paper" still names a product, and is searched with its sort.
      const rest = ` ${text} `.replace(` ${way} `, ' ').trim();
      if (rest === '' || rest.split(' ').every((w) => phrases.connectors.includes(w) || phrases.fillers.includes(w))) return sort;
    }
  }
  return undefined;
}

function actionNamed(text: string, phrases: Phrases): ActionName | undefined {
  if (phrases.wishlistWords.some((w) => containsPhrase(text, w))) return 'wishlist';
  if (phrases.cartWords.some((w) => containsPhrase(text, w))) return 'cart';
  const words = text.split(' ');
  for (const action of ['cart', 'buy', 'wishlist', 'details'] as const) {
    if (phrases.actions[action].some((verb) => words.includes(verb) || (verb.includes(' ') && containsPhrase(text, verb)))) return action;
  }
  return undefined;
}

/** The words are one of `phrases`, perhaps softened ("oh never mind", "actually, none of them"). */
function softly(text: string, list: readonly string[], phrases: Phrases): boolean {
  if (list.includes(text)) return true;
  const rest = stripTrailing(stripLeading(text, [...phrases.softeners, ...phrases.fillers]), [...phrases.trailers, ...phrases.fillers]);
  return list.includes(rest);
}

export function understand(spoken: string, phrases: Phrases): Understood {
  const text = stripFillers(normalizeText(spoken, phrases), phrases);
  if (text === '') return { kind: 'not-a-product', why: 'filler' };
  // A closing, perhaps softened: at least one closing word, nothing but closings and softeners.
  const soft = [...phrases.softeners, ...phrases.fillers];
  if (coveredBy(text, [...phrases.closings, ...soft]) && !coveredBy(text, soft)) return { kind: 'closing' };
  if (softly(text, phrases.cancel, phrases)) return { kind: 'cancel' };
  if (softly(text, phrases.startOver, phrases) || phrases.startOver.some((w) => text.endsWith(w))) return { kind: 'start-over' };
  if (softly(text, phrases.help, phrases)) return { kind: 'help' };
  if (softly(text, phrases.repeat, phrases)) return { kind: 'repeat' };
  if (softly(text, phrases.next, phrases)) return { kind: 'next' };
  if (softly(text, phrases.dontKnow, phrases)) return { kind: 'not-a-product', why: 'dont-know' };
  const asked = stripTrailing(stripLeading(stripLeading(text, phrases.softeners), phrases.carriers), [...phrases.trailers, ...phrases.fillers]);
  if (asked === '' || phrases.noQuery.includes(asked) || phrases.noQuery.includes(stripLeading(asked, phrases.articles))) return { kind: 'no-query' };
  if (mentionsPremium(text, phrases)) {
    if (phrases.premiumCancel.some((w) => containsPhrase(text, w))) return { kind: 'premium-cancel' };
    const named = premiumNamed(asked, phrases);
    if (named !== undefined && text.split(' ').length <= asked.split(' ').length + 4 && !phrases.premiumInfo.some((w) => text.startsWith(w))) return { kind: 'premium', product: named };
    if (phrases.premiumInfo.some((w) => containsPhrase(text, w)) || named !== undefined) return { kind: 'premium-info' };
  }
  if (phrases.watches.some((w) => containsPhrase(text, w))) return { kind: 'watches' };
  if (phrases.orderWords.some((w) => containsPhrase(text, w))) return { kind: 'order-help' };
  const sort = sortNamed(text, phrases);
  if (sort !== undefined) return { kind: 'sort', sort };
  const whole = wholeReference(stripLeading(asked, phrases.connectors), phrases);
  if (whole !== undefined) return { kind: 'item', action: actionNamed(text, phrases) ?? 'choose', item: whole };
  const within = referenceWithin(text, phrases);
  if (within !== undefined) return { kind: 'item', action: actionNamed(text, phrases) ?? 'choose', item: within };
  // A pronoun with an action ("add it to my cart", "buy that one").
  const action = actionNamed(text, phrases);
  if (action !== undefined && action !== 'details') {
    const rest = text.split(' ').filter((w) => !phrases.connectors.includes(w) && !phrases.actions[action].includes(w));
    const object = rest.filter((w) => !phrases.cartWords.includes(w) && !phrases.wishlistWords.includes(w) && w !== 'my').join(' ');
    if (object === '' || coveredBy(object, phrases.pronouns)) return { kind: 'item', action, item: { kind: 'it' } };
  }
  if (phrases.chitChat.some((w) => containsPhrase(asked, w))) return { kind: 'not-a-product', why: 'chit-chat' };
  if (phrases.questionStarts.some((w) => asked === w || asked.startsWith(`${w} `))) return { kind: 'not-a-product', why: 'question' };
  const words = stripElided(stripLeading(asked, phrases.articles), phrases);
  if (words === '') return { kind: 'no-query' };
  return { kind: 'product', words: asSaid(words, spoken, phrases) };
}
