/**
 * Picks the listed product a request means, and words the "which one?" question when it is
 * not clear. "add it to my cart" right after a list of three is not "search for something
 * first": it is "which one?", and the bare answer finishes the add (awaiting.ts).
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { type IntentName, IntentNames } from '../constants';
import type { MessageKey, Translator } from '../i18n';
import { chooseProduct, currentPage, type ListedProduct, type ShoppingState } from '../session';
import { ask, tr } from '../turn/respond';
import { setAwaitingChoice } from './awaiting';
import { askWhatToFind } from './elicit';
import type { ProductReference } from './references';
import { type Relation, relativeProduct } from './relative';

export type Pick =
  | { kind: 'chosen'; index: number; product: ListedProduct }
  | { kind: 'empty' }
  | { kind: 'which'; count: number }
  | { kind: 'out-of-range'; ordinal: number; count: number; total: number }
  /** "the cheaper one" when the product in focus is already the cheapest listed. */
  | { kind: 'no-such'; relation: Relation; focus: ListedProduct; listed: number };

export function pickProduct(state: ShoppingState, ref: ProductReference): Pick {
  if (ref.kind === 'relative') {
    const found = relativeProduct(state, ref.relation);
    if (found.kind === 'chosen' || found.kind === 'empty') return found;
    if (found.kind === 'no-focus') return { kind: 'which', count: found.count };
    return { kind: 'no-such', relation: found.relation, focus: found.focus, listed: found.listed };
  }
  const page = currentPage(state);
  if (page.length === 0) return { kind: 'empty' };
  const ordinal = ref.kind === 'ordinal' ? ref.n : ref.kind === 'last' ? page.length : undefined;
  const choice = chooseProduct(state, ordinal);
  if (choice.kind === 'chosen') return choice;
  if (choice.kind === 'out-of-range') return choice;
  return { kind: 'which', count: page.length };
}

const WHICH_KEY: Partial<Record<IntentName, MessageKey>> = {
  [IntentNames.AddToCart]: 'WHICH_CART',
  [IntentNames.BuyProduct]: 'WHICH_BUY',
  [IntentNames.AddToWishList]: 'WHICH_WISHLIST',
  [IntentNames.CompareOffers]: 'WHICH_COMPARE',
  [IntentNames.WatchPrice]: 'WHICH_WATCH',
};

/** "the first, the second, or the third" for a page of up to three; "a number from 1 to N" beyond. */
export function choicesText(t: Translator, count: number): string {
  return t.plural('CHOICES', Math.max(count, 1), { count });
}

/** What to say when the product in focus is already the end of that relation. */
const NO_SUCH_KEY: Record<Relation, MessageKey> = {
  // Never "none": the other one is found or asked for.
  other: 'RELATIVE_NONE_REPROMPT',
  previous: 'RELATIVE_NO_PREVIOUS',
  next: 'RELATIVE_NO_NEXT',
  cheaper: 'RELATIVE_NO_CHEAPER',
  dearer: 'RELATIVE_NO_DEARER',
  'better-rated': 'RELATIVE_NO_BETTER_RATED',
  similar: 'RELATIVE_NO_SIMILAR',
};

/** "Lavazza Instant Coffee is the cheapest of the 12 results I looked at. Would you like …?" */
export function answerNoSuch(input: HandlerInput, pick: { relation: Relation; focus: ListedProduct; listed: number }): Response {
  const t = tr(input);
  const speech = t(NO_SUCH_KEY[pick.relation], { title: pick.focus.title, count: pick.listed });
  // Nothing near it: what to look for instead.
  if (pick.relation === 'similar') return askWhatToFind(input, speech, t('SEARCH_ASK_QUERY'));
  return ask(input, speech, t('RELATIVE_NONE_REPROMPT'));
}

/** "Which one should I add to your cart: the first, the second, or the third?" */
export function askWhich(input: HandlerInput, intent: IntentName, count: number): Response {
  const t = tr(input);
  setAwaitingChoice(input, intent);
  const choices = { ssml: choicesText(t, count) };
  return ask(input, t(WHICH_KEY[intent] ?? 'WHICH_DETAILS', { choices }), t('WHICH_REPROMPT', { choices }));
}

/**
 * "the fifth one" on a page of three: how many are on the page, and, when the search found
 * more, how many of how many were read out and how to hear the rest ("I've read out 3 of 23").
 */
export function answerOutOfRange(input: HandlerInput, pick: { ordinal: number; count: number; total: number }): Response {
  const t = tr(input);
  const speech = pick.total > pick.count ? t('NO_SUCH_ITEM_MORE', pick) : t('NO_SUCH_ITEM', { ordinal: pick.ordinal, count: pick.count });
  return ask(input, speech, t('NO_SUCH_ITEM_REPROMPT'));
}
