/**
 * The catalog that ships with the skill: the generated data set, searched in memory with
 * the same filters, paging and errors as the Product Search API, so it passes the same
 * contract suite as `AmazonBusinessCatalog`. The default (`CATALOG=embedded`).
 */
import {
  type Catalog,
  CatalogLimits,
  type GetProductRequest,
  type GetProductsByAsinsRequest,
  type ProductIdentifiers,
  RefinementIds,
  type SearchOffersRequest,
  type SearchProductsRequest,
} from '../Catalog';
import { CatalogError, CatalogErrorCodes } from '../errors';
import type {
  Offer,
  OfferFilterGroup,
  OffersResult,
  ProductRegion,
  ProductsByAsinsResponse,
  ProductsResult,
  RefinementResult,
  SearchProductsResult,
  SearchRefinementResult,
} from '../types';
import { checkPageExists, validateAsin, validateMarketplace, validatePaging, validateQuantity } from '../validation';
import { featuredDeliveryDays, JAPANESE, type ProductRecord, productRecords, renderOffers, renderProduct, type SearchIndex, stems } from './generate';
import { type CatalogLanguage, catalogLanguage } from './localized';

// Words that carry no product meaning in a spoken query ("find me some batteries").
const STOP_WORDS = new Set(['a', 'an', 'the', 'some', 'me', 'for', 'of', 'and', 'with', 'my', 'please', 'to', 'i', 'want', 'need', 'buy', 'find']);
/** Articles and prepositions a search in the other languages carries ("des piles", "pilas para..."). */
const STOP_WORDS_OTHER = new Set([
  'der',
  'die',
  'das',
  'den',
  'ein',
  'eine',
  'einen',
  'fur',
  'mit',
  'und',
  'le',
  'la',
  'les',
  'des',
  'de',
  'du',
  'un',
  'une',
  'pour',
  'et',
  'il',
  'lo',
  'gli',
  'uno',
  'una',
  'per',
  'con',
  'el',
  'los',
  'las',
  'unos',
  'unas',
  'para',
  'y',
  'e',
]);

/**
 * The ids a search response offers as refinements. The real service chooses them and the
 * reference says clients must take them from a previous response, never hard-code them, so
 * the data set can be built with other ids (the Product Search emulator does) to prove that.
 */
export interface EmbeddedRefinementIds {
  inStockOnly: string;
  includeOutOfStock: string;
  getItToday: string;
  getItTomorrow: string;
  freeShipping: string;
  primeEligible: string;
  /** Prefix of brand `searchRefinementValue`s ("p_89" gives "p_89:Duracell"). */
  brandKey: string;
  /** Prefix of minimum-rating `searchRefinementValue`s ("p_72" gives "p_72:4"). */
  ratingKey: string;
}

export const DEFAULT_REFINEMENT_IDS: EmbeddedRefinementIds = {
  inStockOnly: RefinementIds.InStockOnly,
  includeOutOfStock: RefinementIds.IncludeOutOfStock,
  getItToday: RefinementIds.GetItToday,
  getItTomorrow: RefinementIds.GetItTomorrow,
  freeShipping: RefinementIds.FreeShipping,
  primeEligible: RefinementIds.PrimeEligible,
  brandKey: 'p_89',
  ratingKey: 'p_72',
};

export const OfferFilterIds = {
  New: 'NEW',
  Used: 'USED',
  Refurbished: 'REFURBISHED',
  Prime: 'PRIME',
  FreeShipping: 'FREE_SHIPPING',
} as const;

/** A query word, with whether it is Japanese decided once per search rather than once per product and field. */
interface Term {
  readonly text: string;
  readonly japanese: boolean;
}

/** Does a field hold the word? A Japanese run ("単三電池") holds every indexed word it contains ("電池"). */
function holds(field: Set<string>, term: Term): boolean {
  if (field.has(term.text)) return true;
  if (!term.japanese) return false;
  for (const word of field) if (JAPANESE.test(word) && term.text.includes(word)) return true;
  return false;
}

function indexesHold(indexes: readonly SearchIndex[], field: keyof SearchIndex, term: Term): boolean {
  for (const index of indexes) if (holds(index[field], term)) return true;
  return false;
}

// No closure made per product: the deployed build keeps function names (esbuild keepNames), and
// naming a closure made for each of the catalog's products cost a warm search more than the
// matching did.
function relevance(indexes: readonly SearchIndex[], terms: readonly Term[]): number {
  let score = 0;
  for (const term of terms) {
    let best = 0;
    if (indexesHold(indexes, 'title', term)) best = 3;
    else if (indexesHold(indexes, 'brand', term) || indexesHold(indexes, 'synonyms', term)) best = 2;
    else if (indexesHold(indexes, 'features', term)) best = 1;
    // Every word must match somewhere: "dog food" must not list cat litter.
    if (best === 0) return 0;
    // A word that names the product's own category ranks it above passing mentions.
    score += best + (indexesHold(indexes, 'synonyms', term) ? 1 : 0);
  }
  return score;
}

/** The English index, and the request language's words too (an English search sees only its own). */
function indexesFor(record: ProductRecord, locale: string | undefined): SearchIndex[] {
  return indexesIn(record, catalogLanguage(locale));
}

function indexesIn(record: ProductRecord, language: CatalogLanguage | undefined): SearchIndex[] {
  const localized = language === undefined ? undefined : record.localizedIndex[language];
  return localized === undefined ? [record.index] : [record.index, localized];
}

/** Per search language, the records with each word in any field of their indexes; made on first use. */
const recordsByWord = new Map<CatalogLanguage | undefined, Map<string, ProductRecord[]>>();

function recordsWithWord(language: CatalogLanguage | undefined, word: string): readonly ProductRecord[] {
  let byWord = recordsByWord.get(language);
  if (byWord === undefined) {
    byWord = new Map();
    for (const record of productRecords()) {
      const words = new Set<string>();
      for (const index of indexesIn(record, language)) for (const field of [index.title, index.brand, index.synonyms, index.features]) for (const w of field) words.add(w);
      for (const w of words) {
        const list = byWord.get(w);
        if (list === undefined) byWord.set(w, [record]);
        else list.push(record);
      }
    }
    recordsByWord.set(language, byWord);
  }
  return byWord.get(word) ?? [];
}

/**
 * The records a search can match: every word must be in one of a record's fields, so only the
 * records holding its rarest word, found by word rather than by reading all the catalog's
 * products on every search. A Japanese word matches inside longer runs (`holds`): all records.
 */
function candidates(terms: readonly Term[], locale: string | undefined): readonly ProductRecord[] {
  if (terms.length === 0 || terms.some((term) => term.japanese)) return productRecords();
  const language = catalogLanguage(locale);
  return terms.map((term) => recordsWithWord(language, term.text)).reduce((fewest, next) => (next.length < fewest.length ? next : fewest));
}

function matchesIdentifiers(record: ProductRecord, ids: ProductIdentifiers | undefined, region: ProductRegion): boolean {
  if (ids === undefined) return true;
  if (ids.upc !== undefined && (record.upc !== ids.upc || !(region === 'US' || region === 'CA'))) return false;
  if (ids.ean !== undefined && record.ean !== ids.ean) return false;
  if (ids.partNumber !== undefined && record.partNumber !== ids.partNumber) return false;
  if (ids.oemPartNumber !== undefined && record.partNumber !== ids.oemPartNumber) return false;
  // The data set has no books and no merchant SKUs: those filters match nothing.
  if (ids.isbn !== undefined || ids.sku !== undefined) return false;
  return true;
}

function refinementsFor(matches: ProductRecord[], ids: EmbeddedRefinementIds): RefinementResult {
  const categories = new Map<string, string>();
  const subCategories = new Map<string, string>();
  for (const r of matches) {
    categories.set(r.category.category.id, r.category.category.displayName);
    subCategories.set(r.category.subCategory.id, r.category.subCategory.displayName);
  }
  const list = (m: Map<string, string>) => [...m].map(([id, displayName]) => ({ id, displayName }));
  return {
    categories: list(categories),
    subCategories: list(subCategories),
    availabilityOptions: [
      { id: ids.inStockOnly, displayName: 'In Stock Only' },
      { id: ids.includeOutOfStock, displayName: 'Include Out of Stock' },
    ],
    deliveryDayOptions: [
      { id: ids.getItToday, displayName: 'Get It Today' },
      { id: ids.getItTomorrow, displayName: 'Get It by Tomorrow' },
    ],
    eligibleForFreeShippingOptions: [{ id: ids.freeShipping, displayName: 'Free Shipping by Amazon Business' }],
    primeEligible: [{ id: ids.primeEligible, displayName: 'Prime Eligible' }],
  };
}

function searchRefinementsFor(matches: ProductRecord[], ids: EmbeddedRefinementIds): SearchRefinementResult[] {
  const brands = [...new Set(matches.map((r) => r.brand))].sort();
  return [
    {
      selectionType: 'MultiSelect',
      displayValue: 'Brand',
      refinementValues: brands.map((b) => ({ displayName: b, searchRefinementValue: `${ids.brandKey}:${b}` })),
    },
    {
      selectionType: 'InsteadSelect',
      displayValue: 'Avg. Customer Review',
      refinementValues: [4, 3].map((stars) => ({ displayName: `${stars} Stars & Up`, searchRefinementValue: `${ids.ratingKey}:${stars}` })),
    },
  ];
}

/** Search refinements: values of one refinement are OR'ed, different refinements AND'ed. */
function matchesRefinements(record: ProductRecord, refinements: string[] | undefined, ids: EmbeddedRefinementIds): boolean {
  if (refinements === undefined || refinements.length === 0) return true;
  const brands: string[] = [];
  let minRating: number | undefined;
  for (const value of refinements) {
    const [kind, ...rest] = value.split(':');
    const arg = rest.join(':');
    if (kind === ids.brandKey) brands.push(arg);
    else if (kind === ids.ratingKey) minRating = Number(arg);
  }
  if (brands.length > 0 && !brands.includes(record.brand)) return false;
  if (minRating !== undefined && Number.isFinite(minRating) && record.rating < minRating) return false;
  return true;
}

export interface EmbeddedCatalogOptions {
  /** Clock for delivery dates. */
  now?: () => number;
  /** Refinement ids offered and understood; DEFAULT_REFINEMENT_IDS unless given. */
  refinementIds?: Partial<EmbeddedRefinementIds>;
}

export class EmbeddedCatalog implements Catalog {
  private readonly now: () => number;
  private readonly byAsin: Map<string, ProductRecord>;
  readonly refinementIds: EmbeddedRefinementIds;

  constructor(options: EmbeddedCatalogOptions = {}) {
    this.now = options.now ?? (() => Date.now());
    this.refinementIds = { ...DEFAULT_REFINEMENT_IDS, ...options.refinementIds };
    this.byAsin = new Map(productRecords().map((r) => [r.asin, r]));
  }

  /** Every ASIN sold in a region: for tests and the emulator. */
  asinsIn(region: ProductRegion): string[] {
    return productRecords()
      .filter((r) => r.regions.includes(region))
      .map((r) => r.asin);
  }

  private find(asin: string, region: ProductRegion): ProductRecord | undefined {
    const record = this.byAsin.get(asin);
    return record?.regions.includes(region) ? record : undefined;
  }

  async searchProducts(request: SearchProductsRequest): Promise<SearchProductsResult> {
    validateMarketplace(request);
    const { pageNumber, pageSize } = validatePaging(request.pageNumber, request.pageSize);
    const region = request.productRegion;
    const other = catalogLanguage(request.locale) !== undefined;
    const terms: Term[] = stems(request.keywords ?? '')
      .filter((t) => !STOP_WORDS.has(t) && !(other && STOP_WORDS_OTHER.has(t)))
      .map((text) => ({ text, japanese: JAPANESE.test(text) }));
    const scored: { record: ProductRecord; score: number }[] = [];
    for (const record of candidates(terms, request.locale)) {
      if (!record.regions.includes(region) || record.searchable === false) continue;
      const score = terms.length === 0 ? 1 : relevance(indexesFor(record, request.locale), terms);
      if (score > 0 && matchesIdentifiers(record, request.identifiers, region)) scored.push({ record, score });
    }
    // Refinements describe what the keywords matched, before the filters narrow it.
    const keywordMatches = scored.map((s) => s.record);
    const ids = this.refinementIds;
    const filtered = scored.filter(({ record }) => {
      if (request.category !== undefined && record.category.category.id !== request.category) return false;
      if (request.subCategory !== undefined && record.category.subCategory.id !== request.subCategory) return false;
      if (request.availability === ids.inStockOnly && !record.inStock) return false;
      if (request.deliveryDay === ids.getItToday && featuredDeliveryDays(record) > 0) return false;
      if (request.deliveryDay === ids.getItTomorrow && featuredDeliveryDays(record) > 1) return false;
      if (request.primeEligible === ids.primeEligible && !record.prime) return false;
      if (request.eligibleForFreeShipping === ids.freeShipping) {
        const featured = renderOffers(record, region, 1, this.now(), request.locale)[0];
        if (featured === undefined || featured.shippingOptions.some((o) => o.shippingCost.value.amount > 0)) return false;
      }
      return matchesRefinements(record, request.searchRefinements, ids);
    });
    // Most relevant first; among equals, the most reviewed (what customers buy most).
    filtered.sort((a, b) => b.score - a.score || b.record.ratings - a.record.ratings || a.record.asin.localeCompare(b.record.asin));
    const numberOfPages = Math.min(Math.ceil(filtered.length / pageSize), CatalogLimits.maxPages);
    checkPageExists(pageNumber, numberOfPages);
    const now = this.now();
    return {
      matchingProductCount: filtered.length,
      searchRefinements: searchRefinementsFor(keywordMatches, ids),
      refinements: refinementsFor(keywordMatches, ids),
      numberOfPages,
      products: filtered.slice(pageNumber * pageSize, (pageNumber + 1) * pageSize).map(({ record }) => renderProduct(record, region, 1, now, request.locale)),
    };
  }

  async getProduct(request: GetProductRequest): Promise<ProductsResult> {
    validateMarketplace(request);
    validateAsin(request.asin);
    const quantity = validateQuantity(request.quantity);
    const record = this.find(request.asin, request.productRegion);
    if (record === undefined)
      throw new CatalogError(CatalogErrorCodes.ProductNotFound, `No product ${request.asin} in ${request.productRegion}`, { status: 404, apiCode: 'PRODUCT_NOT_FOUND' });
    return renderProduct(record, request.productRegion, quantity, this.now(), request.locale);
  }

  async searchOffers(request: SearchOffersRequest): Promise<OffersResult> {
    validateMarketplace(request);
    validateAsin(request.asin);
    const quantity = validateQuantity(request.quantity);
    const { pageNumber, pageSize } = validatePaging(request.pageNumber, request.pageSize);
    const record = this.find(request.asin, request.productRegion);
    if (record === undefined)
      throw new CatalogError(CatalogErrorCodes.ProductNotFound, `No product ${request.asin} in ${request.productRegion}`, { status: 404, apiCode: 'PRODUCT_NOT_FOUND' });
    const all = renderOffers(record, request.productRegion, quantity, this.now(), request.locale);
    const filters = request.filterIds ?? [];
    const offers = all.filter((offer) => filters.every((id) => offerMatches(offer, id)));
    const numberOfPages = Math.min(Math.ceil(offers.length / pageSize), CatalogLimits.maxPages);
    checkPageExists(pageNumber, numberOfPages);
    const [featured] = all;
    return {
      offerCount: offers.length,
      numberOfPages,
      ...(featured === undefined ? {} : { featuredOffer: featured }),
      offers: offers.slice(pageNumber * pageSize, (pageNumber + 1) * pageSize),
      filterGroups: OFFER_FILTER_GROUPS,
    };
  }

  async getProductsByAsins(request: GetProductsByAsinsRequest): Promise<ProductsByAsinsResponse> {
    validateMarketplace(request);
    const quantity = validateQuantity(request.quantity);
    const now = this.now();
    const products: ProductsResult[] = [];
    const notFoundAsins: string[] = [];
    for (const asin of request.asins) {
      const record = this.find(asin, request.productRegion);
      if (record === undefined) notFoundAsins.push(asin);
      else products.push(renderProduct(record, request.productRegion, quantity, now, request.locale));
    }
    return { matchingProductCount: products.length, products, notFoundAsins };
  }
}

const OFFER_FILTER_GROUPS: OfferFilterGroup[] = [
  {
    displayName: 'Condition',
    filters: [
      { id: OfferFilterIds.New, displayName: 'New' },
      { id: OfferFilterIds.Used, displayName: 'Used' },
      { id: OfferFilterIds.Refurbished, displayName: 'Refurbished' },
    ],
  },
  {
    displayName: 'Delivery',
    filters: [
      { id: OfferFilterIds.Prime, displayName: 'Prime' },
      { id: OfferFilterIds.FreeShipping, displayName: 'Free shipping' },
    ],
  },
];

function offerMatches(offer: Offer, filterId: string): boolean {
  switch (filterId) {
    case OfferFilterIds.New:
    case OfferFilterIds.Used:
    case OfferFilterIds.Refurbished:
      return offer.productCondition === filterId;
    case OfferFilterIds.Prime:
      return offer.badges.some((b) => b.fragment.type === 'PRIME_BADGE');
    case OfferFilterIds.FreeShipping:
      return offer.shippingOptions.every((o) => o.shippingCost.value.amount === 0);
    default:
      // Unknown filter ids match nothing rather than everything.
      return false;
  }
}
