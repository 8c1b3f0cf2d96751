/**
 * Pure one-sentence answers to quick questions about one product: price, rating, seller and
 * delivery, pack size, Prime, bulk price. Catalog text is untrusted: it goes in as
 * parameters, which the translator escapes.
 */
import { type PluralKey, ssml, type Translator } from '../i18n';
import { brandOf, conditionOf, featuresSummary, ratingsCount, tiersText } from './details';
import { featuredOfferOf } from './listing';
import { shortTitle } from './speech';
import { spokenList, spokenPrice, spokenRating } from '../i18n/spoken';
import type { Offer, ProductsResult } from '../catalog/types';
import { stripMarkup } from '../util/ssml';

export type QuestionKind = 'price' | 'rating' | 'seller' | 'pack' | 'prime' | 'bulk' | 'stock' | 'variations' | 'brand' | 'features' | 'savings' | 'condition' | 'policy';

/** The Product Search API's offer `availability` for an offer that can be ordered now. */
const IN_STOCK = 'in stock';

// "24 Count", "8 Pack", "72 ct": units per pack. "500 Sheets", "12 oz": what one pack holds.
const COUNT = /\b(\d{1,5}(?:,\d{3})?)[ -]?(?:count|ct|pack|pk|pieces?|pcs)\b/i;
const ITEMS = /\b(\d{1,5}(?:,\d{3})?)\s?(sheets|reams?|pods|bags|bottles|cans|rolls|capsules|tablets)\b/i;
const MEASURE = /\b(\d{1,5}(?:\.\d+)?)\s?(fl oz|oz|lb|kg|g|ml|l)\b/i;
/** Product-detail keys that carry a count (Product Search "productDetails" / "productOverview"). */
const DETAIL_KEYS = /^(?:number of items|unit count|item package quantity|package quantity|number of pieces)$/i;

/** Measures as the locale says them (its numbers.ts): "12 ounces", "340 Gramm". */
const UNIT_KEYS: Readonly<Record<string, PluralKey>> = {
  oz: 'UNIT_OUNCES',
  'fl oz': 'UNIT_FLUID_OUNCES',
  lb: 'UNIT_POUNDS',
  kg: 'UNIT_KILOGRAMS',
  g: 'UNIT_GRAMS',
  ml: 'UNIT_MILLILITRES',
  l: 'UNIT_LITRES',
};

/** "a pack of 24", "500 sheets", "12 ounces", or undefined when neither the title nor the details say. */
export function packSizeOf(t: Translator, product: ProductsResult): string | undefined {
  const title = String(product.title ?? '');
  const count = COUNT.exec(title);
  if (count?.[1] !== undefined) return t('PACK_OF', { count: count[1].replace(/,/g, '') });
  const details: Record<string, string> = { ...(product.productOverview ?? {}) };
  for (const group of Object.values(product.productDetails ?? {})) Object.assign(details, group);
  for (const [key, value] of Object.entries(details)) {
    const n = /\d+/.exec(String(value))?.[0];
    if (DETAIL_KEYS.test(key.trim()) && n !== undefined && Number(n) > 1) return t('PACK_OF', { count: n });
  }
  // Items ("500 Sheets") say more about a pack than a weight ("24 lb" paper is its grade).
  for (const pattern of [ITEMS, MEASURE]) {
    const contents = pattern.exec(title);
    if (contents?.[1] !== undefined && contents[2] !== undefined) {
      const unit = contents[2].toLowerCase();
      const amount = contents[1].replace(/,/g, '');
      const key = Object.hasOwn(UNIT_KEYS, unit) ? UNIT_KEYS[unit] : undefined;
      return key === undefined ? `${amount} ${unit}` : t.plural(key, Number(amount), { n: amount });
    }
  }
  return undefined;
}

export function isPrime(product: ProductsResult, offer: Offer | undefined): boolean {
  const badges = [...(offer?.badges ?? []), ...(product.badges ?? [])];
  return badges.some((b) => b?.fragment?.type === 'PRIME_BADGE' || b?.name === 'PRIME_BADGE');
}

export function deliverySentence(offer: Offer): string {
  const text = stripMarkup(String(offer.deliveryInformation ?? offer.shippingOptions?.[0]?.deliveryInformation ?? ''));
  if (text === '') return '';
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** The answer to one quick question. */
/** @param listedTitle the title as the list said it (disambiguated), when the product was listed. */
export function answerQuestion(t: Translator, kind: QuestionKind, product: ProductsResult, listedTitle?: string): string {
  const title = listedTitle ?? shortTitle(String(product.title ?? product.asin));
  const offer = featuredOfferOf(product);
  const price = offer?.price?.value;
  switch (kind) {
    case 'price':
      return price === undefined ? t('QUESTION_PRICE_NONE', { title }) : t('QUESTION_PRICE', { title, price: spokenPrice(t, price.amount, price.currencyCode) });
    case 'rating': {
      const summary = product.customerReviewsSummary;
      const ratings = ratingsCount(t, summary?.numberOfRatings);
      return t('QUESTION_RATING', { title, rating: ssml(spokenRating(t, summary?.starRating)), ratings: ssml(ratings) });
    }
    case 'seller':
      return offer === undefined
        ? t('QUESTION_SELLER_NONE', { title })
        : t('QUESTION_SELLER', { title, merchant: offer.merchant?.name ?? '', delivery: deliverySentence(offer) }).trim();
    case 'pack': {
      const pack = packSizeOf(t, product);
      return pack === undefined ? t('QUESTION_PACK_UNKNOWN', { title }) : t('QUESTION_PACK', { title, pack });
    }
    case 'prime':
      return isPrime(product, offer) ? t('QUESTION_PRIME_YES', { title }) : t('QUESTION_PRIME_NO', { title });
    case 'bulk': {
      const tiers = offer?.quantityPrice?.quantityPriceTiers ?? [];
      if (tiers.length === 0) {
        return price === undefined ? t('QUESTION_PRICE_NONE', { title }) : t('QUESTION_BULK_NONE', { title, price: spokenPrice(t, price.amount, price.currencyCode) });
      }
      return t('QUESTION_BULK', { tiers: ssml(tiersText(t, offer, tiers.length)) });
    }
    case 'stock': {
      if (offer === undefined) return t('QUESTION_SELLER_NONE', { title });
      const availability = stripMarkup(String(offer.availability ?? '')).trim();
      if (availability.toLowerCase() === IN_STOCK) return t('QUESTION_STOCK_YES', { title });
      return availability === '' ? t('QUESTION_STOCK_UNKNOWN', { title }) : t('QUESTION_STOCK_OTHER', { title, availability });
    }
    case 'variations': {
      const dimensions = product.productVariations?.dimensions ?? [];
      const said = dimensions
        .map((d) => ({ name: String(d.displayString ?? '').toLowerCase(), values: (d.dimensionValues ?? []).map((v) => String(v.displayString ?? '')).filter((v) => v !== '') }))
        .filter((d) => d.name !== '' && d.values.length > 1);
      if (said.length === 0) return t('QUESTION_VARIATIONS_NONE', { title });
      const options = said.map((d) => t('QUESTION_VARIATION_DIMENSION', { dimension: d.name, values: ssml(spokenList(t, d.values)) }));
      return t('QUESTION_VARIATIONS', { title, options: ssml(spokenList(t, options)), example: said[0]?.values[1] ?? '' });
    }
    case 'brand': {
      const brand = brandOf(product);
      return brand === undefined ? t('QUESTION_BRAND_UNKNOWN', { title }) : t('QUESTION_BRAND', { title, brand });
    }
    case 'features': {
      const features = featuresSummary(product);
      return features === '' ? t('QUESTION_FEATURES_NONE', { title }) : t('QUESTION_FEATURES', { title, features });
    }
    case 'savings': {
      const list = offer?.listPrice?.value;
      if (price === undefined) return t('QUESTION_PRICE_NONE', { title });
      const now = spokenPrice(t, price.amount, price.currencyCode);
      if (list === undefined || list.currencyCode !== price.currencyCode || list.amount <= price.amount) return t('QUESTION_SAVINGS_NONE', { title, price: now });
      const saving = Math.round((list.amount - price.amount) * 100) / 100;
      return t('QUESTION_SAVINGS', { title, price: now, saving: spokenPrice(t, saving, price.currencyCode), list: spokenPrice(t, list.amount, list.currencyCode) });
    }
    case 'condition': {
      if (offer === undefined) return t('QUESTION_SELLER_NONE', { title });
      const note = stripMarkup(String(offer.condition?.conditionNote ?? offer.productConditionNote ?? '')).trim();
      const said = t('QUESTION_CONDITION', { title, condition: conditionOf(t, offer) });
      return note === '' ? said : `${said} ${/[.!?]$/.test(note) ? note : `${note}.`}`;
    }
    case 'policy':
      // The Product Search API carries no warranty or returns terms: say so, and where they are.
      return t('QUESTION_POLICY', { title });
  }
}
