/**
 * Which listed product the customer means, read from whatever Alexa filled: the ordinal
 * ("the second one"), a number ("number two"), a position ("the last one"), or words Alexa
 * put in an open slot instead ("it", "that one", "the first one"), read with the locale's
 * phrase data (lambda/understanding/references.ts).
 */
import { getLocale, getSlot, getSlotValue, type HandlerInput } from 'ask-sdk-core';
import { SlotNames } from '../constants';
import { type Phrases, phrasesFor } from '../i18n/phrases';
import { type ItemReference, referenceWithin, wholeReference } from '../understanding/references';
import { ordinalValue } from '../understanding/slotValues';
import { normalizeText } from '../understanding/text';
import { resolvedId } from '../util/slots';
import { isRelation, type Relation } from './relative';

export type ProductReference =
  | { kind: 'ordinal'; n: number }
  | { kind: 'last' }
  /** "it", "that one": the product in focus. */
  | { kind: 'it' }
  /** "the other one", "the cheaper one": measured against the focus or the pair (relative.ts). */
  | { kind: 'relative'; relation: Relation }
  | { kind: 'none' };

/** ItemReference (the understanding step's) as a ProductReference: "the middle one" is no position here. */
function asProductReference(item: ItemReference | undefined): ProductReference | undefined {
  return item === undefined || item.kind === 'middle' ? undefined : item;
}

/** "the second one", "2nd", "number two", "item 3", "it" in free text (the locale's words); undefined when it is not one. */
export function referenceInText(text: string, phrases: Phrases): ProductReference | undefined {
  const said = normalizeText(text, phrases);
  if (said === '') return undefined;
  return asProductReference(wholeReference(said, phrases));
}

function slotText(input: HandlerInput, name: string): string | undefined {
  const value = getSlotValue(input.requestEnvelope, name);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function positionResolved(input: HandlerInput, phrases: Phrases): boolean {
  const slot = getSlot(input.requestEnvelope, SlotNames.Position);
  if (slot === null || slot === undefined || typeof slot.value !== 'string' || slot.value === '') return false;
  const matched = (slot.resolutions?.resolutionsPerAuthority ?? []).some((a) => a.status.code === 'ER_SUCCESS_MATCH' && a.values.some((v) => v.value.id === 'last'));
  return matched || referenceInText(slot.value, phrases)?.kind === 'last';
}

/**
 * An ordinal inside longer words: Alexa fills the open `position` slot of "what is the
 * {position} one" with "price of the second" when the customer says "what's the price of the
 * second one". The first ordinal or number said names the product.
 */
export function ordinalWithin(text: string, phrases: Phrases): ProductReference | undefined {
  return asProductReference(referenceWithin(normalizeText(text, phrases), phrases));
}

/** The reference the request's slots make, before any open query slot is read. */
export function referenceFromSlots(input: HandlerInput): ProductReference {
  // "the other one", "the cheaper one": ListPositionType resolves the relation.
  const relation = resolvedId(input, SlotNames.Position);
  if (isRelation(relation)) return { kind: 'relative', relation };
  const phrases = phrasesFor(getLocale(input.requestEnvelope));
  const ordinal = ordinalValue(input, slotText(input, SlotNames.Ordinal));
  if (ordinal !== undefined) return { kind: 'ordinal', n: ordinal };
  const number = ordinalValue(input, slotText(input, SlotNames.Number));
  if (number !== undefined) return { kind: 'ordinal', n: number };
  if (positionResolved(input, phrases)) return { kind: 'last' };
  const position = slotText(input, SlotNames.Position);
  if (position !== undefined) {
    const within = ordinalWithin(position, phrases);
    if (within !== undefined) return within;
  }
  const query = slotText(input, SlotNames.Query);
  if (query !== undefined) return referenceInText(query, phrases) ?? { kind: 'none' };
  return { kind: 'none' };
}

/** The open query slot when it names a product rather than one of the listed ones. */
export function productNameFromSlots(input: HandlerInput): string | undefined {
  const query = slotText(input, SlotNames.Query);
  if (query === undefined || referenceInText(query, phrasesFor(getLocale(input.requestEnvelope))) !== undefined) return undefined;
  return query;
}
