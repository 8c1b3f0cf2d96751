/**
 * The Amazon Business Product Search API over HTTPS (Amazon Business Product Search API
 * reference; headers and endpoints: Amazon Business API documentation). Every call
 * runs under a deadline, retries what the reference calls transient, and turns every
 * failure — error bodies, statuses, network, malformed JSON — into a typed CatalogError.
 */
import type { CallOptions, Catalog, GetProductRequest, GetProductsByAsinsRequest, SearchOffersRequest, SearchProductsRequest } from './Catalog';
import { boundCatalogText } from './bound';
import { inAskedOrder } from './byAsins';
import { CatalogLimits } from './Catalog';
import { Deadline } from '../util/deadline';
import { CatalogError, CatalogErrorCodes, errorFromResponse, isCatalogError } from './errors';
import { type LwaCredentials, LwaTokenClient } from './lwa';
import { type CatalogRetryPolicy, DEFAULT_RETRY_POLICY } from './retry';
import type { OffersResult, ProductRegion, ProductsByAsinsResponse, ProductsResult, SearchProductsResult } from './types';
import { describeError, log } from '../util/log';
import { type FetchedResponse, type HttpFetch, httpFetch } from '../util/http';
import { parseRateLimit, parseRetryAfterMs, retry, transientVerdict } from '../util/retry';
import { isRecord } from '../util/guards';
import { amzDate } from '../aws/sigv4';
import { MetricNames } from '../config/metrics';
import { RateLimiter, type UsagePlan } from '../util/tokenBucket';
import { DEFAULT_USAGE_PLAN } from './usagePlan';

const API_BASE_PATH = '/products/2020-08-26/products';

/** Budget of one call made without a turn deadline (tools, benchmarks): a turn answers within 6 s. */
export const DEFAULT_CATALOG_BUDGET_MS = 4500;

/**
 * Regional endpoints. `na` is from the Amazon Business API documentation; `eu` and `jp` follow the same naming and
 * are *unconfirmed*: PRODUCT_SEARCH_API_ENDPOINT overrides all of them.
 */
export const REGIONAL_ENDPOINTS: Readonly<Record<ProductRegion, string>> = {
  US: 'https://na.business-api.amazon.com',
  CA: 'https://na.business-api.amazon.com',
  UK: 'https://eu.business-api.amazon.com',
  DE: 'https://eu.business-api.amazon.com',
  FR: 'https://eu.business-api.amazon.com',
  IT: 'https://eu.business-api.amazon.com',
  ES: 'https://eu.business-api.amazon.com',
  JP: 'https://jp.business-api.amazon.com',
};

/** The facets the skill needs: the featured offer rides along with each product. */
const FACETS = 'OFFERS,IMAGES';

export interface AmazonBusinessCredentials extends LwaCredentials {
  /** The Amazon Business user the calls are made as (`x-amz-user-email`). */
  userEmail: string;
}

export interface AmazonBusinessCatalogOptions {
  /** The signal is the turn's deadline: a hung Secrets Manager read is aborted with it. */
  credentials: (signal?: AbortSignal) => Promise<AmazonBusinessCredentials>;
  /** Overrides the regional endpoint (PRODUCT_SEARCH_API_ENDPOINT). */
  endpoint?: string;
  /** Overrides the LWA token endpoint (LWA_TOKEN_ENDPOINT). */
  tokenEndpoint?: string;
  /** Budget of one call when the caller gives no deadline (the turn's deadline otherwise). */
  budgetMs?: number;
  retry?: Partial<CatalogRetryPolicy>;
  /** The usage plan assumed until x-amzn-RateLimit-Limit announces the rate (./usagePlan.ts). */
  usagePlan?: UsagePlan;
  /** The clock of the token buckets. @default Date.now */
  now?: () => number;
  userAgent?: string;
  random?: () => number;
  fetch?: HttpFetch;
}

type Query = Record<string, string | number | undefined>;

interface ApiRequest {
  operation: string;
  region: ProductRegion;
  method: 'GET' | 'POST';
  path: string;
  query?: Query;
  body?: unknown;
}

function isProduct(value: unknown): value is ProductsResult {
  return isRecord(value) && typeof value['asin'] === 'string' && typeof value['title'] === 'string';
}

function csv(values: string[] | undefined): string | undefined {
  return values === undefined || values.length === 0 ? undefined : values.join(',');
}

export class AmazonBusinessCatalog implements Catalog {
  private readonly tokens: LwaTokenClient;
  private readonly policy: CatalogRetryPolicy;
  private readonly fetchImpl: HttpFetch;
  private readonly random: () => number;
  /** One bucket per operation: the container waits for a token instead of spending calls on 429s. */
  private readonly limiter: RateLimiter;

  constructor(private readonly options: AmazonBusinessCatalogOptions) {
    this.limiter = new RateLimiter(options.usagePlan ?? DEFAULT_USAGE_PLAN, options.now);
    this.fetchImpl = options.fetch ?? httpFetch;
    this.random = options.random ?? Math.random;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.tokens = new LwaTokenClient({
      credentials: options.credentials,
      fetch: this.fetchImpl,
      ...(options.tokenEndpoint === undefined ? {} : { endpoint: options.tokenEndpoint }),
    });
  }

  /** Token exchanges made so far (tests check that the token is shared and cached). */
  get tokenExchanges(): number {
    return this.tokens.exchanges;
  }

  async searchProducts(request: SearchProductsRequest, options?: CallOptions): Promise<SearchProductsResult> {
    const ids = request.identifiers ?? {};
    const body = await this.call(
      {
        operation: 'searchProducts',
        region: request.productRegion,
        method: 'GET',
        path: API_BASE_PATH,
        query: {
          keywords: request.keywords,
          productRegion: request.productRegion,
          locale: request.locale,
          facets: FACETS,
          pageNumber: request.pageNumber,
          pageSize: request.pageSize,
          category: request.category,
          subCategory: request.subCategory,
          availability: request.availability,
          deliveryDay: request.deliveryDay,
          eligibleForFreeShipping: request.eligibleForFreeShipping,
          primeEligible: request.primeEligible,
          upc: ids.upc,
          isbn: ids.isbn,
          sku: ids.sku,
          ean: ids.ean,
          partNumber: ids.partNumber,
          oemPartNumber: ids.oemPartNumber,
          searchRefinements: csv(request.searchRefinements),
        },
      },
      options,
    );
    if (!isRecord(body) || !Array.isArray(body['products']) || typeof body['matchingProductCount'] !== 'number') {
      throw new CatalogError(CatalogErrorCodes.BadResponse, 'searchProducts answer is not a SearchProductsResult');
    }
    const products = (body['products'] as unknown[]).filter(isProduct);
    return { ...(body as unknown as SearchProductsResult), products };
  }

  async getProduct(request: GetProductRequest, options?: CallOptions): Promise<ProductsResult> {
    const body = await this.call(
      {
        operation: 'getProduct',
        region: request.productRegion,
        method: 'GET',
        path: `${API_BASE_PATH}/${encodeURIComponent(request.asin)}`,
        query: { productRegion: request.productRegion, locale: request.locale, quantity: request.quantity, facets: FACETS },
      },
      options,
    );
    if (!isProduct(body)) throw new CatalogError(CatalogErrorCodes.BadResponse, 'getProduct answer is not a ProductsResult');
    return body;
  }

  async searchOffers(request: SearchOffersRequest, options?: CallOptions): Promise<OffersResult> {
    const body = await this.call(
      {
        operation: 'searchOffers',
        region: request.productRegion,
        method: 'GET',
        path: `${API_BASE_PATH}/${encodeURIComponent(request.asin)}/offers`,
        query: {
          productRegion: request.productRegion,
          locale: request.locale,
          pageNumber: request.pageNumber,
          pageSize: request.pageSize,
          filterIds: csv(request.filterIds),
          quantity: request.quantity,
        },
      },
      options,
    );
    if (!isRecord(body) || (body['offers'] !== undefined && !Array.isArray(body['offers']))) {
      throw new CatalogError(CatalogErrorCodes.BadResponse, 'searchOffers answer is not an OffersResult');
    }
    const offers = Array.isArray(body['offers']) ? (body['offers'] as unknown[]).filter((o) => isRecord(o) && isRecord(o['price'])) : undefined;
    return { ...(body as OffersResult), ...(offers === undefined ? {} : { offers: offers as OffersResult['offers'] }) };
  }

  /**
   * Up to 30 ASINs per call (reference: ProductsByAsinsRequest.productIds); larger lists are
   * split, the chunks run concurrently, and the results are merged in the order asked.
   */
  async getProductsByAsins(request: GetProductsByAsinsRequest, options?: CallOptions): Promise<ProductsByAsinsResponse> {
    const chunks: string[][] = [];
    for (let i = 0; i < request.asins.length; i += CatalogLimits.maxAsinsPerCall) chunks.push(request.asins.slice(i, i + CatalogLimits.maxAsinsPerCall));
    if (chunks.length === 0) return { matchingProductCount: 0, products: [], notFoundAsins: [] };
    // One deadline for the whole request, shared by its chunks.
    const shared: CallOptions = { deadline: options?.deadline ?? Deadline.after(this.options.budgetMs ?? DEFAULT_CATALOG_BUDGET_MS) };
    const results = await Promise.all(chunks.map((productIds) => this.productsByAsinsChunk(request, productIds, shared)));
    const byAsin = new Map<string, ProductsResult>();
    for (const result of results) {
      for (const product of result.products) byAsin.set(product.asin, product);
    }
    // Every ASIN asked for and not returned is not found, whether or not its chunk listed it.
    return inAskedOrder(request.asins, byAsin);
  }

  private async productsByAsinsChunk(request: GetProductsByAsinsRequest, productIds: string[], options: CallOptions): Promise<ProductsByAsinsResponse> {
    const body = await this.call(
      {
        operation: 'getProductsByAsins',
        region: request.productRegion,
        method: 'POST',
        path: `${API_BASE_PATH}/getProductsByAsins`,
        body: {
          productIds,
          productRegion: request.productRegion,
          locale: request.locale,
          ...(request.quantity === undefined ? {} : { quantity: request.quantity }),
          facets: FACETS.split(','),
        },
      },
      options,
    );
    if (!isRecord(body) || !Array.isArray(body['products'])) throw new CatalogError(CatalogErrorCodes.BadResponse, 'getProductsByAsins answer is not a ProductsByAsinsResponse');
    const notFound = Array.isArray(body['notFoundAsins']) ? (body['notFoundAsins'] as unknown[]).filter((a): a is string => typeof a === 'string') : [];
    const products = (body['products'] as unknown[]).filter(isProduct);
    return { matchingProductCount: products.length, products, notFoundAsins: notFound };
  }

  private url(request: ApiRequest): string {
    const base = (this.options.endpoint ?? REGIONAL_ENDPOINTS[request.region] ?? REGIONAL_ENDPOINTS.US).replace(/\/+$/, '');
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(request.query ?? {})) if (value !== undefined && value !== '') params.set(key, String(value));
    const qs = params.toString();
    return `${base}${request.path}${qs === '' ? '' : `?${qs}`}`;
  }

  /** One API call: token, request, retries (the project's one policy, lambda/util/retry.ts), parsing. Resolves with the parsed 2xx body. */
  private async call(request: ApiRequest, options: CallOptions | undefined): Promise<unknown> {
    // The turn's deadline when the caller gives one: no second, per-call timeout on top of it.
    const deadline = options?.deadline ?? Deadline.after(this.options.budgetMs ?? DEFAULT_CATALOG_BUDGET_MS);
    const url = this.url(request);
    let lastError: CatalogError | undefined;
    try {
      return await retry(
        async () => {
          // Every attempt, retries too, takes a token of the operation's usage plan first.
          if (!(await this.limiter.bucket(request.operation).take(deadline, this.policy.minAttemptMs))) throw this.throttled(request, lastError);
          return this.attempt(request, url, deadline);
        },
        {
          policy: this.policy,
          signal: deadline.signal,
          remainingMs: () => deadline.remainingMs(),
          random: this.random,
          // Bad credentials are never retried: retrying them only burns the deadline.
          // Nor is the plan's own refusal (a rate limit with no status: nothing was sent): no token would come in time.
          classify: (err) =>
            err instanceof CatalogError && err.code !== CatalogErrorCodes.Auth && !(err.code === CatalogErrorCodes.RateLimited && err.status === undefined)
              ? transientVerdict(err)
              : { retryable: false },
          onFailure: ({ attempt, error, retryInMs }) => {
            lastError = error as CatalogError;
            log.warn('catalog_call_failed', {
              operation: request.operation,
              attempt,
              status: lastError.status,
              apiCode: lastError.apiCode,
              retryInMs: retryInMs === undefined ? undefined : Math.round(retryInMs),
            });
          },
        },
      );
    } catch (err) {
      if (deadline.expired() || isCatalogError(err, CatalogErrorCodes.Timeout)) throw this.timeout(request, lastError);
      if (isCatalogError(err, CatalogErrorCodes.Auth)) {
        // Reported once: the next call exchanges a fresh token.
        this.tokens.invalidate();
        log.error('catalog_auth_failed', { operation: request.operation, status: err.status, apiCode: err.apiCode, apiRequestId: err.requestId });
        log.metric(MetricNames.CatalogAuthFailure, 1, { operation: request.operation });
      }
      if (isCatalogError(err, CatalogErrorCodes.MarketplaceRefused)) {
        // The operator needs the marketplace to act on it (enable the region, or map the locale elsewhere).
        log.error('catalog_marketplace_refused', {
          operation: request.operation,
          productRegion: request.region,
          locale: request.query?.['locale'],
          status: err.status,
          apiCode: err.apiCode,
        });
        log.metric(MetricNames.CatalogMarketplaceRefused, 1, { productRegion: request.region });
      }
      throw err;
    }
  }

  /**
   * No token of the usage plan before the deadline: said as the API's own 429 would be, but
   * with no status (nothing was sent), which is how the retry below tells it from one.
   */
  private throttled(request: ApiRequest, lastError: CatalogError | undefined): CatalogError {
    log.warn('catalog_rate_limited_locally', { operation: request.operation, lastStatus: lastError?.status });
    log.metric(MetricNames.CatalogLocalThrottle, 1, { operation: request.operation });
    return new CatalogError(CatalogErrorCodes.RateLimited, `${request.operation} found no token of the usage plan before the deadline`, { cause: lastError });
  }

  private timeout(request: ApiRequest, lastError: CatalogError | undefined): CatalogError {
    log.warn('catalog_deadline_exceeded', { operation: request.operation, lastStatus: lastError?.status });
    return new CatalogError(CatalogErrorCodes.Timeout, `${request.operation} did not finish before the deadline`, { cause: lastError });
  }

  private async attempt(request: ApiRequest, url: string, deadline: Deadline): Promise<unknown> {
    const [token, credentials] = await Promise.all([this.tokens.accessToken(deadline), this.options.credentials(deadline.signal)]);
    let response: FetchedResponse;
    let text: string;
    try {
      response = await this.fetchImpl(url, {
        method: request.method,
        headers: {
          accept: 'application/json',
          'x-amz-access-token': token,
          'x-amz-user-email': credentials.userEmail,
          'x-amz-date': amzDate(new Date()),
          'user-agent': this.options.userAgent ?? 'VoiceShoppingSkill/0.1 (Language=TypeScript)',
          ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
        signal: deadline.signal,
      });
      text = await response.text();
    } catch (err) {
      if (deadline.expired()) throw new CatalogError(CatalogErrorCodes.Timeout, `${request.operation} timed out`, { cause: err });
      throw new CatalogError(CatalogErrorCodes.Unavailable, `${request.operation} failed on the network: ${describeError(err).errorMessage}`, { cause: err });
    }
    const requestId = response.headers.get('x-amzn-requestid') ?? undefined;
    // Every answer, success or not, announces the operation's rate: the bucket adopts it.
    const announced = parseRateLimit(response.headers.get('x-amzn-ratelimit-limit'));
    if (announced !== undefined) this.limiter.bucket(request.operation).setRate(announced);
    let body: unknown;
    let parsed = true;
    try {
      // Bounded where it enters: no upstream string is longer than MAX_CATALOG_STRING.
      body = text === '' ? undefined : boundCatalogText(JSON.parse(text));
    } catch {
      parsed = false;
    }
    if (response.ok) {
      if (!parsed || body === undefined) {
        throw new CatalogError(CatalogErrorCodes.BadResponse, `${request.operation} answered ${response.status} with a body that is not JSON`, {
          status: response.status,
          ...(requestId === undefined ? {} : { requestId }),
        });
      }
      return body;
    }
    const rateLimitPerSecond = announced;
    const retryAfterMs = parseRetryAfterMs(response.headers.get('retry-after'));
    throw errorFromResponse(response.status, parsed ? body : undefined, requestId, {
      ...(rateLimitPerSecond === undefined ? {} : { rateLimitPerSecond }),
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
  }
}
