/**
 * Catalog failures as one typed error with a code, each code with the honest sentence the customer hears.
 * `ErrorResponse.errors[].code` values (reference: "Code" enum) and HTTP statuses map onto
 * these in `errorFromResponse`; network failures, deadlines and unreadable bodies have their
 * own codes so nothing upstream can crash a turn.
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

/** Every way a catalog call fails, as the code logs and metrics carry. */
export const CatalogErrorCodes = {
  /** A 5xx or a network failure, after retries ran out. */
  Unavailable: 'catalog_unavailable',
  /** The turn's deadline passed before the upstream answered. */
  Timeout: 'catalog_timeout',
  /** 429 / REQUEST_RATE_LIMIT_EXCEEDED, after retries ran out. */
  RateLimited: 'catalog_rate_limited',
  /** PRODUCT_NOT_FOUND, or a product not sold in the customer's region. */
  ProductNotFound: 'product_not_found',
  /** 401/403, UNAUTHORIZED, EMAIL_ID_NOT_FOUND, or the LWA token exchange failing: an operator problem. */
  Auth: 'catalog_auth',
  /** 400 INVALID_REQUEST_PARAMETER or PAGE_NOT_FOUND: the skill asked for something the API refuses. */
  InvalidRequest: 'catalog_invalid_request',
  /** A body that is not JSON or not the reference's shape. */
  BadResponse: 'catalog_bad_response',
  /**
   * The marketplace itself is refused: a 400 whose error names the productRegion or the locale
   * ("Each ProductRegion supports one or more locales", Product Search API reference). Amazon
   * Business does not answer in every region it lists, so this is told as what it is, in the
   * customer's language, and logged with the marketplace, not as a search to say differently.
   */
  MarketplaceRefused: 'catalog_marketplace_refused',
} as const;

export type CatalogErrorCode = (typeof CatalogErrorCodes)[keyof typeof CatalogErrorCodes];

interface CatalogErrorKind {
  readonly speechKey: MessageKey;
  readonly repromptKey?: MessageKey;
  /** Whether trying the same call again may succeed. */
  readonly retryable: boolean;
}

/** What the customer hears for each code, and whether another attempt may help: one row per code, checked by the compiler. */
export const CATALOG_ERROR_KINDS: Readonly<Record<CatalogErrorCode, CatalogErrorKind>> = {
  catalog_unavailable: { speechKey: 'CATALOG_UNAVAILABLE', repromptKey: 'CATALOG_TRY_AGAIN_REPROMPT', retryable: true },
  catalog_timeout: { speechKey: 'CATALOG_TIMEOUT', repromptKey: 'CATALOG_TRY_AGAIN_REPROMPT', retryable: true },
  catalog_rate_limited: { speechKey: 'CATALOG_BUSY', repromptKey: 'CATALOG_TRY_AGAIN_REPROMPT', retryable: true },
  product_not_found: { speechKey: 'CATALOG_PRODUCT_NOT_FOUND', repromptKey: 'CATALOG_SEARCH_AGAIN_REPROMPT', retryable: false },
  catalog_auth: { speechKey: 'CATALOG_AUTH', retryable: false },
  catalog_invalid_request: { speechKey: 'CATALOG_INVALID_REQUEST', repromptKey: 'CATALOG_SEARCH_AGAIN_REPROMPT', retryable: false },
  // Said as unavailable: to the customer a garbled answer is the catalog not answering.
  catalog_bad_response: { speechKey: 'CATALOG_UNAVAILABLE', repromptKey: 'CATALOG_TRY_AGAIN_REPROMPT', retryable: false },
  catalog_marketplace_refused: { speechKey: 'CATALOG_MARKETPLACE_REFUSED', repromptKey: 'CATALOG_TRY_AGAIN_REPROMPT', retryable: false },
};

/** An API error message that is about the marketplace parameters (read, never logged: it may echo the request). */
const MARKETPLACE_PARAMETER = /\b(?:productRegion|locale)\b/i;

/** A catalog failure: one class, told apart by its `code`. */
export class CatalogError extends SkillError {
  readonly speechKey: MessageKey;
  override readonly repromptKey: MessageKey | undefined;
  /** Whether trying the same call again may succeed. */
  readonly retryable: boolean;
  readonly status: number | undefined;
  readonly apiCode: string | undefined;
  readonly requestId: string | undefined;
  readonly rateLimitPerSecond: number | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(
    readonly code: CatalogErrorCode,
    message: string,
    context: CatalogErrorContext = {},
  ) {
    super(message, {}, { cause: context.cause });
    const kind = CATALOG_ERROR_KINDS[code];
    this.speechKey = kind.speechKey;
    this.repromptKey = kind.repromptKey;
    this.retryable = kind.retryable;
    this.status = context.status;
    this.apiCode = context.apiCode;
    this.requestId = context.requestId;
    this.rateLimitPerSecond = context.rateLimitPerSecond;
    this.retryAfterMs = context.retryAfterMs;
  }
}

/** Whether `err` is a catalog failure with this code. */
export function isCatalogError(err: unknown, code: CatalogErrorCode): err is CatalogError {
  return err instanceof CatalogError && err.code === code;
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
  const context: CatalogErrorContext = {
    ...hints,
    status,
    ...(code === undefined ? {} : { apiCode: code }),
    ...(requestId === undefined ? {} : { requestId: requestId.slice(0, 100) }),
  };
  const text = `Product Search API answered ${status}${code === undefined ? '' : ` ${code}`}`;
  switch (code) {
    case 'PRODUCT_NOT_FOUND':
      return new CatalogError(CatalogErrorCodes.ProductNotFound, text, context);
    case 'INVALID_REQUEST_PARAMETER':
      if (message !== undefined && MARKETPLACE_PARAMETER.test(message)) return new CatalogError(CatalogErrorCodes.MarketplaceRefused, text, context);
      return new CatalogError(CatalogErrorCodes.InvalidRequest, text, context);
    case 'PAGE_NOT_FOUND':
      return new CatalogError(CatalogErrorCodes.InvalidRequest, text, context);
    case 'UNAUTHORIZED':
    case 'EMAIL_ID_NOT_FOUND':
      return new CatalogError(CatalogErrorCodes.Auth, text, context);
    case 'REQUEST_RATE_LIMIT_EXCEEDED':
      return new CatalogError(CatalogErrorCodes.RateLimited, text, context);
    case 'SERVICE_ERROR':
      return new CatalogError(CatalogErrorCodes.Unavailable, text, context);
    default:
      break;
  }
  if (status === 401 || status === 403) return new CatalogError(CatalogErrorCodes.Auth, text, context);
  if (status === 404) return new CatalogError(CatalogErrorCodes.ProductNotFound, text, context);
  if (status === 429) return new CatalogError(CatalogErrorCodes.RateLimited, text, context);
  if (status === 400) return new CatalogError(CatalogErrorCodes.InvalidRequest, text, context);
  if (status >= 500) return new CatalogError(CatalogErrorCodes.Unavailable, text, context);
  return new CatalogError(CatalogErrorCodes.BadResponse, text, context);
}
