/**
 * Parameter rules from the reference, checked the same way by the embedded catalog and the
 * emulator (which answers 400 INVALID_REQUEST_PARAMETER), so both fail alike.
 */
import { CatalogLimits, type Marketplace } from './Catalog';
import { CatalogError, CatalogErrorCodes } from './errors';
import { PRODUCT_REGIONS } from './regions';
import type { ProductRegion } from './types';
import { isAsin } from '../util/asin';

function invalid(message: string): CatalogError {
  return new CatalogError(CatalogErrorCodes.InvalidRequest, message, { status: 400, apiCode: 'INVALID_REQUEST_PARAMETER' });
}

export function isProductRegion(value: string): value is ProductRegion {
  return (PRODUCT_REGIONS as readonly string[]).includes(value);
}

// The reference: locale "should comply with java.util.Locale", e.g. en_US or en-US.
const LOCALE_PATTERN = /^[a-z]{2,3}([-_][A-Z]{2})?$/;

export function validateMarketplace(m: Marketplace): void {
  if (!isProductRegion(m.productRegion)) throw invalid(`productRegion ${String(m.productRegion)} is not a ProductRegion`);
  if (typeof m.locale !== 'string' || !LOCALE_PATTERN.test(m.locale)) throw invalid('locale is missing or malformed');
}

export function validatePaging(pageNumber: number | undefined, pageSize: number | undefined): { pageNumber: number; pageSize: number } {
  const size = pageSize ?? CatalogLimits.defaultPageSize;
  const page = pageNumber ?? 0;
  if (!Number.isInteger(size) || size < 1 || size > CatalogLimits.maxPageSize) throw invalid(`pageSize must be 1 to ${CatalogLimits.maxPageSize}`);
  if (!Number.isInteger(page) || page < 0 || page >= CatalogLimits.maxPages) throw invalid(`pageNumber must be 0 to ${CatalogLimits.maxPages - 1}`);
  return { pageNumber: page, pageSize: size };
}

/** "strictly less than the number of pages returned in the response"; page 0 of nothing is fine. */
export function checkPageExists(pageNumber: number, numberOfPages: number): void {
  if (pageNumber > 0 && pageNumber >= numberOfPages) throw invalid(`pageNumber ${pageNumber} is beyond the ${numberOfPages} pages`);
}

export function validateQuantity(quantity: number | undefined): number {
  const q = quantity ?? 1;
  if (!Number.isInteger(q) || q < 1) throw invalid('quantity must be a positive integer');
  return q;
}

export function validateAsin(asin: string): void {
  if (!isAsin(asin)) throw invalid('productId is not an ASIN');
}
