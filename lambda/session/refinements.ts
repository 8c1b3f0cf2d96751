/**
 * Refinements the customer puts on a result list. Prime, delivery day, free shipping, stock,
 * brand and rating are the Product Search API's own refinements: each applied one keeps the
 * id (or `searchRefinementValue`) a previous response offered, never a hard-coded one
 * (reference: searchProducts, "searchRefinements … should be dynamically retrieved from a
 * previous API response"). Price and sort are not in the API: the skill applies them to what
 * it fetched and says how much it looked at.
 */

/** Brands kept from a response: enough to match what a customer names, small for the session. */
export const MAX_OFFERED_BRANDS = 40;
/** Variation values kept from the products fetched ("Black", "24 Pack"): what "the blue one" may name. */
export const MAX_OFFERED_VALUES = 30;
/** A variation value longer than this is no word a customer says back. */
export const MAX_VALUE_CHARS = 60;

export type SortOrder = 'price-asc' | 'price-desc' | 'rating';
export type DeliveryDay = 'today' | 'tomorrow';

/** One kind of refinement, as the customer adds and removes them. */
export type RefinementKind = 'prime' | 'delivery' | 'freeShipping' | 'inStock' | 'brand' | 'rating' | 'price' | 'attribute' | 'sort';

export const REFINEMENT_KINDS: readonly RefinementKind[] = ['prime', 'delivery', 'freeShipping', 'inStock', 'brand', 'rating', 'price', 'attribute', 'sort'];

/**
 * A filter by what a product is ("black", "wireless", "the 24 pack"): its title, features
 * and variation values hold the words. Client-side, as price is: the API has no such refinement.
 */
export interface AttributeFilter {
  /** What the customer said, as it is spoken back ("black", "wireless"). */
  said: string;
  /** Normalized word sequences, any of which a product must hold (a pack size: every way the locale writes it). */
  anyOf: string[];
  /** A pack size: the count, and the sequences must appear whole. */
  pack?: number;
}

/** What the customer asked for, in their own terms, before it is matched to offered ids. */
export interface RequestedRefinements {
  prime?: true;
  delivery?: DeliveryDay;
  freeShipping?: true;
  inStock?: true;
  brand?: string;
  minRating?: number;
  minPrice?: number;
  maxPrice?: number;
  /** Words that describe the product ("black", "24 pack"), as said. */
  attribute?: string;
  sort?: SortOrder;
}

/** Refinements in force, each with the id the API offered for it. */
export interface AppliedRefinements {
  /** `refinements.primeEligible[].id`. */
  prime?: string;
  /** `refinements.deliveryDayOptions[].id` of the day asked for. */
  delivery?: { day: DeliveryDay; id: string };
  /** `refinements.eligibleForFreeShippingOptions[].id`. */
  freeShipping?: string;
  /** `refinements.availabilityOptions[].id` of "in stock only". */
  inStock?: string;
  /** A Brand `searchRefinements[].refinementValues[]` entry. */
  brand?: { name: string; value: string };
  /** An "Avg. Customer Review" refinement value. */
  rating?: { stars: number; value: string };
  /** Client-side: in the marketplace's currency. */
  price?: { min?: number; max?: number };
  /** Client-side. */
  attribute?: AttributeFilter;
  /** Client-side. */
  sort?: SortOrder;
}

/** The refinement ids the last search response offered, kept small for the session. */
export interface OfferedRefinements {
  prime?: string;
  today?: string;
  tomorrow?: string;
  freeShipping?: string;
  inStock?: string;
  brands: { name: string; value: string }[];
  ratings: { stars: number; value: string }[];
  /** Variation values of the products fetched (not an API refinement: sent to Alexa as dynamic entities). */
  values?: string[];
}

export interface RefinementState {
  applied: AppliedRefinements;
  /** Kinds in the order they were added: the newest is the one blamed for an empty list. */
  order: RefinementKind[];
  offered: OfferedRefinements;
  /** Client-side refinements: API results looked at so far, and the API's count of all results. */
  scanned?: number;
  matching?: number;
  /** The refinement blamed when the list last came back empty: still the one to drop if more are stacked on. */
  emptiedBy?: RefinementKind;
}

export function isClientSide(applied: AppliedRefinements): boolean {
  return applied.price !== undefined || applied.attribute !== undefined || applied.sort !== undefined;
}

export function activeKinds(applied: AppliedRefinements): RefinementKind[] {
  return REFINEMENT_KINDS.filter((kind) => applied[kind] !== undefined);
}
