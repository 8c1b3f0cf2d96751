/**
 * What purchasing tests share: the skill built with the real Monetization client pointed at
 * the local Alexa API emulator, the embedded catalog, memory (or given) persistence, and a Connections.Response
 * envelope builder.
 */
import type { interfaces, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { EmbeddedCatalog } from '../../lambda/catalog/embedded/EmbeddedCatalog';
import type { SkillDependencies } from '../../lambda/dependencies';
import { createSkill } from '../../lambda/index';
import { MemoryPersistenceAdapter } from '../../lambda/persistence/memoryAdapter';
import { staticKeyProvider } from '../../lambda/security/tokenKey';
import type { ListedProduct, ShoppingState } from '../../lambda/session';
import { type AlexaApiEmulator, startAlexaApiEmulator } from '../emulators/alexa-api/server';
import { connectionsResponseRequest, type EnvelopeOptions } from '../support/envelopes';
import { unhurried } from '../support/unhurried';

export const TOKEN_SECRET = 'purchasing-test-token-secret-0123456789';
/**
 * A short Monetization deadline, for the tests of a slow API (on the fake clock). The harness
 * itself is unhurried (test/support/unhurried.ts): a turn slowed by a busy machine is never
 * answered as if the API had been slow.
 */
export const ENTITLEMENTS_DEADLINE_MS = 400;

export interface PurchasingHarness {
  emulator: AlexaApiEmulator;
  deps: SkillDependencies;
  invoke: (envelope: RequestEnvelope) => Promise<ResponseEnvelope>;
  /** Envelope options that point the skill at the emulator. */
  at: (options?: ResponseOptions) => ResponseOptions;
  close: () => Promise<void>;
}

export async function startHarness(overrides: Partial<SkillDependencies> = {}): Promise<PurchasingHarness> {
  const emulator = await startAlexaApiEmulator();
  const deps: SkillDependencies = {
    now: () => Date.UTC(2026, 10, 22, 12, 0, 0),
    tokenKey: staticKeyProvider(TOKEN_SECRET),
    attribution: undefined,
    ...unhurried(),
    persistence: new MemoryPersistenceAdapter(),
    // Purchase flows search and list products too: the embedded catalog answers them.
    catalog: new EmbeddedCatalog(),
    ...overrides,
  };
  const invoke = createSkill(deps, undefined);
  return {
    emulator,
    deps,
    invoke: (envelope) => invoke(envelope),
    at: (options = {}) => ({ ...options, apiEndpoint: emulator.url }),
    close: () => emulator.close(),
  };
}

/** Envelope options plus the fields of a Connections.Response. */
export type ResponseOptions = EnvelopeOptions & { token?: string | undefined; productId?: string | undefined; statusCode?: string };

export type SendRequest = interfaces.connections.SendRequestDirective;

/** The one Connections.SendRequest directive of a response, or undefined. */
export function sendRequestOf(envelope: ResponseEnvelope): SendRequest | undefined {
  const found = (envelope.response.directives ?? []).filter((d): d is SendRequest => d.type === 'Connections.SendRequest');
  if (found.length > 1) throw new Error(`expected at most one SendRequest, got ${found.length}`);
  return found[0];
}

/** The Connections.Response Alexa sends after a Buy, Upsell or Cancel: `purchaseResult` and the product. */
export function connectionsResponse(name: string, purchaseResult: string, options: ResponseOptions = {}): RequestEnvelope {
  const { statusCode, productId, ...envelope } = options;
  const status = { code: statusCode ?? '200', message: statusCode === undefined || statusCode === '200' ? 'OK' : 'Error' };
  return connectionsResponseRequest(name, status, { purchaseResult, ...(productId === undefined ? {} : { productId }) }, envelope);
}

export const HEADPHONES: ListedProduct = { asin: 'B000TEST01', title: 'Quiet Comfort Headphones', price: { amount: 199.99, currency: 'USD' } };
export const KETTLE: ListedProduct = { asin: 'B000TEST02', title: 'Steel Kettle', price: { amount: 39.5, currency: 'USD' } };

/** Session attributes with `products` listed and the first one current. */
export function listed(...products: ListedProduct[]): Record<string, unknown> {
  const shopping: ShoppingState = { products, pageStart: 0, pageSize: 3, current: 0 };
  return { shopping };
}
