/**
 * Catalog failures as typed errors, each with the honest sentence the customer hears.
 * `ErrorResponse.errors[].code` values (reference: "Code" enum) and HTTP statuses map onto
 * these in `errorFromResponse`; network failures, deadlines and unreadable bodies have their
 * own classes so nothing upstream can crash a turn.
 */
import { SkillError } from '../errors';
import type { MessageKey } from '../i18n';
import { isRecord } from '../util/guards';

export interface CatalogErrorContext {
  /** HTTP status, when the upstream answered. */
  status?: number;
  /** The reference's error code, when the body carried one. */
  apiCode?: string;
  /** x-amzn-requestid, for support cases. */
  requestId?: string;
  /** x-amzn-RateLimit-Limit (requests per second) and Retry-After, for the backoff. */
  rateLimitPerSecond?: number;
  retryAfterMs?: number;
  cause?: unknown;
}

export abstract class CatalogError extends SkillError {
  /** Whether trying the same call again may succeed. */
  abstract readonly retryable: boolean;
  readonly status: number | undefined;
  readonly apiCode: string | undefined;
  readonly requestId: string | undefined;
  readonly rateLimitPerSecond: number | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(message: string, context: CatalogErrorContext = {}) {
    super(message, {}, { cause: context.cause });
    this.status = context.status;
    this.apiCode = context.apiCode;
    this.requestId = context.requestId;
    this.rateLimitPerSecond = context.rateLimitPerSecond;
    this.retryAfterMs = context.retryAfterMs;
  }
}

/** A 5xx or a network failure, after retries ran out. */
export class CatalogUnavailableError extends CatalogError {
  readonly code = 'catalog_unavailable';
  readonly speechKey: MessageKey = 'CATALOG_UNAVAILABLE';
  override readonly repromptKey: MessageKey = 'CATALOG_TRY_AGAIN_REPROMPT';
  readonly retryable = true;
}

/** The turn's deadline passed before the upstream answered. */
export class CatalogTimeoutError extends CatalogError {
  readonly code = 'catalog_timeout';
  readonly speechKey: MessageKey = 'CATALOG_TIMEOUT';
  override readonly repromptKey: MessageKey = 'CATALOG_TRY_AGAIN_REPROMPT';
  readonly retryable = true;
}

/** 429 / REQUEST_RATE_LIMIT_EXCEEDED, after retries ran out. */
export class CatalogRateLimitedError extends CatalogError {
  readonly code = 'catalog_rate_limited';
  readonly speechKey: MessageKey = 'CATALOG_BUSY';
  override readonly repromptKey: MessageKey = 'CATALOG_TRY_AGAIN_REPROMPT';
  readonly retryable = true;
}

/** PRODUCT_NOT_FOUND, or a product not sold in the customer's region. */
export class ProductNotFoundError extends CatalogError {
  readonly code = 'product_not_found';
  readonly speechKey: MessageKey = 'CATALOG_PRODUCT_NOT_FOUND';
  override readonly repromptKey: MessageKey = 'CATALOG_SEARCH_AGAIN_REPROMPT';
  readonly retryable = false;
}

/** 401/403, UNAUTHORIZED, EMAIL_ID_NOT_FOUND, or the LWA token exchange failing: an operator problem. */
export class CatalogAuthError extends CatalogError {
  readonly code = 'catalog_auth';
  readonly speechKey: MessageKey = 'CATALOG_AUTH';
  readonly retryable = false;
}

/** 400 INVALID_REQUEST_PARAMETER or PAGE_NOT_FOUND: the skill asked for something the API refuses. */
export class CatalogInvalidRequestError extends CatalogError {
  readonly code = 'catalog_invalid_request';
  readonly speechKey: MessageKey = 'CATALOG_INVALID_REQUEST';
  override readonly repromptKey: MessageKey = 'CATALOG_SEARCH_AGAIN_REPROMPT';
  readonly retryable = false;
}

/**
 * The marketplace itself is refused: a 400 whose error names the productRegion or the locale
 * ("Each ProductRegion supports one or more locales", Product Search API reference). Amazon
 * Business does not answer in every region it lists, so this is told as what it is, in the
 * customer's language, and logged with the marketplace, not as a search to say differently.
 */
export class MarketplaceRefusedError extends CatalogError {
  readonly code = 'catalog_marketplace_refused';
  readonly speechKey: MessageKey = 'CATALOG_MARKETPLACE_REFUSED';
  override readonly repromptKey: MessageKey = 'CATALOG_TRY_AGAIN_REPROMPT';
  readonly retryable = false;
}

/** An API error message that is about the marketplace parameters (read, never logged: it may echo the request). */
const MARKETPLACE_PARAMETER = /\b(?:productRegion|locale)\b/i;

/** A body that is not JSON or not the reference's shape. */
export class CatalogBadResponseError extends CatalogError {
  readonly code = 'catalog_bad_response';
  readonly speechKey: MessageKey = 'CATALOG_UNAVAILABLE';
  override readonly repromptKey: MessageKey = 'CATALOG_TRY_AGAIN_REPROMPT';
  readonly retryable = false;
}

/** Reads an ErrorResponse defensively: the first error's code and message, if any. */
export function firstApiError(body: unknown): { code?: string; message?: string } {
  if (!isRecord(body)) return {};
  const errors = (body as { errors?: unknown }).errors;
  if (!Array.isArray(errors)) return {};
  const [first] = errors as unknown[];
  if (!isRecord(first)) return {};
  const { code, message } = first as { code?: unknown; message?: unknown };
  return {
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof message === 'string' ? { message } : {}),
  };
}

/** The typed error for a non-2xx answer: the error code wins over the status when present. */
export function errorFromResponse(
  status: number,
  body: unknown,
  requestId: string | undefined,
  hints: Pick<CatalogErrorContext, 'rateLimitPerSecond' | 'retryAfterMs'> = {},
): CatalogError {
  const { code: rawCode, message } = firstApiError(body);
  // Only the code and the status: the upstream's message may echo the request (the buyer's
  // email, for one) and is never logged. A code is only a code when it looks like one.
  const code = rawCode !== undefined && /^[A-Z][A-Z0-9_]{0,63}$/.test(rawCode) ? rawCode : undefined;
  const context: CatalogErrorContext = { ...hints, status, ...(code === undefined ? {} : { apiCode: code }), ...(requestId === undefined ? {} : { requestId: requestId.slice(0, 100) }) };
  const text = `Product Search API answered ${status}${code === undefined ? '' : ` ${code}`}`;
  switch (code) {
    case 'PRODUCT_NOT_FOUND':
      return new ProductNotFoundError(text, context);
    case 'INVALID_REQUEST_PARAMETER':
      if (message !== undefined && MARKETPLACE_PARAMETER.test(message)) return new MarketplaceRefusedError(text, context);
      return new CatalogInvalidRequestError(text, context);
    case 'PAGE_NOT_FOUND':
      return new CatalogInvalidRequestError(text, context);
    case 'UNAUTHORIZED':
    case 'EMAIL_ID_NOT_FOUND':
      return new CatalogAuthError(text, context);
    case 'REQUEST_RATE_LIMIT_EXCEEDED':
      return new CatalogRateLimitedError(text, context);
    case 'SERVICE_ERROR':
      return new CatalogUnavailableError(text, context);
    default:
      break;
  }
  if (status === 401 || status === 403) return new CatalogAuthError(text, context);
  if (status === 404) return new ProductNotFoundError(text, context);
  if (status === 429) return new CatalogRateLimitedError(text, context);
  if (status === 400) return new CatalogInvalidRequestError(text, context);
  if (status >= 500) return new CatalogUnavailableError(text, context);
  return new CatalogBadResponseError(text, context);
}
