/**
 * Turns the seed table into the embedded data set: one record per product, generated
 * deterministically (same ASINs, ratings and offers on every run), and renders a record in
 * the exact shape of the Product Search API's results for a region and quantity.
 */
import { currencyOf } from '../regions';
import type { Badge, BuyingGuidance, Fragment, Money, Offer, Price, ProductCondition, ProductRegion, ProductsResult, ProductVariations, QuantityPriceTier } from '../types';
import { MERCHANTS, SEED, type SeedCategory, type SeedTemplate } from './seed';
import { type CatalogLanguage, catalogLanguage, LANGUAGES, localizedVariation } from './localized';
import { Lru } from '../../util/lru';
import { mulberry32 } from '../../util/prng';

export interface SeedOffer {
  merchant: number;
  condition: ProductCondition;
  /** Multiplier on the product's base price. */
  factor: number;
  amazonFulfilled: boolean;
  /** Days until delivery: 0 today, 1 tomorrow. */
  deliveryDays: number;
  tiers: boolean;
}

export interface ProductRecord {
  asin: string;
  category: SeedCategory;
  brand: string;
  title: string;
  features: string[];
  usd: number;
  rating: number;
  ratings: number;
  regions: readonly ProductRegion[];
  guidance: BuyingGuidance;
  restricted: boolean;
  inStock: boolean;
  prime: boolean;
  offers: SeedOffer[];
  upc: string;
  ean: string;
  partNumber: string;
  /** Variation siblings (including this product), with the dimension. */
  variation?: { dimension: string; values: string[]; asins: string[]; index: number };
  /** Position in the seed: the localized name and features are found by it. */
  template: number;
  /** Which of the category's shared feature lines the product carries. */
  commonLine: number;
  /** The variation value in the title (", AA"), if any. */
  variantValue?: string;
  /** A `moreVariants` sibling's own name (the listed product's name with its value). */
  ownName?: string;
  /**
   * False for a `moreVariants` sibling: a search lists the family once, by the product it
   * already listed (as Amazon's search shows one child of a variation family); the sibling is
   * found by its ASIN (getProduct, getProductsByAsins), from the family's `productVariations`.
   */
  searchable?: false;
  /** Search index: lower-case stems per field. */
  index: SearchIndex;
  /** More words per language: a search in that language also matches these (its own titles, features and words). */
  localizedIndex: Partial<Record<CatalogLanguage, SearchIndex>>;
}

export interface SearchIndex {
  title: Set<string>;
  brand: Set<string>;
  synonyms: Set<string>;
  features: Set<string>;
}

const ASIN_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** ASINs: 10 characters, upper-case letters and digits (lambda/util/asin.ts); B0 like real ones. */
function asinFor(n: number): string {
  const random = mulberry32(n * 7919 + 17);
  let out = 'B0';
  for (let i = 0; i < 8; i++) out += ASIN_ALPHABET[Math.floor(random() * ASIN_ALPHABET.length)] ?? '0';
  return out;
}

function digits(random: () => number, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(Math.floor(random() * 10));
  return out;
}

/**
 * Lower-case word stems: "Batteries" and "battery" meet at "battery", "Kopfhörer" and
 * "kopfhorer", "café" and "cafe" (Latin accents dropped; Japanese kana keep their marks).
 * Japanese has no spaces: a run of Japanese text is one word, matched by containment.
 */
export function stems(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map(stem);
}

/** Kana or kanji: a word that is matched by containment, not whole. */
export const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

function stem(word: string): string {
  if (JAPANESE.test(word)) return word;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

// Regions: most products everywhere; some only in North America or only in Europe, so a
// customer in one region is never offered what their marketplace does not sell.
const EVERYWHERE: readonly ProductRegion[] = ['US', 'CA', 'UK', 'DE', 'FR', 'IT', 'ES', 'JP'];
const NORTH_AMERICA: readonly ProductRegion[] = ['US', 'CA'];
const EUROPE: readonly ProductRegion[] = ['UK', 'DE', 'FR', 'IT', 'ES'];

/** Products of `moreVariants` are numbered from here, after every product of the seed's own templates. */
const MORE_VARIANTS_FROM = 10_000;

function buildRecords(): ProductRecord[] {
  const records: ProductRecord[] = [];
  const later: { first: ProductRecord; category: SeedCategory; c: number; template: SeedTemplate; t: number; brand: string }[] = [];
  let n = 0;
  SEED.forEach((category, c) => {
    category.templates.forEach((template, t) => {
      const brands = [category.brands[t % category.brands.length], category.brands[(t + 3) % category.brands.length]];
      for (const brand of brands) {
        if (brand === undefined) continue;
        const values = template.variants?.[1] ?? [undefined];
        const siblings: ProductRecord[] = [];
        values.forEach((value) => {
          n += 1;
          const record = makeRecord(category, c, template, t, brand, n, value);
          siblings.push(record);
          records.push(record);
        });
        if (template.variants !== undefined && siblings.length > 1) {
          const [dimension, dimensionValues] = template.variants;
          const asins = siblings.map((s) => s.asin);
          siblings.forEach((s, index) => {
            s.variation = { dimension, values: dimensionValues, asins, index };
          });
        }
        const [first] = siblings;
        if (template.moreVariants !== undefined && first !== undefined) later.push({ first, category, c, template, t, brand });
      }
    });
  });
  let extra = MORE_VARIANTS_FROM;
  for (const { first, category, c, template, t, brand } of later) {
    const [dimension, values] = template.moreVariants ?? ['', []];
    const siblings = [first];
    for (const [value, factor] of values.slice(1)) {
      extra += 1;
      const record = makeRecord(category, c, template, t, brand, extra, value, factor);
      record.regions = first.regions;
      record.searchable = false;
      siblings.push(record);
      records.push(record);
    }
    const asins = siblings.map((s) => s.asin);
    const names = values.map(([value]) => value);
    siblings.forEach((s, index) => {
      s.variation = { dimension, values: names, asins, index };
    });
  }
  return records;
}

/**
 * One product of a template for a brand. `value`: its variation value, in its title; `factor`:
 * a `moreVariants` sibling's price against the listed product's, whose value its name holds.
 */
function makeRecord(category: SeedCategory, c: number, template: SeedTemplate, t: number, brand: string, n: number, value: string | undefined, factor?: number): ProductRecord {
  const random = mulberry32(n * 104729 + c);
  const asin = asinFor(n);
  const listedValue = template.moreVariants?.[1][0]?.[0];
  // A sibling of a listed product: its value in place of the listed one's ("24 Pack" for "8 Pack"), else after the name.
  const named =
    factor !== undefined && listedValue !== undefined && value !== undefined && template.name.includes(listedValue) ? template.name.replace(listedValue, value) : undefined;
  const title = named === undefined ? `${brand} ${template.name}${value === undefined ? '' : `, ${value}`}` : `${brand} ${named}`;
  const commonIndex = n % category.common.length;
  const common = category.common[commonIndex] ?? '';
  const features = [...template.features, common];
  const localizedIndex: Partial<Record<CatalogLanguage, SearchIndex>> = {};
  for (const [language, data] of Object.entries(LANGUAGES) as [CatalogLanguage, (typeof LANGUAGES)[CatalogLanguage]][]) {
    const named = data.templates[category.key]?.[t];
    const localizedFeatures = named === undefined ? [] : [...named.features, data.common[category.key]?.[commonIndex] ?? ''];
    localizedIndex[language] = {
      title: new Set(named === undefined ? [] : stems(named.name)),
      brand: new Set(),
      synonyms: new Set((data.synonyms[category.key] ?? []).flatMap(stems)),
      features: new Set(localizedFeatures.flatMap(stems)),
    };
  }
  const guidance: BuyingGuidance = n % 23 === 5 ? 'BLOCKED' : n % 9 === 2 ? 'PREFERRED' : n % 31 === 11 ? 'NEGOTIATED' : 'NONE';
  const restricted = guidance !== 'BLOCKED' && n % 19 === 7;
  const offerCount = 1 + Math.floor(random() * 4);
  const offers: SeedOffer[] = [];
  for (let o = 0; o < offerCount; o++) {
    const condition: ProductCondition = o === 0 ? 'NEW' : o === 3 ? 'USED' : o === 2 && category.key === 'headphones' ? 'REFURBISHED' : 'NEW';
    offers.push({
      merchant: o === 0 ? 0 : 1 + ((n + o) % (MERCHANTS.length - 1)),
      condition,
      factor: o === 0 ? 1 : condition === 'NEW' ? 1.02 + random() * 0.15 : 0.7 + random() * 0.15,
      amazonFulfilled: o === 0 || random() < 0.4,
      deliveryDays: o === 0 ? (n % 6 === 0 ? 0 : n % 3 === 0 ? 1 : 2 + (n % 3)) : 2 + Math.floor(random() * 5),
      tiers: template.bulk === true && (o === 0 || random() < 0.5),
    });
  }
  const record: ProductRecord = {
    asin,
    category,
    brand,
    title,
    features,
    usd: Math.round(template.usd * (factor ?? 1) * (0.92 + random() * 0.16) * 100) / 100,
    rating: Math.round((3.4 + random() * 1.5) * 10) / 10,
    ratings: Math.floor(12 + random() ** 2 * 60000),
    regions: n % 7 === 3 ? NORTH_AMERICA : n % 11 === 4 ? EUROPE : EVERYWHERE,
    guidance,
    restricted,
    inStock: n % 29 !== 13,
    prime: n % 4 !== 3,
    offers,
    upc: `0${digits(random, 11)}`,
    ean: `40${digits(random, 11)}`,
    partNumber: `${brand
      .replace(/[^A-Za-z]/g, '')
      .slice(0, 3)
      .toUpperCase()}-${1000 + n}`,
    template: t,
    commonLine: commonIndex,
    ...(value === undefined || named !== undefined ? {} : { variantValue: value }),
    ...(named === undefined ? {} : { ownName: named }),
    localizedIndex,
    index: {
      title: new Set(stems(title)),
      brand: new Set(stems(brand)),
      synonyms: new Set([...category.synonyms.flatMap(stems), ...stems(category.key), ...stems(category.subCategory.displayName)]),
      features: new Set(features.flatMap(stems)),
    },
  };
  return record;
}

let cache: ProductRecord[] | undefined;

/** The data set, built on first use (a `CATALOG=amazon-business` container never builds it). */
export function productRecords(): ProductRecord[] {
  cache ??= buildRecords();
  return cache;
}

// ---------------------------------------------------------------------------------------
// Rendering in the reference's shapes

const FORMAT_LOCALE: Record<string, string> = { USD: 'en-US', GBP: 'en-GB', EUR: 'de-DE', CAD: 'en-CA', JPY: 'ja-JP' };
const RATE_FROM_USD: Record<string, number> = { USD: 1, GBP: 0.79, EUR: 0.92, CAD: 1.36, JPY: 150 };
const DOMAIN: Record<ProductRegion, string> = {
  US: 'amazon.com',
  CA: 'amazon.ca',
  UK: 'amazon.co.uk',
  DE: 'amazon.de',
  FR: 'amazon.fr',
  IT: 'amazon.it',
  ES: 'amazon.es',
  JP: 'amazon.co.jp',
};

function money(usd: number, currency: string): Money {
  const rate = RATE_FROM_USD[currency] ?? 1;
  if (currency === 'JPY') return { amount: Math.round((usd * rate) / 10) * 10, currencyCode: currency };
  // Prices end in .99/.49 the way shelf prices do after conversion.
  const converted = usd * rate;
  const amount = currency === 'USD' ? Math.round(usd * 100) / 100 : Math.max(0.49, Math.floor(converted) + (converted % 1 < 0.5 ? 0.49 : 0.99));
  return { amount: Math.round(amount * 100) / 100, currencyCode: currency };
}

// Building an Intl.NumberFormat costs far more than formatting with one: a search renders
// dozens of prices, so each currency's formatter is made once per container.
const FORMATTERS = new Map<string, Intl.NumberFormat>();

function formatted(value: Money): string {
  let formatter = FORMATTERS.get(value.currencyCode);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(FORMAT_LOCALE[value.currencyCode] ?? 'en-US', { style: 'currency', currency: value.currencyCode });
    FORMATTERS.set(value.currencyCode, formatter);
  }
  return formatter.format(value.amount);
}

function price(value: Money, priceType: string): Price {
  return { value, formattedPrice: formatted(value), priceType };
}

function scale(value: Money, factor: number): Money {
  const decimals = value.currencyCode === 'JPY' ? 0 : 2;
  const f = 10 ** decimals;
  return { amount: Math.round(value.amount * factor * f) / f, currencyCode: value.currencyCode };
}

const DAY_MS = 86_400_000;

function deliveryText(days: number, free: boolean, shipping: Money, language: CatalogLanguage | undefined): string {
  if (language !== undefined) {
    const words = LANGUAGES[language].delivery;
    const when = days === 0 ? words.today : days === 1 ? words.tomorrow : words.days.replace('{min}', String(days)).replace('{max}', String(days + 2));
    return (free ? words.free : words.paid).replace('{when}', when).replace('{cost}', formatted(shipping));
  }
  const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} to ${days + 2} days`;
  return free ? `FREE delivery ${when}` : `Delivery ${when} for ${formatted(shipping)}`;
}

/** The title and features in the request's language when the data set has them, else as written (English). */
export function localizedListing(record: ProductRecord, locale: string | undefined): { title: string; features: string[] } {
  const language = catalogLanguage(locale);
  const data = language === undefined ? undefined : LANGUAGES[language];
  const named = data?.templates[record.category.key]?.[record.template];
  if (data === undefined || named === undefined || language === undefined) return { title: record.title, features: record.features };
  const common = data.common[record.category.key]?.[record.commonLine];
  const value = record.variation === undefined || record.variation.index === 0 ? undefined : record.variation.values[record.variation.index];
  const listedValue = record.variation?.values[0];
  let name = named.name;
  if (record.ownName !== undefined && value !== undefined && listedValue !== undefined) {
    // A sibling of a listed product: its value in place of the listed one's, as the English title has it.
    const listed = localizedVariation(listedValue, language);
    name = name.includes(listed) ? name.replace(listed, localizedVariation(value, language)) : `${name}, ${localizedVariation(value, language)}`;
  }
  return {
    title: `${record.brand} ${name}${record.variantValue === undefined ? '' : `, ${localizedVariation(record.variantValue, language)}`}`,
    features: common === undefined ? [...named.features] : [...named.features, common],
  };
}

/** Quantity tiers: 5% off from 10 units, 10% off from 25 units. */
const TIERS: readonly { min: number; display: string; factor: number }[] = [
  { min: 10, display: '10-24', factor: 0.95 },
  { min: 25, display: '25+', factor: 0.9 },
];

function guidanceFragment(guidance: BuyingGuidance): Fragment {
  switch (guidance) {
    case 'BLOCKED':
      return { type: 'BLOCKED', title: 'Blocked', message: 'Your organization blocks purchases of this product.' };
    case 'PREFERRED':
      return { type: 'PREFERRED', title: 'Preferred', message: 'Your organization prefers this product.' };
    case 'NEGOTIATED':
      return { type: 'NEGOTIATED', title: 'Negotiated price' };
    case 'RESTRICTED':
      return { type: 'RESTRICTED', title: 'Restricted', message: 'Approval is required before buying.' };
    default:
      return { type: 'NONE', title: 'NONE' };
  }
}

/**
 * An offer as rendered for a quantity, without its delivery dates (the one part that moves
 * with the clock). `quantity` matters only through the price tier it reaches (`tierOf`).
 */
function undatedOffer(record: ProductRecord, index: number, region: ProductRegion, quantity: number, locale: string | undefined): Offer | undefined {
  const seed = record.offers[index];
  if (seed === undefined) return undefined;
  const currency = currencyOf(region);
  const merchant = MERCHANTS[seed.merchant] ?? MERCHANTS[0];
  const base = scale(money(record.usd, currency), seed.factor);
  const tiers: QuantityPriceTier[] = seed.tiers ? TIERS.map((tier) => ({ quantityDisplay: tier.display, unitPrice: scale(base, tier.factor), minQuantity: tier.min })) : [];
  // The price a customer pays for `quantity` units: the tier the quantity reaches.
  const reached = [...TIERS].reverse().find((tier) => seed.tiers && quantity >= tier.min);
  const unit = reached === undefined ? base : scale(base, reached.factor);
  const threshold = money(25, currency);
  const free = record.prime && seed.amazonFulfilled ? true : unit.amount >= threshold.amount;
  const shipping = free ? { amount: 0, currencyCode: currency } : money(5.99, currency);
  const merchantName = seed.merchant === 0 ? `${merchant?.name ?? 'Amazon'}.${DOMAIN[region].slice('amazon.'.length)}` : (merchant?.name ?? 'Unknown');
  const guidance: BuyingGuidance = record.restricted && index === 0 ? 'RESTRICTED' : record.guidance;
  const delivery = deliveryText(seed.deliveryDays, free, shipping, catalogLanguage(locale));
  const badges: Badge[] = [];
  if (record.prime && seed.amazonFulfilled) badges.push({ name: 'PRIME_BADGE', fragment: { type: 'PRIME_BADGE', title: 'Prime' } });
  if (seed.merchant === 0) badges.push({ name: 'BUSINESS_INVOICE_BADGE', fragment: { type: 'BUSINESS_INVOICE_BADGE', title: 'Invoice by <i>Amazon</i>' } });
  const taxRate = region === 'US' || region === 'CA' ? 1 : 1 / 1.2;
  return {
    availability: record.inStock ? 'In Stock' : 'Currently unavailable',
    buyingGuidance: guidance,
    buyingGuidanceV2: { buyingGuidance: [guidanceFragment(guidance)] },
    buyingRestrictions: record.restricted ? [{ title: 'This product is for professional use only.', type: 'PROFESSIONAL_USE' }] : [],
    fulfillmentType: seed.amazonFulfilled ? 'AMAZON_FULFILLMENT' : 'MERCHANT_FULFILLMENT',
    merchant: {
      merchantId: `A${(seed.merchant * 7919 + 1000003).toString(36).toUpperCase()}`,
      name: merchantName,
      meanFeedbackRating: Math.round((4 + ((seed.merchant * 37) % 10) / 10) * 10) / 10,
      totalFeedbackCount: 1200 + seed.merchant * 3571,
      certificates: merchant?.certificates ?? [],
    },
    offerId: Buffer.from(`${record.asin}|${index}|${region}`).toString('base64url'),
    price: price(unit, 'BUSINESS_PRICE'),
    // The dates are filled in per call (`renderOffer`); the rest of the option is the same every time.
    shippingOptions: [{ shippingCost: { value: shipping }, deliveryRange: NO_DATES, deliveryInformation: delivery, thresholdCost: { value: threshold } }],
    listPrice: price(scale(base, 1.15), 'LIST_PRICE'),
    productCondition: seed.condition,
    productConditionNote: seed.condition === 'NEW' ? '' : 'Inspected and in good working order.',
    condition: {
      conditionValue: seed.condition,
      conditionNote: seed.condition === 'NEW' ? '' : 'Inspected and in good working order.',
      subCondition: seed.condition === 'NEW' ? 'NEW' : seed.condition === 'USED' ? 'GOOD' : 'REFURBISHED',
    },
    quantityLimits: { minQuantity: 1, maxQuantity: seed.tiers ? 999 : 30 },
    ...(tiers.length > 0 ? { quantityPrice: { quantityPriceTiers: tiers } } : {}),
    taxExclusivePrice: {
      taxExclusiveAmount: scale(unit, taxRate),
      displayString: taxRate === 1 ? 'Tax calculated at checkout' : 'Excl. VAT',
      formattedPrice: formatted(scale(unit, taxRate)),
      label: taxRate === 1 ? 'Pre-tax' : 'Excl. VAT',
    },
    deliveryInformation: delivery,
    badges,
  };
}

// ---------------------------------------------------------------------------------------
// Rendered once per process: a product's rendering depends on its record, the region, the
// locale and the price tier a quantity reaches, never on the request, except for the delivery
// dates (now + days). Rendering a search's page of products anew on every turn allocated
// about half of a warm Search turn's bytes (bench/allocation.ts), and the collections that
// allocation brings are the Search turn's tail. So the rest is built once, deep-frozen (a
// caller that mutated it would throw rather than change the next customer's answer) and
// shared; each call copies the few objects that carry the dates.

const NO_DATES: { min: string; max: string } = Object.freeze({ min: '', max: '' });

/** Rendered products and offers kept: every product of the data set in a few regions and locales. */
const RENDERED_ENTRIES = 2_000;
const undatedProducts = new Lru<ProductsResult>(RENDERED_ENTRIES);
const undatedOffers = new Lru<Offer | null>(RENDERED_ENTRIES);

/** The smallest quantity of the price tier `quantity` reaches: what a rendering depends on. */
function tierOf(quantity: number): number {
  let reached = 1;
  for (const tier of TIERS) if (quantity >= tier.min) reached = tier.min;
  return reached;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function renderingKey(record: ProductRecord, region: ProductRegion, quantity: number, locale: string | undefined, index = 0): string {
  return `${record.asin}|${index}|${region}|${tierOf(quantity)}|${locale ?? ''}`;
}

function sharedOffer(record: ProductRecord, index: number, region: ProductRegion, quantity: number, locale: string | undefined): Offer | undefined {
  const key = renderingKey(record, region, quantity, locale, index);
  let offer = undatedOffers.get(key);
  if (offer === undefined) {
    offer = deepFreeze(undatedOffer(record, index, region, tierOf(quantity), locale)) ?? null;
    undatedOffers.set(key, offer);
  }
  return offer ?? undefined;
}

/** A shared offer with its delivery dates from `now`: new objects only on the path to the dates. */
function dated(offer: Offer, record: ProductRecord, index: number, now: number): Offer {
  const days = record.offers[index]?.deliveryDays ?? 0;
  return {
    ...offer,
    shippingOptions: offer.shippingOptions.map((option) => ({
      ...option,
      deliveryRange: { min: new Date(now + days * DAY_MS).toISOString(), max: new Date(now + (days + 2) * DAY_MS).toISOString() },
    })),
  };
}

export function renderOffer(record: ProductRecord, index: number, region: ProductRegion, quantity: number, now: number, locale?: string): Offer | undefined {
  const offer = sharedOffer(record, index, region, quantity, locale);
  return offer === undefined ? undefined : dated(offer, record, index, now);
}

/** A product in the reference's shape for a region, quantity and locale, its featured offer dated from `now`. */
export function renderProduct(record: ProductRecord, region: ProductRegion, quantity: number, now: number, locale?: string): ProductsResult {
  const key = renderingKey(record, region, quantity, locale);
  let product = undatedProducts.get(key);
  if (product === undefined) {
    product = deepFreeze(undatedProduct(record, region, tierOf(quantity), locale));
    undatedProducts.set(key, product);
  }
  const featured = product.includedDataTypes['OFFERS']?.[0] as Offer | undefined;
  return { ...product, includedDataTypes: { ...product.includedDataTypes, OFFERS: featured === undefined ? [] : [dated(featured, record, 0, now)] } };
}

/** Offers for a region, the featured one (Amazon's, index 0) first. */
export function renderOffers(record: ProductRecord, region: ProductRegion, quantity: number, now: number, locale?: string): Offer[] {
  const offers: Offer[] = [];
  record.offers.forEach((_seed, i) => {
    const offer = renderOffer(record, i, region, quantity, now, locale);
    if (offer !== undefined) offers.push(offer);
  });
  return offers;
}

/** The variations in the request's language: a German customer hears "Farbe" and "Schwarz". */
function variationsOf(record: ProductRecord, locale: string | undefined): ProductVariations {
  if (record.variation === undefined) return { dimensions: [], variations: [] };
  const { dimension, values, asins } = record.variation;
  const language = catalogLanguage(locale);
  return {
    dimensions: [
      {
        index: 0,
        displayString: localizedVariation(dimension, language),
        dimensionValues: values.map((value, index) => ({ index, displayString: localizedVariation(value, language) })),
      },
    ],
    variations: asins.map((asin, value) => ({ asin, variationValues: [{ index: 0, value }] })),
  };
}

/** A product as rendered, its featured offer without delivery dates (`undatedOffer`). */
function undatedProduct(record: ProductRecord, region: ProductRegion, quantity: number, locale: string | undefined): ProductsResult {
  const featured = undatedOffer(record, 0, region, quantity, locale);
  const { title, features } = localizedListing(record, locale);
  const badges: Badge[] = record.ratings > 30000 ? [{ name: 'BESTSELLER_BADGE', fragment: { type: 'BESTSELLER_BADGE', title: 'Best Seller' } }] : [];
  return {
    asin: record.asin,
    asinType: record.variation === undefined ? 'STANDARD' : 'VARIATION_CHILD',
    signedProductId: Buffer.from(`${record.asin}:${region}`).toString('base64url'),
    includedDataTypes: {
      OFFERS: featured === undefined ? [] : [featured],
      IMAGES: [{ url: `https://m.media-amazon.com/images/I/${record.asin}.jpg`, height: 500, width: 500 }],
    },
    features,
    taxonomies: [{ taxonomyCode: record.category.unspsc[0], title: record.category.unspsc[1], type: 'UNSPSC' }],
    title,
    url: `https://www.${DOMAIN[region]}/dp/${record.asin}`,
    format: record.category.subCategory.displayName,
    bookInformation: {},
    byLine: [{ name: record.brand, roles: ['Brand'] }],
    mediaInformation: {},
    productOverview: { Brand: record.brand, Category: record.category.category.displayName },
    productDetails: { 'Technical Details': { Manufacturer: record.brand, 'Part Number': record.partNumber } },
    customerReviewsSummary: { numberOfRatings: record.ratings, starRating: record.rating },
    productVariations: variationsOf(record, locale),
    productDescription: `${title}. ${features.join('. ')}.`,
    upcValues: region === 'US' || region === 'CA' ? [record.upc] : [],
    eanValues: [record.ean],
    badges,
  };
}

/** Delivery days of the featured offer: what the deliveryDay refinement filters on. */
export function featuredDeliveryDays(record: ProductRecord): number {
  return record.offers[0]?.deliveryDays ?? 99;
}
