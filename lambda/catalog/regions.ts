/**
 * Alexa locale → Amazon Business product region, the locale sent with every call and the
 * currency prices come in. One table: the ProductRegion enum and "each ProductRegion supports
 * one or more locales" come from the reference; the locale pairs are the Alexa locales the
 * marketplaces serve. Locales not in the table shop in the US marketplace.
 */
import type { Marketplace } from './Catalog';
import type { ProductRegion } from './types';

interface RegionEntry {
  productRegion: ProductRegion;
  /** The locale parameter sent to the API for this Alexa locale. */
  locale: string;
  currency: string;
}

export const LOCALE_REGIONS: Readonly<Record<string, RegionEntry>> = {
  'en-US': { productRegion: 'US', locale: 'en_US', currency: 'USD' },
  'es-US': { productRegion: 'US', locale: 'es_US', currency: 'USD' },
  'en-GB': { productRegion: 'UK', locale: 'en_GB', currency: 'GBP' },
  'de-DE': { productRegion: 'DE', locale: 'de_DE', currency: 'EUR' },
  'fr-FR': { productRegion: 'FR', locale: 'fr_FR', currency: 'EUR' },
  'it-IT': { productRegion: 'IT', locale: 'it_IT', currency: 'EUR' },
  'es-ES': { productRegion: 'ES', locale: 'es_ES', currency: 'EUR' },
  'en-CA': { productRegion: 'CA', locale: 'en_CA', currency: 'CAD' },
  'fr-CA': { productRegion: 'CA', locale: 'fr_CA', currency: 'CAD' },
  'ja-JP': { productRegion: 'JP', locale: 'ja_JP', currency: 'JPY' },
};

const FALLBACK: RegionEntry = { productRegion: 'US', locale: 'en_US', currency: 'USD' };

export function regionEntryFor(alexaLocale: string | undefined): RegionEntry {
  // Own keys only: a locale named "toString" or "__proto__" is not in the table.
  return alexaLocale !== undefined && Object.hasOwn(LOCALE_REGIONS, alexaLocale) ? (LOCALE_REGIONS[alexaLocale] ?? FALLBACK) : FALLBACK;
}

export function marketplaceFor(alexaLocale: string | undefined): Marketplace {
  const { productRegion, locale } = regionEntryFor(alexaLocale);
  return { productRegion, locale };
}

/** The currency a product region prices in. */
export function currencyOf(region: ProductRegion): string {
  for (const entry of Object.values(LOCALE_REGIONS)) if (entry.productRegion === region) return entry.currency;
  return FALLBACK.currency;
}

export const PRODUCT_REGIONS: readonly ProductRegion[] = ['DE', 'FR', 'UK', 'IT', 'ES', 'US', 'CA', 'JP'];
