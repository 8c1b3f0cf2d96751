/**
 * Runs the understanding step once per request, before routing, on the words an open slot
 * caught (the product query of SearchProducts, AddToCart, BuyProduct and AddToWishList,
 * elicited or said with a carrier). A command found inside is carried out by rewriting the
 * request into that command's intent and slots, so the routing table and the handlers see
 * what the customer asked for; anything else is kept for the routing table to read.
 */
import { getIntentName, getRequestType, getSlotValue, type HandlerInput, type RequestInterceptor } from 'ask-sdk-core';
import type { Intent, IntentRequest, Slot } from 'ask-sdk-model';
import { type IntentName, IntentNames, RequestTypes, SlotNames, SlotTypes } from '../constants';
import { type ActionName, type Phrases, phrasesFor, type SortName } from '../i18n/phrases';
import { resolvedId } from '../util/slots';
import { normalizeText, stripLeadingOf, stripTrailingOf } from './text';
import { matcherFor } from './compiled';
import { pageTitles, productNamedByTitle } from './titles';
import { QUESTIONS, questionNamedByPosition } from './questions';
import type { RequestedRefinements } from '../session/refinements';
import { getShoppingState, type ShoppingState } from '../session';
import { noteTurn } from '../observe/turnRecord';
import { getTurnSlot, setTurnSlot, turnSlot } from '../turn/context';
import type { ItemReference } from './references';
import { mentionsPremium, premiumMentioned, type Understood, understand } from './understand';
import { understandInTurn } from './readOnce';

/** What the step made of this turn's words, for the routing table and the answer. */
const UNDERSTOOD = turnSlot<Understood>('understood');

/** Intents whose query slot is open (AMAZON.SearchQuery): their words go through the step. */
const OPEN_QUERY: readonly IntentName[] = [IntentNames.SearchProducts, IntentNames.AddToCart, IntentNames.BuyProduct, IntentNames.AddToWishList];

const ACTION_INTENTS: Record<ActionName, IntentName> = {
  cart: IntentNames.AddToCart,
  buy: IntentNames.BuyProduct,
  wishlist: IntentNames.AddToWishList,
  details: IntentNames.ProductDetails,
};

/** SortType ids, as the interaction model declares them. */
const SORT_IDS: Record<SortName, string> = { 'price-asc': 'PRICE_ASC', 'price-desc': 'PRICE_DESC', rating: 'RATING' };

export function understoodThisTurn(input: HandlerInput): Understood | undefined {
  return getTurnSlot(input, UNDERSTOOD);
}

function resolvedSlot(input: HandlerInput, name: string, type: string, id: string): Slot {
  const authority = `amzn1.er-authority.echo-sdk.${input.requestEnvelope.context?.System?.application?.applicationId ?? 'skill'}.${type}`;
  const resolutions = { resolutionsPerAuthority: [{ authority, status: { code: 'ER_SUCCESS_MATCH' as const }, values: [{ value: { name: id, id } }] }] };
  return { name, value: id, confirmationStatus: 'NONE', resolutions };
}

function itemSlots(input: HandlerInput, item: ItemReference): Record<string, Slot> {
  const plain = (name: string, value: string): Slot => ({ name, value, confirmationStatus: 'NONE' });
  switch (item.kind) {
    case 'ordinal':
      return { [SlotNames.Ordinal]: plain(SlotNames.Ordinal, String(item.n)) };
    case 'last':
      return { [SlotNames.Position]: resolvedSlot(input, SlotNames.Position, SlotTypes.ListPosition, 'last') };
    case 'middle': {
      // The middle of the page just heard.
      const state = getShoppingState(input);
      const shown = Math.max(1, Math.min(state.pageSize, state.products.length - state.pageStart));
      return { [SlotNames.Ordinal]: plain(SlotNames.Ordinal, String(Math.ceil(shown / 2))) };
    }
    case 'it':
      return {};
  }
}

function rewrite(input: HandlerInput, name: IntentName, slots: Record<string, Slot>): void {
  const request = input.requestEnvelope.request as IntentRequest;
  const intent: Intent = { name, confirmationStatus: 'NONE', slots };
  request.intent = intent;
}

/** RefinementType ids by the refinement they ask for (the interaction model declares them). */
const REFINEMENT_IDS: ReadonlyArray<readonly [(r: RequestedRefinements) => boolean, string]> = [
  [(r) => r.prime === true, 'PRIME'],
  [(r) => r.freeShipping === true, 'FREE_SHIPPING'],
  [(r) => r.inStock === true, 'IN_STOCK'],
  [(r) => r.delivery === 'today', 'TODAY'],
  [(r) => r.delivery === 'tomorrow', 'TOMORROW'],
];

/** Refinements found in free words, as RefineResultsIntent's slots (a sort alone: SortResultsIntent). */
function rewriteAsRefinement(input: HandlerInput, requested: RequestedRefinements): void {
  const { sort, ...rest } = requested;
  if (sort !== undefined && Object.keys(rest).length === 0) {
    applyUnderstanding(input, { kind: 'sort', sort });
    return;
  }
  const plain = (name: string, value: number): Slot => ({ name, value: String(value), confirmationStatus: 'NONE' });
  const slots: Record<string, Slot> = {};
  const id = REFINEMENT_IDS.find(([wanted]) => wanted(rest))?.[1];
  if (id !== undefined) slots[SlotNames.Refinement] = resolvedSlot(input, SlotNames.Refinement, SlotTypes.Refinement, id);
  if (rest.minRating !== undefined) slots[SlotNames.Stars] = plain(SlotNames.Stars, rest.minRating);
  if (rest.minPrice !== undefined) slots[SlotNames.MinPrice] = plain(SlotNames.MinPrice, rest.minPrice);
  if (rest.maxPrice !== undefined) slots[SlotNames.MaxPrice] = plain(SlotNames.MaxPrice, rest.maxPrice);
  rewrite(input, IntentNames.Refine, slots);
}

/** The request after the step: a command's intent, a cleaned product name, or unchanged. */
export function applyUnderstanding(input: HandlerInput, understood: Understood): void {
  noteTurn(input, { understood: understood.kind });
  const intent = getIntentName(input.requestEnvelope) as IntentName;
  switch (understood.kind) {
    case 'item': {
      const action = understood.action === 'choose' ? (intent === IntentNames.SearchProducts ? undefined : intent) : ACTION_INTENTS[understood.action];
      rewrite(input, action ?? IntentNames.SelectItem, itemSlots(input, understood.item));
      return;
    }
    case 'sort':
      rewrite(input, IntentNames.SortResults, { [SlotNames.Sort]: resolvedSlot(input, SlotNames.Sort, SlotTypes.Sort, SORT_IDS[understood.sort]) });
      return;
    case 'question': {
      const asked = QUESTIONS.find(([, topic]) => topic === understood.topic)?.[0] ?? IntentNames.PriceQuestion;
      rewrite(input, asked, itemSlots(input, understood.item));
      return;
    }
    case 'watch':
      rewrite(input, IntentNames.WatchPrice, itemSlots(input, understood.item));
      return;
    case 'unwatch':
      rewrite(input, IntentNames.StopPriceWatch, itemSlots(input, understood.item));
      return;
    case 'offers':
      rewrite(input, IntentNames.CompareOffers, itemSlots(input, understood.item));
      return;
    case 'recommend':
      rewrite(input, IntentNames.RecommendProducts, {});
      return;
    case 'previous':
      rewrite(input, IntentNames.Previous, {});
      return;
    case 'refine':
      rewriteAsRefinement(input, understood.requested);
      return;
    case 'brand':
      // With no list to narrow, a brand is what to search for.
      if (getShoppingState(input).products.length === 0) applyUnderstanding(input, { kind: 'product', words: understood.words });
      else rewrite(input, IntentNames.Refine, { [SlotNames.Brand]: { name: SlotNames.Brand, value: understood.words, confirmationStatus: 'NONE' } });
      return;
    case 'product': {
      const slot = (input.requestEnvelope.request as IntentRequest).intent.slots?.[SlotNames.Query];
      if (slot !== undefined) slot.value = understood.words;
      return;
    }
    default:
      setTurnSlot(input, UNDERSTOOD, understood);
  }
}

/** Custom slots that catch any words (Alexa fills them with values outside the type too). */
const OPEN_CUSTOM: ReadonlyArray<readonly [IntentName, string]> = [
  [IntentNames.SortResults, SlotNames.Sort],
  [IntentNames.SelectItem, SlotNames.Position],
  [IntentNames.ProductDetails, SlotNames.Position],
  [IntentNames.ClearRefinements, SlotNames.RefinementKind],
  [IntentNames.Refine, SlotNames.Brand],
  // "add the lavazza one to my cart", "put the middle one in my basket": a position the type does not list.
  [IntentNames.AddToCart, SlotNames.Position],
  [IntentNames.BuyProduct, SlotNames.Position],
  [IntentNames.AddToWishList, SlotNames.Position],
  // "quello in mezzo" sent as a list value "mezzo": a position the carrier took the front of.
  [IntentNames.ChooseVariation, SlotNames.ListValue],
];

/** Intents that act on the product a position names: a title or a position in their slot keeps the action. */
const ACTING: readonly IntentName[] = [IntentNames.AddToCart, IntentNames.BuyProduct, IntentNames.AddToWishList, IntentNames.ProductDetails];

/**
 * Words a custom slot took that are none of its values: a listed product named by its title
 * ("the lavazza one") is chosen; words naming nothing of the list make the request a miss
 * ("what's the weather" is no sort), unless they name a product question (routing table).
 */
function understandUnresolved(input: HandlerInput, intent: IntentName, slotName: string, phrases: Phrases): void {
  const words = getSlotValue(input.requestEnvelope, slotName);
  if (typeof words !== 'string' || words.trim() === '' || resolvedId(input, slotName) !== undefined) return;
  // "any cheaper ones" is no refinement kind: what the words say instead, or a miss. A product
  // asked for in a request's frame ("any chance you carry bug spray") is searched; a bare
  // word ("any good") names no product and stays a miss.
  if (intent === IntentNames.ClearRefinements) {
    const understood = understand(words, phrases);
    if (understood.kind === 'product' && normalizeText(understood.words, phrases) !== normalizeText(words, phrases)) {
      rewrite(input, IntentNames.SearchProducts, { [SlotNames.Query]: { name: SlotNames.Query, value: understood.words, confirmationStatus: 'NONE' } });
      noteTurn(input, { understood: understood.kind });
    } else if (understood.kind === 'product' || understood.kind === 'no-query') rewrite(input, IntentNames.Fallback, {});
    else applyUnderstanding(input, understood);
    return;
  }
  // "what's the price of the third one": the position words also name a product question,
  // which the routing table reads from this same slot; they stay as said, so the question is
  // answered rather than the product's details read.
  const asks = questionNamedByPosition(input) !== undefined;
  const index = productNamedByTitle(words, getShoppingState(input), phrases);
  if (index !== undefined) {
    noteTurn(input, { understood: 'title' });
    const state = getShoppingState(input);
    const said = (input.requestEnvelope.request as IntentRequest).intent.slots?.[slotName];
    rewrite(input, asks || ACTING.includes(intent) ? intent : IntentNames.SelectItem, {
      ...(asks && said !== undefined ? { [slotName]: said } : {}),
      [SlotNames.Ordinal]: { name: SlotNames.Ordinal, value: String(index - state.pageStart + 1), confirmationStatus: 'NONE' },
    });
    return;
  }
  // The question's handler finds the position inside the same words ("the third", "the last").
  if (asks) return;
  // "the blue one": a variation value of the list just heard (what its dynamic entities sent) is a variation, or a filter.
  const value = intent === IntentNames.SelectItem || intent === IntentNames.ProductDetails ? variationValueNamed(words, getShoppingState(input), phrases) : undefined;
  if (value !== undefined) {
    noteTurn(input, { understood: 'variation' });
    rewrite(input, IntentNames.ChooseVariation, { [SlotNames.VariationValue]: { name: SlotNames.VariationValue, value, confirmationStatus: 'NONE' } });
    return;
  }
  // "the cheapest one" in a position slot is a sort, "the middle one" an item; "the weather"
  // in a sort slot is a miss. An unknown brand stays a brand (the answer names the ones offered).
  const understood = understand(words, phrases, pageTitles(getShoppingState(input)));
  if (intent === IntentNames.Refine) {
    if (understood.kind === 'sort' || understood.kind === 'closing') applyUnderstanding(input, understood);
    return;
  }
  // An action keeps its intent: only a position in its words is read ("the middle one").
  if (OPEN_QUERY.includes(intent)) {
    if (understood.kind === 'item') applyUnderstanding(input, understood);
    return;
  }
  // A position phrase whose front the sample's carrier took ("quello in | mezzo", "the one in | the middle"),
  // or a position said whole in a list value: chosen, never a variation.
  const ended =
    understood.kind === 'item' ? (intent === IntentNames.ChooseVariation ? understood.item : undefined) : understood.kind === 'sort' ? undefined : positionEndedBy(words, phrases);
  if (ended !== undefined) {
    noteTurn(input, { understood: 'item' });
    rewrite(input, IntentNames.SelectItem, itemSlots(input, ended));
  } else if (understood.kind === 'sort' || understood.kind === 'item') applyUnderstanding(input, understood);
  // "tell me more about premium": premium named where a product was, asked about rather than bought.
  else if (understood.kind === 'premium' || understood.kind === 'premium-info') applyUnderstanding(input, { kind: 'premium-info', product: understood.product });
  else if (intent === IntentNames.SortResults) rewrite(input, IntentNames.Fallback, {});
}

/**
 * The listed product an action's words name once the connecting words a carrier leaves at their
 * end go ("the lavazza in", "lavazza as well"): only words of one title on the page heard.
 */
function listedForAction(words: string, state: ShoppingState, phrases: Phrases): number | undefined {
  const { connectors } = matcherFor(phrases);
  const bare = stripTrailingOf(stripTrailingOf(normalizeText(words, phrases), matcherFor(phrases).trailFill), connectors);
  return bare === '' ? undefined : productNamedByTitle(bare, state, phrases);
}

/** The position a locale's position phrase names when the words are its last words ("mezzo" of "in mezzo"). */
function positionEndedBy(words: string, phrases: Phrases): ItemReference | undefined {
  const said = normalizeText(words, phrases);
  const ends = (list: readonly string[]) => said !== '' && list.some((p) => p.endsWith(` ${said}`));
  if (ends(phrases.positions.middle)) return { kind: 'middle' };
  return ends(phrases.positions.last) ? { kind: 'last' } : undefined;
}

/** The list's variation value the words name ("the blue one" → "Blue"), said with the locale's articles and item nouns around it. */
function variationValueNamed(words: string, state: ShoppingState, phrases: Phrases): string | undefined {
  const { articleNouns } = matcherFor(phrases);
  const said = stripTrailingOf(stripLeadingOf(normalizeText(words, phrases), articleNouns), articleNouns);
  if (said === '') return undefined;
  return state.refinements?.offered.values?.find((v) => normalizeText(v, phrases) === said);
}

/** The premium intents, whose product slot (a custom type) catches any words after their carrier. */
const PREMIUM_INTENTS: readonly IntentName[] = [IntentNames.BuyPremium, IntentNames.RefundPremium, IntentNames.WhatCanIBuy];

/** What still means the same without the premium carrier in front ("I want to cancel | my order", "tell me about | the second one"). */
const STANDS_ALONE: ReadonlySet<Understood['kind']> = new Set([
  'closing',
  'order-help',
  'help',
  'repeat',
  'next',
  'watches',
  'cancel',
  'start-over',
  'recommend',
  'item',
  'question',
  'offers',
  'watch',
  'unwatch',
]);

/**
 * A premium carrier around words that name no premium product ("I want to cancel my order",
 * "tell me about the second one", "what comes with the lavazza"): the words are read on their
 * own; a command that stands without the carrier, or a listed product named by its title, is
 * carried out; anything else is left to the premium handler, which names what can be bought.
 */
function understandPremiumSlot(input: HandlerInput, phrases: Phrases): void {
  const words = getSlotValue(input.requestEnvelope, SlotNames.PremiumProduct);
  if (typeof words !== 'string' || words.trim() === '' || resolvedId(input, SlotNames.PremiumProduct) !== undefined) return;
  const said = normalizeText(words, phrases);
  // Premium in other words ("my membership", "the upgrade"): the carrier says what to do, the
  // words which product (none named: the intent's own default, the subscription or the list).
  if (mentionsPremium(said, phrases)) {
    const product = premiumMentioned(said, phrases);
    noteTurn(input, { understood: 'premium' });
    rewrite(
      input,
      getIntentName(input.requestEnvelope) as IntentName,
      product === 'any' ? {} : { [SlotNames.PremiumProduct]: resolvedSlot(input, SlotNames.PremiumProduct, SlotTypes.PremiumProduct, product) },
    );
    return;
  }
  const state = getShoppingState(input);
  const understood = understand(words, phrases, pageTitles(state));
  const titled = understood.kind === 'product' && state.products.length > 0 ? productNamedByTitle(understood.words, state, phrases) : undefined;
  const item: ItemReference | undefined =
    titled !== undefined ? { kind: 'ordinal', n: titled - state.pageStart + 1 } : understood.kind === 'item' && understood.action === 'choose' ? understood.item : undefined;
  if (item !== undefined) {
    // A listed product after a premium carrier ("I want the second one"): chosen, as an answer to the stage's question.
    noteTurn(input, { understood: 'item' });
    rewrite(input, IntentNames.SelectItem, itemSlots(input, item));
  } else if (STANDS_ALONE.has(understood.kind)) applyUnderstanding(input, understood);
  // Anything else stays the premium intent's: its handler says which premium features there are.
}

export class UnderstandingInterceptor implements RequestInterceptor {
  process(input: HandlerInput): void {
    if (getRequestType(input.requestEnvelope) !== RequestTypes.Intent) return;
    const intent = getIntentName(input.requestEnvelope) as IntentName;
    const phrases = phrasesFor(input.requestEnvelope.request.locale);
    if (PREMIUM_INTENTS.includes(intent)) {
      understandPremiumSlot(input, phrases);
      return;
    }
    const open = OPEN_CUSTOM.find(([name]) => name === intent);
    // An action's intent without words in its position slot goes on to its query.
    if (open !== undefined && (!OPEN_QUERY.includes(intent) || (getSlotValue(input.requestEnvelope, open[1]) ?? '').trim() !== '')) {
      understandUnresolved(input, intent, open[1], phrases);
      return;
    }
    if (!OPEN_QUERY.includes(intent)) return;
    const words = getSlotValue(input.requestEnvelope, SlotNames.Query);
    if (typeof words !== 'string' || words.trim() === '') return;
    const understood = understandInTurn(input, words, phrases, pageTitles(getShoppingState(input)));
    // "add the lavazza one to my cart": a listed product named by its title, not a search.
    if (understood.kind === 'product' && getShoppingState(input).products.length > 0) {
      // The words without their carrier ("tell me about the folgers" names the Folgers item), else as said.
      const index = productNamedByTitle(understood.words, getShoppingState(input), phrases) ?? productNamedByTitle(words, getShoppingState(input), phrases);
      // "the lavazza one", "the lavazza one too": an item noun last, before any trailer.
      const said = stripTrailingOf(normalizeText(words, phrases), matcherFor(phrases).trailFill);
      const saidOne = phrases.itemNouns.some((noun) => said.endsWith(` ${noun}`));
      // Said in answer to the stage's question ("Which one?" → "the lavazza"), a title's words name that item.
      const answering = (input.requestEnvelope.request as IntentRequest).dialogState === 'IN_PROGRESS';
      // "put the lavazza in too": a title's words after a definite article point at that item.
      const definite = (phrases.definiteArticles ?? phrases.articles.slice(0, 1)).some((a) => said.startsWith(`${a} `));
      // An action on the list heard ("put the lavazza in too", 「ラバッツァもカートに」): the title's
      // words, with the connecting words the carrier left behind, name that item; a search
      // would lose the list for a product the customer already has in front of them.
      const acted = index === undefined && intent !== IntentNames.SearchProducts ? listedForAction(understood.words, getShoppingState(input), phrases) : undefined;
      if (acted !== undefined) {
        const state = getShoppingState(input);
        noteTurn(input, { understood: 'title' });
        rewrite(input, intent, { [SlotNames.Ordinal]: { name: SlotNames.Ordinal, value: String(acted - state.pageStart + 1), confirmationStatus: 'NONE' } });
        return;
      }
      if (index !== undefined && (saidOne || answering || definite || intent !== IntentNames.SearchProducts)) {
        const state = getShoppingState(input);
        applyUnderstanding(input, { kind: 'item', action: 'choose', item: { kind: 'ordinal', n: index - state.pageStart + 1 } });
        return;
      }
      // "the black ones": a variation value of the list, not a search for "black ones".
      const value = saidOne ? variationValueNamed(words, getShoppingState(input), phrases) : undefined;
      if (value !== undefined) {
        noteTurn(input, { understood: 'variation' });
        rewrite(input, IntentNames.ChooseVariation, { [SlotNames.VariationValue]: { name: SlotNames.VariationValue, value, confirmationStatus: 'NONE' } });
        return;
      }
    }
    // "how much is the lavazza", "is the lavazza any good": a product question about a listed
    // product named by its title, the question's words before or after it.
    if (understood.kind === 'question' && understood.item.kind === 'it' && getShoppingState(input).products.length > 0) {
      const leads = matcherFor(phrases).questionLeads[understood.topic] ?? matcherFor(phrases).connectors;
      const named = stripTrailingOf(stripLeadingOf(normalizeText(words, phrases), leads), leads);
      const index = named === '' ? undefined : productNamedByTitle(named, getShoppingState(input), phrases);
      if (index !== undefined) {
        applyUnderstanding(input, { ...understood, item: { kind: 'ordinal', n: index - getShoppingState(input).pageStart + 1 } });
        return;
      }
    }
    applyUnderstanding(input, understood);
  }
}
