/**
 * An Amazon Business Product Search API v2020-08-26 emulator on 127.0.0.1 (port 0): the
 * reference's four operations over the embedded data set, with its required parameters and
 * headers checked (401 without `x-amz-access-token`, 403 with one the LWA emulator did not
 * issue, 400 with an ErrorResponse for bad input), `x-amzn-RateLimit-Limit` and
 * `x-amzn-requestid` on every answer, an optional usage plan (a token bucket per operation,
 * 429 `REQUEST_RATE_LIMIT_EXCEEDED` over it, as "Rate limits in Amazon Business APIs" describes),
 * and injectable faults (`delayMs` is the per-call latency).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ProductIdentifiers, SearchProductsRequest } from '../../../lambda/catalog/Catalog';
import { EmbeddedCatalog, type EmbeddedRefinementIds } from '../../../lambda/catalog/embedded/EmbeddedCatalog';
import { CatalogError } from '../../../lambda/catalog/errors';
import type { ErrorResponse, ProductRegion } from '../../../lambda/catalog/types';
import { isProductRegion } from '../../../lambda/catalog/validation';
import { FaultPlan, type ProductSearchFaults } from './faults';
import { closeServer } from '../closeServer';

export type { ProductSearchFaults } from './faults';

export const PRODUCT_SEARCH_TEST_EMAIL = 'buyer@example.com';
const BASE = '/products/2020-08-26/products';

export interface ProductSearchEmulatorOptions {
  /** Whether an access token is valid (the LWA emulator's `isValid`). */
  isValidToken: (token: string) => boolean;
  /** The only x-amz-user-email with an Amazon Business account. */
  userEmail?: string;
  /** Announced in x-amzn-RateLimit-Limit (requests per second). @default 10, or the usage plan's rate */
  rateLimit?: number;
  /**
   * Enforced per operation: a bucket of `burst` requests refilled at `ratePerSecond`; a request
   * that finds it empty is answered 429 REQUEST_RATE_LIMIT_EXCEEDED. Without it nothing is throttled.
   */
  usagePlan?: { ratePerSecond: number; burst: number };
  faults?: ProductSearchFaults;
  /**
   * Refinement ids the emulated service offers (and understands). Tests give ids unlike the
   * embedded defaults to prove the skill sends back what a response offered.
   */
  refinementIds?: Partial<EmbeddedRefinementIds>;
  /**
   * The product regions this account may search; any other answers 400 INVALID_REQUEST_PARAMETER
   * naming the productRegion, as a marketplace Amazon Business does not serve would. @default every region
   */
  servedRegions?: readonly ProductRegion[];
}

export interface RecordedApiRequest {
  readonly operation: string;
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: unknown;
  readonly status: number | 'hung';
}

export interface ProductSearchEmulator {
  readonly url: string;
  readonly catalog: EmbeddedCatalog;
  setFaults(faults: ProductSearchFaults): void;
  readonly injected: Record<string, number>;
  requests(): readonly RecordedApiRequest[];
  resetRequests(): void;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function errorBody(code: string, message: string): ErrorResponse {
  return { errors: [{ code, message }] };
}

function statusOf(error: CatalogError): number {
  if (error.status !== undefined) return error.status;
  return error.apiCode === 'PRODUCT_NOT_FOUND' ? 404 : 400;
}

function integer(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  if (!/^-?\d+$/.test(raw)) throw new HttpError(400, 'INVALID_REQUEST_PARAMETER', `${name} must be an integer`);
  return Number.parseInt(raw, 10);
}

function csv(query: URLSearchParams, name: string): string[] | undefined {
  const raw = query.get(name);
  return raw === null || raw === '' ? undefined : raw.split(',');
}

function marketplace(query: URLSearchParams): { productRegion: ProductRegion; locale: string } {
  const productRegion = query.get('productRegion');
  const locale = query.get('locale');
  if (productRegion === null || !isProductRegion(productRegion)) throw new HttpError(400, 'INVALID_REQUEST_PARAMETER', 'productRegion is required');
  if (locale === null) throw new HttpError(400, 'INVALID_REQUEST_PARAMETER', 'locale is required');
  return { productRegion, locale };
}

function optional<K extends string>(key: K, value: string | null): Partial<Record<K, string>> {
  return value === null ? {} : ({ [key]: value } as Record<K, string>);
}

type Operation = { name: string; run: (query: URLSearchParams, body: unknown) => Promise<unknown> };

function operationFor(catalog: EmbeddedCatalog, method: string, path: string): Operation | undefined {
  if (method === 'GET' && path === BASE) {
    return {
      name: 'searchProducts',
      run: (q) => {
        const identifiers: ProductIdentifiers = {};
        for (const key of ['upc', 'isbn', 'sku', 'ean', 'partNumber', 'oemPartNumber'] as const) {
          const value = q.get(key);
          if (value !== null) identifiers[key] = value;
        }
        const pageNumber = integer(q, 'pageNumber');
        const pageSize = integer(q, 'pageSize');
        const refinements = csv(q, 'searchRefinements');
        const request: SearchProductsRequest = {
          ...marketplace(q),
          ...optional('keywords', q.get('keywords')),
          ...optional('category', q.get('category')),
          ...optional('subCategory', q.get('subCategory')),
          ...optional('availability', q.get('availability')),
          ...optional('deliveryDay', q.get('deliveryDay')),
          ...optional('eligibleForFreeShipping', q.get('eligibleForFreeShipping')),
          ...optional('primeEligible', q.get('primeEligible')),
          ...(Object.keys(identifiers).length > 0 ? { identifiers } : {}),
          ...(refinements === undefined ? {} : { searchRefinements: refinements }),
          ...(pageNumber === undefined ? {} : { pageNumber }),
          ...(pageSize === undefined ? {} : { pageSize }),
        };
        return catalog.searchProducts(request);
      },
    };
  }
  if (method === 'POST' && path === `${BASE}/getProductsByAsins`) {
    return {
      name: 'getProductsByAsins',
      run: (_q, body) => {
        if (typeof body !== 'object' || body === null) throw new HttpError(400, 'INVALID_REQUEST_PARAMETER', 'a ProductsByAsinsRequest body is required');
        const { productIds, productRegion, locale, quantity } = body as Record<string, unknown>;
        if (!Array.isArray(productIds) || productIds.length === 0 || !productIds.every((id) => typeof id === 'string')) {
          throw new HttpError(400, 'INVALID_REQUEST_PARAMETER', 'productIds is required');
        }
        // "The maximum number of ASINs allowed for each call is 30."
        if (productIds.length > 30) throw new HttpError(400, 'INVALID_REQUEST_PARAMETER', 'at most 30 productIds per call');
        if (typeof productRegion !== 'string' || !isProductRegion(productRegion) || typeof locale !== 'string') {
          throw new HttpError(400, 'INVALID_REQUEST_PARAMETER', 'productRegion and locale are required');
        }
        return catalog.getProductsByAsins({ asins: productIds as string[], productRegion, locale, ...(typeof quantity === 'number' ? { quantity } : {}) });
      },
    };
  }
  const offers = new RegExp(`^${BASE}/([^/]+)/offers$`).exec(path);
  if (method === 'GET' && offers?.[1] !== undefined) {
    const asin = decodeURIComponent(offers[1]);
    return {
      name: 'searchOffers',
      run: (q) => {
        const pageNumber = integer(q, 'pageNumber');
        const pageSize = integer(q, 'pageSize');
        const quantity = integer(q, 'quantity');
        const filterIds = csv(q, 'filterIds');
        return catalog.searchOffers({
          ...marketplace(q),
          asin,
          ...(pageNumber === undefined ? {} : { pageNumber }),
          ...(pageSize === undefined ? {} : { pageSize }),
          ...(quantity === undefined ? {} : { quantity }),
          ...(filterIds === undefined ? {} : { filterIds }),
        });
      },
    };
  }
  const product = new RegExp(`^${BASE}/([^/]+)$`).exec(path);
  if (method === 'GET' && product?.[1] !== undefined) {
    const asin = decodeURIComponent(product[1]);
    return {
      name: 'getProduct',
      run: (q) => {
        const quantity = integer(q, 'quantity');
        return catalog.getProduct({ ...marketplace(q), asin, ...(quantity === undefined ? {} : { quantity }) });
      },
    };
  }
  return undefined;
}

export async function startProductSearchEmulator(options: ProductSearchEmulatorOptions): Promise<ProductSearchEmulator> {
  const catalog = new EmbeddedCatalog(options.refinementIds === undefined ? {} : { refinementIds: options.refinementIds });
  const faults = new FaultPlan(options.faults ?? {});
  const recorded: RecordedApiRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const userEmail = options.userEmail ?? PRODUCT_SEARCH_TEST_EMAIL;
  const rateLimit = String(options.rateLimit ?? options.usagePlan?.ratePerSecond ?? 10);
  const plan = options.usagePlan;
  const buckets = new Map<string, { tokens: number; at: number }>();
  /** Whether the operation's bucket had a token (and takes it). */
  const admit = (operation: string): boolean => {
    if (plan === undefined) return true;
    const now = performance.now();
    const bucket = buckets.get(operation) ?? { tokens: plan.burst, at: now };
    bucket.tokens = Math.min(plan.burst, bucket.tokens + ((now - bucket.at) / 1000) * plan.ratePerSecond);
    bucket.at = now;
    buckets.set(operation, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, raw: string): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const header = (name: string): string | undefined => {
      const value = req.headers[name];
      return typeof value === 'string' ? value : undefined;
    };
    let body: unknown;
    let operation = 'unknown';
    const record = (status: number | 'hung') =>
      recorded.push({
        operation,
        method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: {
          'x-amz-access-token': header('x-amz-access-token'),
          'x-amz-user-email': header('x-amz-user-email'),
          'x-amz-date': header('x-amz-date'),
          'user-agent': header('user-agent'),
        },
        body,
        status,
      });
    const send = (status: number, payload: string, contentType = 'application/json') => {
      record(status);
      const write = () => {
        res.writeHead(status, {
          'content-type': contentType,
          'content-length': Buffer.byteLength(payload),
          'x-amzn-RateLimit-Limit': rateLimit,
          'x-amzn-requestid': randomUUID(),
        });
        res.end(payload);
      };
      if (faults.delayMs <= 0) write();
      else {
        const timer = setTimeout(() => {
          timers.delete(timer);
          write();
        }, faults.delayMs);
        timers.add(timer);
      }
    };
    const fail = (status: number, code: string, message: string) => send(status, JSON.stringify(errorBody(code, message)));

    try {
      if (raw !== '') {
        try {
          body = JSON.parse(raw);
        } catch {
          throw new HttpError(400, 'INVALID_REQUEST_PARAMETER', 'the body is not JSON');
        }
      }
      const op = operationFor(catalog, method, url.pathname);
      if (op === undefined) throw new HttpError(404, 'PAGE_NOT_FOUND', `no operation at ${method} ${url.pathname}`);
      operation = op.name;
      const token = header('x-amz-access-token');
      if (token === undefined || token === '') throw new HttpError(401, 'UNAUTHORIZED', 'x-amz-access-token is missing');
      if (!options.isValidToken(token)) throw new HttpError(403, 'UNAUTHORIZED', 'The access token is invalid or expired');
      const email = header('x-amz-user-email');
      if (email === undefined) throw new HttpError(400, 'INVALID_REQUEST_PARAMETER', 'x-amz-user-email is required');
      // Echoes the address, as upstream messages may: the skill must never log it.
      if (email.toLowerCase() !== userEmail.toLowerCase()) throw new HttpError(400, 'EMAIL_ID_NOT_FOUND', `no Amazon Business account for ${email}`);
      // The plan is counted per application and operation, before any work (reference: 429).
      if (!admit(operation)) throw new HttpError(429, 'REQUEST_RATE_LIMIT_EXCEEDED', 'The request rate exceeds the maximum allowed transactions per second (TPS) rate.');
      const region = url.searchParams.get('productRegion') ?? (typeof body === 'object' && body !== null ? String((body as Record<string, unknown>)['productRegion']) : null);
      if (options.servedRegions !== undefined && region !== null && !options.servedRegions.some((r) => r === region)) {
        throw new HttpError(400, 'INVALID_REQUEST_PARAMETER', `productRegion ${region} is not supported for this account`);
      }
      const fault = faults.decide();
      if (fault.kind === 'hang') {
        record('hung');
        return;
      }
      if (fault.kind === 'error') throw new HttpError(fault.status, fault.code, 'injected fault');
      if (fault.kind === 'malformed') {
        send(200, '{"products": [{"asin": "B0', 'application/json');
        return;
      }
      const result = await op.run(url.searchParams, body);
      send(200, JSON.stringify(result));
    } catch (err) {
      if (err instanceof HttpError) fail(err.status, err.code, err.message);
      else if (err instanceof CatalogError) fail(statusOf(err), err.apiCode ?? 'INVALID_REQUEST_PARAMETER', err.message);
      else fail(500, 'SERVICE_ERROR', 'emulator error');
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void handle(req, res, Buffer.concat(chunks).toString('utf8'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    catalog,
    setFaults: (next) => faults.configure(next),
    injected: faults.injected,
    requests: () => [...recorded],
    resetRequests: () => {
      recorded.length = 0;
    },
    close: () => closeServer(server, timers),
  };
}
