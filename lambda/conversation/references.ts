/**
 * Which listed product the customer means, read from whatever Alexa filled: the ordinal
 * ("the second one"), a number ("number two"), a position ("the last one"), or words Alexa
 * put in an open slot instead ("it", "that one", "the first one"). Pure.
 */
import { getSlot, getSlotValue, type HandlerInput } from 'ask-sdk-core';
import { SlotNames } from '../constants';
import { ordinalFrom } from '../util/slots';
import { plainWords } from '../util/text';

export type ProductReference =
  | { kind: 'ordinal'; n: number }
  | { kind: 'last' }
  /** "it", "that one": the product in focus. */
  | { kind: 'it' }
  | { kind: 'none' };

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const PRONOUNS = /^(?:it|that|this|that one|this one|the one|the same one|that product|this product|that item|this item)$/;
const LAST = /^(?:the )?(?:very )?(?:last|final|bottom)(?: one| item| product)?$/;

/** "the second one", "2nd", "number two", "item 3" in free text; undefined when it is not one. */
export function referenceInText(text: string): ProductReference | undefined {
  const said = plainWords(text);
  if (said === '') return undefined;
  if (PRONOUNS.test(said)) return { kind: 'it' };
  if (LAST.test(said)) return { kind: 'last' };
  const ordinal = /^(?:the )?(\w+?)(?: one| item| product)?$/.exec(said)?.[1];
  if (ordinal !== undefined) {
    const index = ORDINAL_WORDS.indexOf(ordinal);
    if (index >= 0) return { kind: 'ordinal', n: index + 1 };
    const numeric = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(ordinal)?.[1];
    if (numeric !== undefined) return { kind: 'ordinal', n: Number(numeric) };
  }
  const numbered = /^(?:number|item|option|item number) (\w+)$/.exec(said)?.[1];
  if (numbered !== undefined) {
    const index = NUMBER_WORDS.indexOf(numbered);
    if (index >= 0) return { kind: 'ordinal', n: index + 1 };
    if (/^\d{1,2}$/.test(numbered)) return { kind: 'ordinal', n: Number(numbered) };
  }
  return undefined;
}

function slotText(input: HandlerInput, name: string): string | undefined {
  const value = getSlotValue(input.requestEnvelope, name);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function positionResolved(input: HandlerInput): boolean {
  const slot = getSlot(input.requestEnvelope, SlotNames.Position);
  if (slot === null || slot === undefined || typeof slot.value !== 'string' || slot.value === '') return false;
  const matched = (slot.resolutions?.resolutionsPerAuthority ?? []).some((a) => a.status.code === 'ER_SUCCESS_MATCH' && a.values.some((v) => v.value.id === 'last'));
  return matched || LAST.test(slot.value.toLowerCase());
}

/**
 * An ordinal inside longer words: Alexa fills the open `position` slot of "what is the
 * {position} one" with "price of the second" when the customer says "what's the price of the
 * second one". The first ordinal or number said names the product.
 */
export function ordinalWithin(text: string): ProductReference | undefined {
  const words = plainWords(text)
    .split(' ')
    .filter((w) => w !== '');
  for (const [i, word] of words.entries()) {
    const index = ORDINAL_WORDS.indexOf(word);
    if (index >= 0) return { kind: 'ordinal', n: index + 1 };
    const numeric = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(word)?.[1];
    if (numeric !== undefined) return { kind: 'ordinal', n: Number(numeric) };
    if (word === 'number' || word === 'item') {
      const next = words[i + 1] ?? '';
      const n = NUMBER_WORDS.indexOf(next);
      if (n >= 0) return { kind: 'ordinal', n: n + 1 };
      if (/^\d{1,2}$/.test(next)) return { kind: 'ordinal', n: Number(next) };
    }
    if (LAST.test(word)) return { kind: 'last' };
  }
  return undefined;
}

/** The reference the request's slots make, before any open query slot is read. */
export function referenceFromSlots(input: HandlerInput): ProductReference {
  const ordinal = ordinalFrom(slotText(input, SlotNames.Ordinal));
  if (ordinal !== undefined) return { kind: 'ordinal', n: ordinal };
  const number = ordinalFrom(slotText(input, SlotNames.Number));
  if (number !== undefined) return { kind: 'ordinal', n: number };
  if (positionResolved(input)) return { kind: 'last' };
  const position = slotText(input, SlotNames.Position);
  if (position !== undefined) {
    const within = ordinalWithin(position);
    if (within !== undefined) return within;
  }
  const query = slotText(input, SlotNames.Query);
  if (query !== undefined) return referenceInText(query) ?? { kind: 'none' };
  return { kind: 'none' };
}

/** The open query slot when it names a product rather than one of the listed ones. */
export function productNameFromSlots(input: HandlerInput): string | undefined {
  const query = slotText(input, SlotNames.Query);
  if (query === undefined || referenceInText(query) !== undefined) return undefined;
  return query;
}
