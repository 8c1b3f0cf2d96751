/**
 * Turns catalog results into what the session keeps (`ListedProduct`): the ASIN and the few
 * fields speech needs. Buying guidance decides `unavailableReason`, which stops Shopping
 * Actions for products the customer's organisation blocks or restricts.
 */
import type { ListedProduct } from '../session';
import { shortTitle } from './speech';
import { fromApiMoney } from '../util/money';
import type { Offer, ProductsResult } from '../catalog/types';
import { isRecord } from '../util/guards';
import { isSafeImageUrl } from '../util/limits';

/** The featured offer of a product result: the first entry of the OFFERS facet. */
export function featuredOfferOf(product: ProductsResult): Offer | undefined {
  const offers = isRecord(product.includedDataTypes) ? product.includedDataTypes['OFFERS'] : undefined;
  if (!Array.isArray(offers)) return undefined;
  const [first] = offers as unknown[];
  if (!isRecord(first) || !isRecord(first['price'])) return undefined;
  return first as unknown as Offer;
}

/**
 * Why an offer can't be bought, if it can't: BLOCKED guidance (reference: "violates one or
 * multiple Amazon Business policies"), or RESTRICTED guidance / buying restrictions
 * ("restrictions that would prevent the customer from buying").
 */
export function unavailableReasonOf(offer: Offer | undefined): ListedProduct['unavailableReason'] {
  if (offer === undefined) return undefined;
  const fragments: readonly ({ type?: string } | undefined)[] = Array.isArray(offer.buyingGuidanceV2?.buyingGuidance) ? offer.buyingGuidanceV2.buyingGuidance : [];
  const said = (type: string) => offer.buyingGuidance === type || fragments.some((f) => f?.type === type);
  if (said('BLOCKED')) return 'blocked';
  if (said('RESTRICTED') || (Array.isArray(offer.buyingRestrictions) && offer.buyingRestrictions.length > 0)) return 'restricted';
  return undefined;
}

/**
 * The first safe URL of the IMAGES facet: an entry's own `url`, else its large, medium or small
 * variant's. Screens and cards show it; a URL that is not https or is too long is never sent.
 */
export function imageOf(product: ProductsResult): string | undefined {
  const images = isRecord(product.includedDataTypes) ? product.includedDataTypes['IMAGES'] : undefined;
  if (!Array.isArray(images)) return undefined;
  for (const entry of images as unknown[]) {
    if (!isRecord(entry)) continue;
    // The entry's own URL first, as below, without building the list when it is safe (the usual case).
    if (isSafeImageUrl(entry['url'])) return entry['url'];
    const candidates = [entry['url'], ...['large', 'medium', 'small'].map((size) => (isRecord(entry[size]) ? entry[size]['url'] : undefined))];
    const found = candidates.find(isSafeImageUrl);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Does the offer carry the Prime badge? */
export function isPrimeOffer(offer: Offer | undefined): boolean {
  return Array.isArray(offer?.badges) && offer.badges.some((b) => b?.name === 'PRIME_BADGE');
}

export function toListedProduct(product: ProductsResult): ListedProduct {
  const listed: ListedProduct = { asin: product.asin, title: shortTitle(String(product.title ?? product.asin)) };
  const offer = featuredOfferOf(product);
  const price = fromApiMoney(offer?.price?.value);
  if (price !== undefined) listed.price = price;
  const rating = product.customerReviewsSummary?.starRating;
  if (typeof rating === 'number' && Number.isFinite(rating)) listed.rating = rating;
  const reason = unavailableReasonOf(offer);
  if (reason !== undefined) listed.unavailableReason = reason;
  const image = imageOf(product);
  if (image !== undefined) listed.image = image;
  if (isPrimeOffer(offer)) listed.prime = true;
  return listed;
}
