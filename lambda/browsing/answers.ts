/**
 * Speech for lists of products, shared by search and paging. Builds SSML from the
 * translator (which escapes catalog text) so the handlers stay thin.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { ssml, type Translator } from '../i18n';
import { currentPage, type ListedProduct, type ShoppingState } from '../session';
import { ask } from '../turn/respond';
import { show } from '../screens/shown';
import { spokenPrice, spokenRating } from '../i18n/spoken';

/** Products fetched per catalog call and kept in the session, at most MAX_LISTED in all. */
export const FETCH_BATCH = 12;
export const MAX_LISTED = 36;

/**
 * "1, Duracell AA Batteries, 12 dollars 99, 4 and a half stars". Numbered within the page, as
 * ordinals are. `brief` leaves the rating out (it can still be asked for: "what's the rating").
 */
export function listItem(t: Translator, product: ListedProduct, n: number, brief = false): string {
  if (product.unavailableReason !== undefined) return t('LIST_ITEM_UNAVAILABLE', { n, title: product.title });
  if (brief) {
    if (product.price === undefined) return t('LIST_ITEM_BRIEF_NO_PRICE', { n, title: product.title });
    return t('LIST_ITEM_BRIEF', { n, title: product.title, price: spokenPrice(t, product.price.amount, product.price.currency) });
  }
  const rating = ssml(spokenRating(t, product.rating));
  if (product.price === undefined) return t('LIST_ITEM_NO_PRICE', { n, title: product.title, rating });
  return t('LIST_ITEM', { n, title: product.title, price: spokenPrice(t, product.price.amount, product.price.currency), rating });
}

/**
 * Words a page of items may take. A page is one part of an answer that must stay under 75
 * words (about 30 s) with its lead and question: when long titles would pass this, the
 * ratings are left out first.
 */
export const PAGE_WORD_BUDGET = 40;

/** The house limit for one answer, its question included: about 30 seconds of speech. */
export const ANSWER_WORD_BUDGET = 75;

export const wordCount = (text: string): number => text.split(/\s+/).filter((w) => w !== '').length;

export function pageItems(t: Translator, state: ShoppingState): string {
  const page = currentPage(state);
  const full = page.map((p, i) => listItem(t, p, i + 1)).join('. ');
  if (wordCount(full) <= PAGE_WORD_BUDGET) return full;
  return page.map((p, i) => listItem(t, p, i + 1, true)).join('. ');
}

/**
 * A page of results followed by one short question (the full menu is the reprompt's, and
 * help's): "Which one would you like to hear about?", or the question a product action by
 * name asks ("Which one should I add to your cart?").
 */
export function askWithPage(input: HandlerInput, t: Translator, lead: string, question?: { speech: string; reprompt: string }): Response {
  // The page just read is what a screen shows (screens/).
  show(input, { kind: 'list' });
  if (question !== undefined) return ask(input, `${lead} ${question.speech}`, question.reprompt);
  return ask(input, `${lead} ${t('AFTER_RESULTS')}`, t('AFTER_RESULTS_REPROMPT'));
}
