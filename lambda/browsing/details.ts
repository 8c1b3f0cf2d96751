/** Pure speech builders for one product's details and its offers. */
import { ssml, type Translator } from '../i18n';
import { featuredOfferOf, unavailableReasonOf } from './listing';
import { shortTitle } from './speech';
import { spokenNumber, spokenPrice, spokenQuantity, spokenRating } from '../i18n/spoken';
import type { Offer, OffersResult, ProductsResult } from '../catalog/types';
import { stripMarkup } from '../util/ssml';

/** Two short features keep details under 30 seconds. */
const MAX_FEATURES = 2;
const MAX_FEATURE_WORDS = 14;
/** Two offers per answer keep it under 30 seconds; "more offers" reads the next two. */
export const MAX_SPOKEN_OFFERS = 2;

function sentence(text: string): string {
  const trimmed = stripMarkup(text);
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** "no ratings yet", "one rating", "1,234 ratings". */
export function ratingsCount(t: Translator, n: number | undefined): string {
  return t.plural('DETAILS_RATINGS', n ?? 0, { count: spokenNumber(t, n ?? 0) });
}

function deliveryOf(offer: Offer): string {
  const text = offer.deliveryInformation ?? offer.shippingOptions?.[0]?.deliveryInformation ?? '';
  return text === '' ? '' : sentence(text);
}

function offerPrice(t: Translator, offer: Offer): string {
  // An offer whose price has no value is said as an unknown price, never "undefined".
  const value = (offer.price as Partial<Offer['price']> | undefined)?.value;
  return value === undefined ? spokenPrice(t, Number.NaN, '') : spokenPrice(t, value.amount, value.currencyCode);
}

/** Two or three features, each cut short, as sentences ("" when the listing has none). */
export function featuresSummary(product: ProductsResult): string {
  return (product.features ?? [])
    .slice(0, MAX_FEATURES)
    .map((f) => sentence(String(f).split(/\s+/).slice(0, MAX_FEATURE_WORDS).join(' ')))
    .join(' ');
}

/** The maker: the by-line's name, else the overview's or the technical details' brand. */
export function brandOf(product: ProductsResult): string | undefined {
  const named = product.byLine?.find((c) => typeof c?.name === 'string' && c.name.trim() !== '')?.name;
  const overview = product.productOverview?.['Brand'];
  const manufacturer = Object.values(product.productDetails ?? {}).find((group) => typeof group?.['Manufacturer'] === 'string')?.['Manufacturer'];
  return [named, overview, manufacturer].find((v): v is string => typeof v === 'string' && v.trim() !== '');
}

/** Title, by-line, two or three features, rating, and the featured offer's price and delivery. */
export function productDetailsSpeech(t: Translator, product: ProductsResult): string {
  const title = shortTitle(product.title);
  const brand = product.byLine?.find((c) => typeof c?.name === 'string' && c.name.trim() !== '')?.name;
  const features = featuresSummary(product);
  const summary = product.customerReviewsSummary;
  const rating = ssml(spokenRating(t, summary?.starRating));
  const ratings = ssml(ratingsCount(t, summary?.numberOfRatings));
  const featured = featuredOfferOf(product);
  let offer = t('DETAILS_NO_OFFER');
  if (featured !== undefined) {
    offer = t('DETAILS_OFFER', { price: offerPrice(t, featured), merchant: featured.merchant?.name ?? '', delivery: deliveryOf(featured) });
    const reason = unavailableReasonOf(featured);
    if (reason === 'blocked') offer += ` ${t('DETAILS_BLOCKED')}`;
    if (reason === 'restricted') offer += ` ${t('DETAILS_RESTRICTED')}`;
  }
  const params = { title, brand: brand ?? '', features, rating, ratings, offer: ssml(offer) };
  return brand === undefined ? t('DETAILS_NO_BRAND', params) : t('DETAILS', params);
}

const CONDITION_KEYS = {
  NEW: 'CONDITION_NEW',
  USED: 'CONDITION_USED',
  REFURBISHED: 'CONDITION_REFURBISHED',
  COLLECTIBLE: 'CONDITION_COLLECTIBLE',
} as const;

export function conditionOf(t: Translator, offer: Offer): string {
  const value = offer.condition?.conditionValue ?? offer.productCondition;
  const key = typeof value === 'string' && Object.hasOwn(CONDITION_KEYS, value) ? CONDITION_KEYS[value as keyof typeof CONDITION_KEYS] : undefined;
  return t(key ?? 'CONDITION_OTHER');
}

/** "11 dollars each for 10 to 24, 10 dollars each for 25 or more", or '' without tiers (at most `max`). */
export function tiersText(t: Translator, offer: Offer | undefined, max = 3): string {
  const tiers = offer?.quantityPrice?.quantityPriceTiers ?? [];
  return tiers
    .slice(0, max)
    .map((tier) => t('OFFER_TIER', { price: spokenPrice(t, tier.unitPrice.amount, tier.unitPrice.currencyCode), quantity: spokenQuantity(t, tier.quantityDisplay) }))
    .join(', ');
}

export function hasTiers(offer: Offer | undefined): boolean {
  return (offer?.quantityPrice?.quantityPriceTiers ?? []).length > 0;
}

/** "1: Amazon, new, 12 dollars 99. Arrives tomorrow." Numbered from `first`. */
export function offerLines(t: Translator, offers: readonly Offer[], first: number): string {
  return offers
    .map((offer, i) =>
      t('OFFER_ITEM', { n: first + i, merchant: offer.merchant?.name ?? '', condition: ssml(conditionOf(t, offer)), price: offerPrice(t, offer), delivery: deliveryOf(offer) }),
    )
    .join(' ');
}

/** Merchant, condition, price and delivery for the first two offers; quantity tiers are on request. */
export function offersSpeech(t: Translator, title: string, result: OffersResult): string {
  const offers = result.offers ?? [];
  const count = Math.max(result.offerCount ?? offers.length, offers.length);
  if (offers.length === 0) return t('OFFERS_NONE', { title });
  const spoken = offerLines(t, offers.slice(0, MAX_SPOKEN_OFFERS), 1);
  const unspoken = count - MAX_SPOKEN_OFFERS;
  const more = unspoken <= 0 ? '' : ` ${t.plural('OFFERS_MORE', unspoken, { count: unspoken })}`;
  const list = ssml(`${spoken}${more}`);
  return t.plural('OFFERS_INTRO', count, { count, title, offers: list });
}
