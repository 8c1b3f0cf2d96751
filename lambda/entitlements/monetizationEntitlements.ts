/**
 * Entitlements from the Alexa Monetization API through the ASK SDK's
 * `MonetizationServiceClient`, which calls the request's `context.System.apiEndpoint` (the
 * local emulator in tests and the simulator). Every page is read (at most 100 products each,
 * the API's documented page size). The lookup runs under the turn's deadline, capped at
 * `deadlineMs` so a slow Monetization API leaves the rest of the turn to the catalog; its
 * HTTP requests are aborted (sockets closed) when that passes. Any failure becomes an
 * EntitlementLookupError.
 */
import { getLocale, type HandlerInput } from 'ask-sdk-core';
import { serviceClientsFor } from '../util/abortableApiClient';
import { withDeadline } from '../util/deadline';
import { turnDeadline } from '../turn/context';
import { describeError, log } from '../util/log';
import type { Entitlements, EntitlementsFactory } from './entitlements';
import { EntitlementLookupError } from './errors';
import { parseProductsPage } from './parseProducts';
import type { PremiumProduct } from './types';

/** The API's own page limit. */
export const PAGE_SIZE = 100;

export interface MonetizationOptions {
  /** At most this much of the turn's budget, for all pages together. @default 2500 */
  deadlineMs?: number;
  /** Guard against a service that keeps answering isTruncated. @default 10 */
  maxPages?: number;
}

const DEFAULT_DEADLINE_MS = 2500;
const DEFAULT_MAX_PAGES = 10;

export class MonetizationEntitlements implements Entitlements {
  private readonly deadlineMs: number;
  private readonly maxPages: number;

  constructor(
    private readonly input: HandlerInput,
    options: MonetizationOptions = {},
  ) {
    this.deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
    this.maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  }

  async products(): Promise<readonly PremiumProduct[]> {
    const started = Date.now();
    const deadline = turnDeadline(this.input).capped(this.deadlineMs);
    try {
      const products = await withDeadline(
        deadline,
        (signal) => this.fetchAll(signal),
        () => new EntitlementLookupError('no answer before the deadline'),
      );
      log.info('entitlements_loaded', { products: products.length, entitled: products.filter((p) => p.entitled).length, durationMs: Date.now() - started });
      return products;
    } catch (err) {
      log.warn('entitlements_failed', { ...describeError(err), durationMs: Date.now() - started });
      if (err instanceof EntitlementLookupError) throw err;
      throw new EntitlementLookupError(describeError(err).errorName, { cause: err });
    } finally {
      deadline.dispose();
    }
  }

  private async fetchAll(signal: AbortSignal): Promise<PremiumProduct[]> {
    const factory = serviceClientsFor(this.input, signal);
    if (factory === undefined) throw new EntitlementLookupError('no API endpoint in the request');
    const client = factory.getMonetizationServiceClient();
    const locale = getLocale(this.input.requestEnvelope);
    const all: PremiumProduct[] = [];
    let nextToken: string | undefined;
    for (let page = 0; page < this.maxPages; page += 1) {
      const body: unknown = await client.getInSkillProducts(locale, undefined, undefined, undefined, nextToken, PAGE_SIZE);
      const parsed = parseProductsPage(body);
      if (parsed === undefined) throw new EntitlementLookupError('unreadable inSkillProducts page');
      all.push(...parsed.products);
      if (parsed.nextToken === undefined) return all;
      nextToken = parsed.nextToken;
    }
    throw new EntitlementLookupError(`more than ${this.maxPages} pages`);
  }
}

export function monetizationEntitlements(options: MonetizationOptions = {}): EntitlementsFactory {
  return (input) => new MonetizationEntitlements(input, options);
}
