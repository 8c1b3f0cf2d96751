import { CustomSmapiClientBuilder } from 'ask-smapi-sdk';
import { Deadline } from '../../lambda/util/deadline';
import { isTransient, parseRetryAfterMs, retry, type RetryVerdict } from '../../lambda/util/retry';
import { type IspApi, MAX_PAGE_SIZE, type ProductPage, type SkillIdPage, type VendorListQuery } from './api';
import type { SmapiCredentials, SmapiEndpoints } from './credentials';
import { RemoteCallError } from './errors';
import { redact } from '../../lambda/util/redact';
import { DEFAULT_SMAPI_RETRY_POLICY, type SmapiRetryPolicy } from './retry';
import { isJsonObject, type JsonObject, type JsonValue, type RemoteProductSummary } from './types';

type SmapiClient = ReturnType<CustomSmapiClientBuilder['client']>;
type SdkDefinition = NonNullable<Parameters<SmapiClient['callCreateIspForVendorV1']>[0]['inSkillProductDefinition']>;
interface RawResponse {
  readonly body?: unknown;
  readonly statusCode: number;
}

/** Counts every HTTP attempt per operation, so a run can report what it cost. */
export class CallCounter {
  private readonly counts = new Map<string, number>();
  record(operation: string): void {
    this.counts.set(operation, (this.counts.get(operation) ?? 0) + 1);
  }
  byOperation(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
  total(): number {
    let sum = 0;
    for (const count of this.counts.values()) sum += count;
    return sum;
  }
  writes(): number {
    let sum = 0;
    for (const [operation, count] of this.counts) if (WRITE_OPERATIONS.has(operation)) sum += count;
    return sum;
  }
}

export const WRITE_OPERATIONS: ReadonlySet<string> = new Set([
  'createIspForVendor',
  'updateIspForProduct',
  'deleteIspForProduct',
  'associateIspWithSkill',
  'disassociateIspWithSkill',
  'resetEntitlementForProduct',
]);

export interface SmapiIspApiOptions {
  readonly credentials: SmapiCredentials;
  readonly endpoints: SmapiEndpoints;
  readonly retry?: Partial<SmapiRetryPolicy>;
  readonly counter?: CallCounter;
  /** Progress lines (already redacted). */
  readonly log?: (line: string) => void;
}

/**
 * `IspApi` over ask-smapi-sdk's `call…` twins, which return the raw body so both list shapes
 * can be read. Adds what the SDK lacks: retries with backoff and jitter, redacted errors,
 * and a create that recovers a lost answer by listing before creating again.
 */
export class SmapiIspApi implements IspApi {
  private readonly client: SmapiClient;
  private readonly policy: SmapiRetryPolicy;
  private readonly secrets: readonly string[];
  readonly counter: CallCounter;
  private readonly log: (line: string) => void;

  constructor(options: SmapiIspApiOptions) {
    const { credentials, endpoints } = options;
    this.client = new CustomSmapiClientBuilder()
      .withApiEndpoint(endpoints.smapiUrl)
      .withAuthEndpoint(endpoints.lwaUrl)
      .withRefreshTokenConfig({ clientId: credentials.clientId, clientSecret: credentials.clientSecret, refreshToken: credentials.refreshToken })
      .client();
    this.policy = { ...DEFAULT_SMAPI_RETRY_POLICY, ...options.retry };
    this.secrets = [credentials.clientSecret, credentials.refreshToken];
    this.counter = options.counter ?? new CallCounter();
    this.log = options.log ?? (() => undefined);
  }

  async listVendorProducts(query: VendorListQuery): Promise<ProductPage> {
    const response = await this.call('getIspListForVendor', () =>
      this.client.callGetIspListForVendorV1(query.vendorId, query.nextToken, query.maxResults ?? MAX_PAGE_SIZE, undefined, query.stage, undefined, query.referenceName),
    );
    return readProductPage(response.body);
  }

  async listSkillProducts(skillId: string, stage: string, nextToken?: string): Promise<ProductPage> {
    const response = await this.call('getIspListForSkillId', () => this.client.callGetIspListForSkillIdV1(skillId, stage, nextToken, MAX_PAGE_SIZE));
    return readProductPage(response.body);
  }

  async listAssociatedSkills(productId: string, stage: string, nextToken?: string): Promise<SkillIdPage> {
    const response = await this.call('getIspAssociatedSkills', () => this.client.callGetIspAssociatedSkillsV1(productId, stage, nextToken, MAX_PAGE_SIZE));
    const body = isJsonObject(response.body) ? response.body : {};
    const ids = Array.isArray(body['associatedSkillIds']) ? body['associatedSkillIds'].filter((id): id is string => typeof id === 'string') : [];
    return { skillIds: ids, nextToken: readNextToken(body) };
  }

  async getDefinition(productId: string, stage: string): Promise<JsonObject> {
    const response = await this.call('getIspDefinition', () => this.client.callGetIspDefinitionV1(productId, stage));
    const definition = isJsonObject(response.body) ? response.body['inSkillProductDefinition'] : undefined;
    if (!isJsonObject(definition)) throw this.malformed('getIspDefinition', 'inSkillProductDefinition');
    return definition;
  }

  async create(vendorId: string, definition: JsonObject): Promise<string> {
    const referenceName = definition['referenceName'];
    const recover = async (): Promise<string | undefined> => {
      if (typeof referenceName !== 'string') return undefined;
      const page = await this.listVendorProducts({ vendorId, referenceName });
      const found = page.products.find((product) => product.referenceName === referenceName);
      if (found !== undefined) this.log(`  recovered ${referenceName}: created by an earlier attempt whose answer was lost`);
      return found?.productId;
    };
    const response = await this.call(
      'createIspForVendor',
      () => this.client.callCreateIspForVendorV1({ vendorId, inSkillProductDefinition: asSdkDefinition(definition) }),
      recover,
    );
    if (typeof response === 'string') return response;
    const productId = isJsonObject(response.body) ? response.body['productId'] : undefined;
    if (typeof productId !== 'string') throw this.malformed('createIspForVendor', 'productId');
    return productId;
  }

  async update(productId: string, stage: string, definition: JsonObject): Promise<void> {
    await this.call('updateIspForProduct', () => this.client.callUpdateIspForProductV1(productId, stage, { inSkillProductDefinition: asSdkDefinition(definition) }));
  }

  async delete(productId: string, stage: string): Promise<void> {
    await this.idempotentRemoval('deleteIspForProduct', () => this.client.callDeleteIspForProductV1(productId, stage));
  }

  async associate(productId: string, skillId: string): Promise<void> {
    await this.call('associateIspWithSkill', () => this.client.callAssociateIspWithSkillV1(productId, skillId));
  }

  async disassociate(productId: string, skillId: string): Promise<void> {
    await this.idempotentRemoval('disassociateIspWithSkill', () => this.client.callDisassociateIspWithSkillV1(productId, skillId));
  }

  async resetEntitlement(productId: string, stage: string): Promise<void> {
    await this.call('resetEntitlementForProduct', () => this.client.callResetEntitlementForProductV1(productId, stage));
  }

  /**
   * A removal retried after an ambiguous failure may find the thing already gone (the first
   * attempt worked): a 404 then means done, not failed.
   */
  private async idempotentRemoval(operation: string, request: () => Promise<RawResponse>): Promise<void> {
    let ambiguous = false;
    const attempt = async (): Promise<RawResponse> => {
      try {
        return await request();
      } catch (error) {
        if (ambiguous && statusOf(error) === 404) return { statusCode: 204 };
        if (classify(error).retryable) ambiguous = true;
        throw error;
      }
    };
    await this.call(operation, attempt);
  }

  private async call<R = never>(operation: string, request: () => Promise<RawResponse>, recover?: () => Promise<R | undefined>): Promise<RawResponse | R> {
    let attempts = 0;
    // The run's time bound: no retry whose wait would end past it.
    const run = Deadline.after(this.policy.maxElapsedMs);
    try {
      return await retry<RawResponse | R>(
        () => {
          attempts += 1;
          this.counter.record(operation);
          return request();
        },
        {
          policy: this.policy,
          attemptTimeoutMs: this.policy.attemptTimeoutMs,
          remainingMs: () => run.remainingMs(),
          classify,
          ...(recover === undefined ? {} : { recover }),
          onFailure: ({ attempt, error, retryInMs }) => {
            if (retryInMs !== undefined) this.log(`  retry ${operation} after ${describeFailure(error)} in ${retryInMs} ms (attempt ${attempt + 1}/${this.policy.maxAttempts})`);
          },
        },
      );
    } catch (error) {
      if (error instanceof RemoteCallError) throw error;
      const statusCode = statusOf(error);
      const code = errorCode(error);
      const message = redact(`${operation} failed after ${attempts} attempt(s): ${describeFailure(error)}`, this.secrets);
      throw new RemoteCallError(message, { operation, attempts, ...(statusCode === undefined ? {} : { statusCode }), ...(code === undefined ? {} : { code }) });
    } finally {
      run.dispose();
    }
  }

  private malformed(operation: string, field: string): RemoteCallError {
    return new RemoteCallError(`${operation} answered without ${field}`, { operation, attempts: 1 });
  }
}

/**
 * The file was type-checked against the same model type (`v1.isp.InSkillProductDefinition`)
 * before it gets here (infra/isp/validate.ts), so the object goes through unchanged.
 */
function asSdkDefinition(definition: JsonObject): SdkDefinition {
  return definition as SdkDefinition;
}

/** Reads both list shapes: the SDK model's `{inSkillProductSummaryList: {...}}` and the reference's bare object. */
export function readProductPage(body: unknown): ProductPage {
  const outer = isJsonObject(body) ? body : {};
  const wrapped = outer['inSkillProductSummaryList'];
  const list = isJsonObject(wrapped) ? wrapped : outer;
  const items = Array.isArray(list['inSkillProducts']) ? list['inSkillProducts'] : [];
  const products: RemoteProductSummary[] = [];
  for (const item of items) {
    const summary = isJsonObject(item) ? readSummary(item) : undefined;
    if (summary !== undefined) products.push(summary);
  }
  return { products, nextToken: list['isTruncated'] === false ? undefined : readNextToken(list) };
}

function readNextToken(body: JsonObject): string | undefined {
  const token = body['nextToken'];
  return typeof token === 'string' && token !== '' ? token : undefined;
}

function readSummary(item: JsonObject): RemoteProductSummary | undefined {
  const productId = item['productId'];
  const referenceName = item['referenceName'];
  if (typeof productId !== 'string' || typeof referenceName !== 'string') return undefined;
  const text = (key: string): Partial<Record<string, string>> => {
    const value = item[key];
    return typeof value === 'string' ? { [key]: value } : {};
  };
  const names = item['nameByLocale'];
  return {
    productId,
    referenceName,
    ...text('type'),
    ...text('stage'),
    ...text('status'),
    ...text('editableState'),
    ...(isJsonObject(names) ? { nameByLocale: stringMap(names) } : {}),
  };
}

function stringMap(obj: JsonObject): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(obj)) if (typeof value === 'string') out[key] = value;
  return out;
}

function statusOf(error: unknown): number | undefined {
  if (!(error instanceof Error)) return undefined;
  const status: unknown = Reflect.get(error, 'statusCode');
  return typeof status === 'number' ? status : undefined;
}

/** `{message, code}` error body (reference, every operation's 400 example). */
function errorBody(error: unknown): { code?: string; message?: string } {
  if (!(error instanceof Error)) return {};
  const body: unknown = Reflect.get(error, 'response');
  if (!isJsonObject(body)) return {};
  const pick = (key: string): Partial<Record<string, string>> => {
    const value: JsonValue | undefined = body[key];
    return typeof value === 'string' ? { [key]: value } : {};
  };
  return { ...pick('code'), ...pick('message') };
}

function errorCode(error: unknown): string | undefined {
  return errorBody(error).code;
}

function retryAfterMs(error: unknown): number | undefined {
  if (!(error instanceof Error)) return undefined;
  const headers: unknown = Reflect.get(error, 'headers');
  if (!Array.isArray(headers)) return undefined;
  for (const header of headers) {
    if (isJsonObject(header) && typeof header['key'] === 'string' && header['key'].toLowerCase() === 'retry-after') {
      const value = header['value'];
      if (typeof value === 'string' || typeof value === 'number') return parseRetryAfterMs(String(value));
    }
  }
  return undefined;
}

/**
 * The project's retry rule (lambda/util/retry.ts `isTransient`) applied to what ask-smapi-sdk
 * throws: its errors carry `statusCode` and the Retry-After header; a failure with no HTTP
 * answer at all (connection refused, reset, hang-up) is its "Call to service failed", and a
 * cut-off body reaches us as a SyntaxError: both are the rule's network and answer faults.
 */
export function classify(error: unknown): RetryVerdict {
  const status = statusOf(error);
  if (status !== undefined) {
    const after = status === 429 ? retryAfterMs(error) : undefined;
    return { retryable: isTransient(error), ...(after === undefined ? {} : { floor: { retryAfterMs: after } }) };
  }
  if (error instanceof SyntaxError) return { retryable: true };
  return { retryable: isTransient(error) || (error instanceof Error && error.message.startsWith('Call to service failed')) };
}

function describeFailure(error: unknown): string {
  const status = statusOf(error);
  if (status !== undefined) {
    const { code, message } = errorBody(error);
    return `HTTP ${status}${code === undefined ? '' : ` ${code}`}${message === undefined ? '' : `: ${message}`}`;
  }
  if (error instanceof Error) return error.message;
  return 'unknown failure';
}
