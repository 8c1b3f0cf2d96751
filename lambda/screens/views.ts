/**
 * Pure builders of what each screen shows, from the same objects the speech is built from (the
 * session's listed products, the product fetched for its details, the offers read out, the
 * stored watches). A view is plain text; `datasources.ts` makes it APL-safe and `cards.ts`
 * writes it as a card. Every catalog string is bounded here, where it enters a screen.
 */
import { type MessageKey, type MessageParams, type Translator } from '../i18n';
import { numberFormat } from '../i18n/spoken';
import type { Offer, ProductsResult } from '../catalog/types';
import type { PriceWatch } from '../persistence/state';
import { currentPage, type ListedProduct, type ShoppingState } from '../session';
import { TouchEvents, type TouchEvent } from '../constants';
import { isSafeImageUrl, MAX_SCREEN_TEXT_CHARS } from '../util/limits';
import { fromApiMoney, type Money } from '../util/money';
import { roundRating } from '../util/rating';
import { ssmlToText, stripMarkup } from '../util/ssml';

/** A screen's text in a locale: the translator's message as plain text (no SSML escapes). */
export interface ScreenWords {
  t: Translator;
  locale: string;
}

function say(words: ScreenWords, key: MessageKey, params?: MessageParams): string {
  return bounded(ssmlToText(words.t(key, params)));
}

/** Catalog text on a screen: markup removed, at most MAX_SCREEN_TEXT_CHARS. */
export function bounded(text: string): string {
  const plain = stripMarkup(text);
  return plain.length <= MAX_SCREEN_TEXT_CHARS ? plain : `${plain.slice(0, MAX_SCREEN_TEXT_CHARS - 1).trimEnd()}…`;
}

export function priceText(locale: string, money: Money | undefined): string | undefined {
  if (money === undefined) return undefined;
  try {
    return numberFormat(locale, { style: 'currency', currency: money.currency }).format(money.amount);
  } catch {
    return undefined;
  }
}

function ratingText(words: ScreenWords, rating: number | undefined): string {
  if (rating === undefined) return say(words, 'SCREEN_NOT_RATED');
  // Rounded to the half star, as the speech says it ("4 and a half stars").
  const stars = numberFormat(words.locale, { maximumFractionDigits: 1 }).format(roundRating(rating));
  return say(words, 'SCREEN_RATING', { stars });
}

const imageOrEmpty = (url: string | undefined): string => (isSafeImageUrl(url) ? url : '');

export interface ListItemView {
  /** The number spoken for it: "the second one" is 2 on the page, as the speech numbers it. */
  position: string;
  asin: string;
  title: string;
  price: string;
  rating: string;
  /** '' when the featured offer has no Prime badge. */
  prime: string;
  /** '' when it can be ordered; else why it can't. */
  notice: string;
  /** '' when the product has no safe image. */
  image: string;
}

export interface ListView {
  title: string;
  /** "1 to 3 of 23". */
  range: string;
  hint: string;
  items: ListItemView[];
  /** '' when there is no page before (or after): the button is not drawn. */
  previous: string;
  next: string;
}

export function listItemView(words: ScreenWords, product: ListedProduct, position: number): ListItemView {
  return {
    position: String(position),
    asin: product.asin,
    title: bounded(product.title),
    price: priceText(words.locale, product.price) ?? say(words, 'SCREEN_NO_PRICE'),
    rating: ratingText(words, product.rating),
    prime: product.prime === true ? say(words, 'SCREEN_PRIME') : '',
    notice: product.unavailableReason === undefined ? '' : say(words, 'SCREEN_CANNOT_ORDER'),
    image: imageOrEmpty(product.image),
  };
}

/** The page of the list just read out, numbered as it was read. */
export function listView(words: ScreenWords, state: ShoppingState): ListView {
  const page = currentPage(state);
  const total = Math.max(state.totalResults ?? state.products.length, state.products.length);
  const last = state.pageStart + page.length;
  const hasNext = last < state.products.length || last < total;
  return {
    title: state.query === undefined ? say(words, 'SCREEN_LIST_TITLE_PLAIN') : say(words, 'SCREEN_LIST_TITLE', { query: state.query }),
    range: page.length === 0 ? '' : say(words, 'SCREEN_LIST_COUNT', { first: state.pageStart + 1, last, total }),
    hint: say(words, 'SCREEN_LIST_HINT'),
    items: page.map((product, i) => listItemView(words, product, i + 1)),
    previous: state.pageStart > 0 ? say(words, 'SCREEN_PREVIOUS') : '',
    next: hasNext ? say(words, 'SCREEN_NEXT') : '',
  };
}

export interface ButtonView {
  label: string;
  /** The touch contract's first argument; the product's ASIN is the second. */
  event: TouchEvent;
}

export interface DetailView {
  asin: string;
  title: string;
  brand: string;
  image: string;
  price: string;
  savings: string;
  rating: string;
  ratings: string;
  delivery: string;
  seller: string;
  packSize: string;
  prime: string;
  notice: string;
  hint: string;
  buttons: ButtonView[];
}

/**
 * The product-overview fields that name how many units a pack holds, as the Product Search API
 * names them (data keys, not customer language); the first one present is shown.
 */
const PACK_SIZE_FIELDS = ['Number of Items', 'Unit Count', 'Item Package Quantity'] as const;

function packSizeOf(product: ProductsResult): string | undefined {
  const overview = product.productOverview ?? {};
  for (const key of PACK_SIZE_FIELDS) {
    const value = overview[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

function deliveryOf(offer: Offer | undefined): string {
  const text = offer?.deliveryInformation ?? offer?.shippingOptions?.[0]?.deliveryInformation;
  return typeof text === 'string' ? bounded(text) : '';
}

function savingsOf(locale: string, offer: Offer | undefined): string | undefined {
  const price = fromApiMoney(offer?.price?.value);
  const list = fromApiMoney(offer?.listPrice?.value);
  if (price === undefined || list === undefined || list.currency !== price.currency || list.amount <= price.amount) return undefined;
  return priceText(locale, { amount: Math.round((list.amount - price.amount) * 100) / 100, currency: price.currency });
}

/** The buttons of a product that can be ordered; one that can't keeps only the offers. */
export function detailButtons(words: ScreenWords, orderable: boolean): ButtonView[] {
  const compare = { label: say(words, 'SCREEN_COMPARE_OFFERS'), event: TouchEvents.CompareOffers };
  if (!orderable) return [compare];
  return [
    { label: say(words, 'SCREEN_ADD_TO_CART'), event: TouchEvents.AddToCart },
    { label: say(words, 'SCREEN_BUY'), event: TouchEvents.Buy },
    { label: say(words, 'SCREEN_ADD_TO_WISH_LIST'), event: TouchEvents.AddToWishList },
    compare,
  ];
}

export function detailView(words: ScreenWords, product: ProductsResult, offer: Offer | undefined, listed: ListedProduct): DetailView {
  const brand = product.byLine?.find((c) => typeof c?.name === 'string' && c.name.trim() !== '')?.name;
  const summary = product.customerReviewsSummary;
  const savings = savingsOf(words.locale, offer);
  const packSize = packSizeOf(product);
  const merchant = offer?.merchant?.name;
  const orderable = listed.unavailableReason === undefined;
  return {
    asin: listed.asin,
    title: bounded(listed.title),
    brand: brand === undefined ? '' : say(words, 'SCREEN_BY_BRAND', { brand }),
    image: imageOrEmpty(listed.image),
    price: priceText(words.locale, listed.price) ?? say(words, 'SCREEN_NO_PRICE'),
    savings: savings === undefined ? '' : say(words, 'SCREEN_SAVINGS', { amount: savings }),
    rating: ratingText(words, summary?.starRating),
    ratings: typeof summary?.numberOfRatings === 'number' ? say(words, 'SCREEN_RATINGS_COUNT', { count: numberFormat(words.locale).format(summary.numberOfRatings) }) : '',
    delivery: deliveryOf(offer),
    seller: typeof merchant === 'string' && merchant.trim() !== '' ? say(words, 'SCREEN_SOLD_BY', { merchant }) : '',
    packSize: packSize === undefined ? '' : say(words, 'SCREEN_PACK_SIZE', { count: packSize }),
    prime: listed.prime === true ? say(words, 'SCREEN_PRIME') : '',
    notice: orderable ? '' : say(words, 'SCREEN_CANNOT_ORDER'),
    hint: orderable ? say(words, 'SCREEN_DETAIL_HINT') : '',
    buttons: detailButtons(words, orderable),
  };
}

export interface OfferItemView {
  position: string;
  price: string;
  seller: string;
  delivery: string;
}

export interface OffersView {
  asin: string;
  title: string;
  items: OfferItemView[];
  buttons: ButtonView[];
}

/** At most this many offers on one screen: the ones read out and the next few. */
export const MAX_SHOWN_OFFERS = 5;

export function offersView(words: ScreenWords, listed: ListedProduct, offers: readonly Offer[]): OffersView {
  return {
    asin: listed.asin,
    title: say(words, 'SCREEN_OFFERS_TITLE', { title: listed.title }),
    items: offers.slice(0, MAX_SHOWN_OFFERS).map((offer, i) => ({
      position: String(i + 1),
      price: priceText(words.locale, fromApiMoney(offer.price?.value)) ?? say(words, 'SCREEN_NO_PRICE'),
      seller: typeof offer.merchant?.name === 'string' ? say(words, 'SCREEN_SOLD_BY', { merchant: offer.merchant.name }) : '',
      delivery: deliveryOf(offer),
    })),
    buttons: listed.unavailableReason === undefined ? [{ label: say(words, 'SCREEN_ADD_TO_CART'), event: TouchEvents.AddToCart }] : [],
  };
}

export interface WatchesView {
  title: string;
  hint: string;
  items: { position: string; title: string; price: string }[];
}

/** As many watches as a screen holds; the speech reads the first few and counts the rest. */
export const MAX_SHOWN_WATCHES = 10;

export function watchesView(words: ScreenWords, watches: readonly PriceWatch[]): WatchesView {
  return {
    title: say(words, 'SCREEN_WATCHES_TITLE'),
    hint: say(words, 'SCREEN_WATCHES_HINT'),
    items: watches.slice(0, MAX_SHOWN_WATCHES).map((watch, i) => ({
      position: String(i + 1),
      title: bounded(watch.title),
      price: say(words, 'SCREEN_WATCH_PRICE', { price: priceText(words.locale, watch.price) ?? '' }),
    })),
  };
}

export interface WelcomeView {
  title: string;
  text: string;
  hint: string;
}

export function welcomeView(words: ScreenWords): WelcomeView {
  return { title: say(words, 'SCREEN_WELCOME_TITLE'), text: say(words, 'SCREEN_WELCOME_TEXT'), hint: say(words, 'SCREEN_WELCOME_HINT') };
}
