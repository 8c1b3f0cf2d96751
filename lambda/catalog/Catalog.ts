/**
 * The edge the conversation depends on: the four operations of the Amazon Business Product
 * Search API (Amazon Business Product Search API reference, "Operations"). Two
 * implementations pass one contract suite: `EmbeddedCatalog` (local, default) and
 * `AmazonBusinessCatalog` (HTTPS). Handlers never know which one they have.
 */
import type { Deadline } from '../util/deadline';
import type { OffersResult, ProductRegion, ProductsByAsinsResponse, ProductsResult, SearchProductsResult } from './types';

/** Where the customer shops: every operation needs both (reference: "required"). */
export interface Marketplace {
  productRegion: ProductRegion;
  /** IETF language tag, e.g. en-US. */
  locale: string;
}

/** Identifier filters of searchProductsRequest; each restricts results to that identifier. */
export interface ProductIdentifiers {
  upc?: string;
  isbn?: string;
  sku?: string;
  ean?: string;
  partNumber?: string;
  oemPartNumber?: string;
}

export interface SearchProductsRequest extends Marketplace {
  keywords?: string;
  category?: string;
  subCategory?: string;
  /** 2661600011 in stock only, 2661601011 include out of stock (reference). */
  availability?: string;
  deliveryDay?: string;
  eligibleForFreeShipping?: string;
  primeEligible?: string;
  identifiers?: ProductIdentifiers;
  searchRefinements?: string[];
  /** Zero-based; at most 13 pages can be fetched (reference). */
  pageNumber?: number;
  /** Default 24, maximum 24 (reference). */
  pageSize?: number;
}

export interface GetProductRequest extends Marketplace {
  asin: string;
  /** Units the customer intends to buy: selects the quantity price tier. Default 1. */
  quantity?: number;
}

export interface SearchOffersRequest extends Marketplace {
  asin: string;
  filterIds?: string[];
  pageNumber?: number;
  pageSize?: number;
  quantity?: number;
}

export interface GetProductsByAsinsRequest extends Marketplace {
  /** Any number: the real client splits them into calls of 30 (the reference's maximum). */
  asins: string[];
  quantity?: number;
}

/** Per-call options: the turn's deadline, so a slow upstream never eats Alexa's 8 s. */
export interface CallOptions {
  deadline?: Deadline;
}

export interface Catalog {
  searchProducts(request: SearchProductsRequest, options?: CallOptions): Promise<SearchProductsResult>;
  getProduct(request: GetProductRequest, options?: CallOptions): Promise<ProductsResult>;
  searchOffers(request: SearchOffersRequest, options?: CallOptions): Promise<OffersResult>;
  getProductsByAsins(request: GetProductsByAsinsRequest, options?: CallOptions): Promise<ProductsByAsinsResponse>;
}

/** Limits from the reference, shared by both implementations and the emulator. */
export const CatalogLimits = {
  /** "Maximum items that can be fetched in single request is 24." */
  maxPageSize: 24,
  defaultPageSize: 24,
  /** "The maximum number of pages that can be fetched is 13." */
  maxPages: 13,
  /** "The maximum number of ASINs allowed for each call is 30." */
  maxAsinsPerCall: 30,
} as const;

/** Refinement ids the reference names (availability) or that the embedded data set uses. */
export const RefinementIds = {
  InStockOnly: '2661600011',
  IncludeOutOfStock: '2661601011',
  GetItToday: '8308920011',
  GetItTomorrow: '8308921011',
  FreeShipping: '2661625011',
  PrimeEligible: '2470955011',
} as const;
