/**
 * The Amazon Business Product Search API v2020-08-26 schemas the skill reads, as the
 * reference defines them (Amazon Business Product Search API reference, "Definitions"). Fields the
 * reference marks deprecated are kept where the real service still sends them, so a response
 * parses the same whichever implementation produced it.
 */

/** ProductRegion enum. */
export type ProductRegion = 'DE' | 'FR' | 'UK' | 'IT' | 'ES' | 'US' | 'CA' | 'JP';

export interface Money {
  amount: number;
  currencyCode: string;
}

export interface Price {
  value: Money;
  formattedPrice: string;
  priceType: string;
}

export interface TaxExclusivePrice {
  taxExclusiveAmount: Money;
  displayString: string;
  formattedPrice: string;
  label: string;
}

export interface QuantityPriceTier {
  quantityDisplay: string;
  unitPrice: Money;
  /** Deprecated by the reference; still sent. */
  minQuantity?: number;
}

export interface QuantityPrice {
  quantityPriceTiers?: QuantityPriceTier[];
}

export type FragmentType =
  | 'SUSTAINABILITY_BADGE'
  | 'SUSTAINABILITY_ATTRIBUTE'
  | 'BUSINESS_INVOICE_BADGE'
  | 'JCT_BADGE'
  | 'PREFERRED'
  | 'RESTRICTED'
  | 'BLOCKED'
  | 'NONE'
  | 'NEGOTIATED'
  | 'UNKNOWN'
  | 'BESTSELLER_BADGE'
  | 'PRIME_BADGE';

export interface Link {
  text?: string;
  url: string;
}

export interface Fragment {
  title?: string;
  message?: string;
  type: FragmentType;
  link?: Link;
  fragments?: Fragment[];
}

export interface BuyingGuidanceV2 {
  buyingGuidance: Fragment[];
}

export type BuyingGuidance = 'PREFERRED' | 'NEGOTIATED' | 'RESTRICTED' | 'BLOCKED' | 'NONE' | 'UNKNOWN';

export interface BuyingRestriction {
  title: string;
  /** Possible value per the reference: PROFESSIONAL_USE. */
  type: string;
}

export interface Merchant {
  merchantId: string;
  name: string;
  meanFeedbackRating: number;
  totalFeedbackCount: number;
  certificates: string[];
}

export type FulfillmentType = 'AMAZON_FULFILLMENT' | 'MERCHANT_FULFILLMENT' | 'OTHER';
export type ProductCondition = 'NEW' | 'USED' | 'COLLECTIBLE' | 'REFURBISHED' | 'OTHER' | 'UNKNOWN';

export interface Condition {
  conditionValue: ProductCondition;
  conditionNote: string;
  subCondition: string;
}

export interface ShippingOption {
  shippingCost: { value: Money };
  deliveryRange: { min: string; max: string };
  deliveryInformation: string;
  thresholdCost: { value: Money };
}

export interface OfferQuantityLimits {
  maxQuantity: number;
  minQuantity: number;
}

export interface Badge {
  name: string;
  fragment: Fragment;
}

export interface Offer {
  availability: string;
  buyingGuidance: BuyingGuidance;
  buyingGuidanceV2: BuyingGuidanceV2;
  buyingRestrictions: BuyingRestriction[];
  fulfillmentType: FulfillmentType;
  merchant: Merchant;
  offerId: string;
  price: Price;
  shippingOptions: ShippingOption[];
  listPrice: Price;
  productCondition: ProductCondition;
  productConditionNote: string;
  condition: Condition;
  quantityLimits: OfferQuantityLimits;
  quantityPrice?: QuantityPrice;
  taxExclusivePrice: TaxExclusivePrice;
  deliveryInformation: string;
  badges: Badge[];
}

export type AsinType = 'STANDARD' | 'VARIATION_PARENT' | 'VARIATION_CHILD';

export interface Contributor {
  name?: string;
  roles?: string[];
}

export interface CustomerReviewsSummary {
  numberOfRatings?: number;
  starRating: number;
}

export interface Taxonomy {
  taxonomyCode: string;
  title: string;
  type: 'UNSPSC' | 'ECLASS';
}

export interface DimensionValue {
  index?: number;
  displayString?: string;
}

export interface Dimension {
  index?: number;
  displayString?: string;
  dimensionValues?: DimensionValue[];
}

export interface Variation {
  asin?: string;
  variationValues?: { index?: number; value?: number }[];
}

export interface ProductVariations {
  dimensions: Dimension[];
  variations: Variation[];
}

export interface ProductsResult {
  asin: string;
  asinType: AsinType;
  signedProductId: string;
  /** Facet name → data; with the OFFERS facet, `OFFERS` holds the featured offer first. */
  includedDataTypes: Record<string, unknown[]>;
  features: string[];
  editorialReviews?: { content: string; source: string }[];
  taxonomies: Taxonomy[];
  title: string;
  url: string;
  format: string;
  bookInformation: Record<string, unknown>;
  byLine: Contributor[];
  mediaInformation: { editions?: string[]; mediaFormats?: string[] };
  productOverview: Record<string, string>;
  productDetails: Record<string, Record<string, string>>;
  customerReviewsSummary: CustomerReviewsSummary;
  productVariations: ProductVariations;
  productDescription: string;
  upcValues: string[];
  eanValues: string[];
  badges: Badge[];
}

export interface RefinementOption {
  displayName: string;
  id: string;
}

export interface RefinementResult {
  categories: RefinementOption[];
  subCategories: RefinementOption[];
  availabilityOptions: RefinementOption[];
  deliveryDayOptions: RefinementOption[];
  eligibleForFreeShippingOptions: RefinementOption[];
  primeEligible: RefinementOption[];
}

export interface RefinementValue {
  displayName: string;
  searchRefinementValue: string;
}

export interface SearchRefinementResult {
  selectionType: string;
  displayValue: string;
  refinementValues: RefinementValue[];
}

export interface SearchProductsResult {
  matchingProductCount: number;
  searchRefinements: SearchRefinementResult[];
  refinements: RefinementResult;
  numberOfPages: number;
  products: ProductsResult[];
}

export interface OfferFilter {
  id?: string;
  displayName?: string;
}

export interface OfferFilterGroup {
  displayName?: string;
  filters?: OfferFilter[];
}

export interface OffersResult {
  offerCount?: number;
  numberOfPages?: number;
  featuredOffer?: Offer;
  offers?: Offer[];
  filterGroups?: OfferFilterGroup[];
}

export interface ProductsByAsinsResponse {
  matchingProductCount: number;
  products: ProductsResult[];
  notFoundAsins: string[];
}

/** Code enum of the reference's Error object. */
export type ErrorCode =
  | 'PRODUCT_NOT_FOUND'
  | 'PAGE_NOT_FOUND'
  | 'INVALID_REQUEST_PARAMETER'
  | 'SERVICE_ERROR'
  | 'EMAIL_ID_NOT_FOUND'
  | 'UNAUTHORIZED'
  | 'REQUEST_RATE_LIMIT_EXCEEDED';

export interface ApiError {
  code: ErrorCode | string;
  message: string;
  details?: string;
}

export interface ErrorResponse {
  errors?: ApiError[];
}
