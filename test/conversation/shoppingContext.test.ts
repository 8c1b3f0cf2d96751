/**
 * The shopping context across purchase flows, which come back in a new session: the whole
 * state (search, products, page, focus, total) is saved before the directive and put back
 * when the answer names it; a stale or replaced context is not; the token stays small.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { EmbeddedCatalog } from '../../lambda/catalog/embedded/EmbeddedCatalog';
import { IntentNames, PremiumProducts, SessionKeys, SlotNames } from '../../lambda/constants';
import { CONTEXT_MAX_AGE_MS, MAX_CONTEXT_BYTES } from '../../lambda/conversation/shoppingContext';
import { PersistenceError } from '../../lambda/persistence/errors';
import { MemoryPersistenceAdapter } from '../../lambda/persistence/memoryAdapter';
import type { ShoppingState } from '../../lambda/session';
import { PURCHASE_TOKEN_MAX_AGE_SECONDS } from '../../lambda/purchasing/purchaseToken';
import { continueSession, intentRequest, launchRequest, sessionEndedRequest, sessionResumedRequest, speechOf } from '../support/envelopes';
import { connectionsResponse, type PurchasingHarness, sendRequestOf, startHarness } from '../purchasing/support';

let h: PurchasingHarness;
let clock: { now: number };

beforeEach(async () => {
  clock = { now: Date.UTC(2026, 10, 22, 12, 0, 0) };
  h = await startHarness({ catalog: new EmbeddedCatalog(), now: () => clock.now, persistence: new MemoryPersistenceAdapter() });
});
afterEach(() => h.close());

function shoppingOf(out: ResponseEnvelope): ShoppingState {
  return (out.sessionAttributes?.[SessionKeys.Shopping] ?? { products: [] }) as ShoppingState;
}

/** U: find batteries · U: next · U: compare offers for the second one (not entitled: an Upsell). */
async function upsellOnSecondPage(): Promise<{ before: ShoppingState; token: string | undefined; productId: string | undefined }> {
  const search = await h.invoke(intentRequest(IntentNames.SearchProducts, { [SlotNames.Query]: 'batteries' }, h.at({ newSession: true })));
  const next = await h.invoke(continueSession(search, intentRequest(IntentNames.Next, {}, h.at({}))));
  const upsell = await h.invoke(continueSession(next, intentRequest(IntentNames.CompareOffers, { [SlotNames.Ordinal]: '2' }, h.at({}))));
  const directive = sendRequestOf(upsell);
  expect(directive?.name).toBe('Upsell');
  return { before: shoppingOf(next), token: directive?.token, productId: directive?.payload?.InSkillProduct?.productId };
}

describe('the shopping context after a purchase flow in a new session', () => {
  it.each(['DECLINED', 'ACCEPTED'])('comes back whole after an Upsell %s', async (result) => {
    const { before, token, productId } = await upsellOnSecondPage();
    if (result === 'ACCEPTED') h.emulator.monetization.acceptPurchase(PremiumProducts.OfferInsights);
    const answer = await h.invoke(connectionsResponse('Upsell', result, h.at({ token, productId, newSession: true })));
    const after = shoppingOf(answer);
    expect(after.query).toBe('batteries');
    expect(after.products.map((p) => p.asin)).toEqual(before.products.map((p) => p.asin));
    expect({ pageStart: after.pageStart, pageSize: after.pageSize, totalResults: after.totalResults }).toEqual({
      pageStart: before.pageStart,
      pageSize: before.pageSize,
      totalResults: before.totalResults,
    });
    // The product the upsell was about is in focus again: the second of the second page.
    expect(after.current).toBe(before.pageStart + 1);

    // U: tell me about the third one → the third of the same page, not "I have 1".
    const third = await h.invoke(continueSession(answer, intentRequest(IntentNames.ProductDetails, { [SlotNames.Ordinal]: '3' }, h.at({}))));
    expect(speechOf(third)).toContain(before.products[before.pageStart + 2]?.title.split(',')[0] ?? 'missing');
  });

  it('keeps the token small: the id of the saved context, not the list', async () => {
    const { token } = await upsellOnSecondPage();
    expect(token?.length ?? 0).toBeLessThan(700);
    const payload = JSON.parse(Buffer.from(String(token).split('.')[0] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    expect(payload['x']).toMatch(/^[\w-]{8}$/);
    expect(JSON.stringify(payload)).not.toContain('batteries');
  });

  it('still comes back just before the token that names it expires, and not after', async () => {
    // The token (ten minutes) expires well before the context (CONTEXT_MAX_AGE_MS): the token
    // is the only way back to the context. Each flow's token is used once.
    expect(PURCHASE_TOKEN_MAX_AGE_SECONDS * 1000).toBeLessThan(CONTEXT_MAX_AGE_MS);
    const early = await upsellOnSecondPage();
    clock.now += PURCHASE_TOKEN_MAX_AGE_SECONDS * 1000 - 60_000;
    const fresh = await h.invoke(connectionsResponse('Upsell', 'DECLINED', h.at({ token: early.token, productId: early.productId, newSession: true })));
    expect(shoppingOf(fresh).products.length).toBeGreaterThan(3);
    const late = await upsellOnSecondPage();
    clock.now += PURCHASE_TOKEN_MAX_AGE_SECONDS * 1000 + 60_000;
    const stale = await h.invoke(connectionsResponse('Upsell', 'DECLINED', h.at({ token: late.token, productId: late.productId, newSession: true })));
    // The token has expired: nothing from it is trusted, not even the product.
    expect(shoppingOf(stale).products).toEqual([]);
    expect(speechOf(stale)).toMatch(/\?$/);
  });

  it('does not bring back a context a later purchase flow replaced: only the product in focus', async () => {
    const first = await upsellOnSecondPage();
    await upsellOnSecondPage();
    const answer = await h.invoke(connectionsResponse('Upsell', 'DECLINED', h.at({ token: first.token, productId: first.productId, newSession: true })));
    expect(shoppingOf(answer).products.map((p) => p.asin)).toEqual([first.before.products[first.before.pageStart + 1]?.asin]);
  });

  it('keeps a saved context within its size bound: an oversized list keeps the page heard', async () => {
    const long = 'Extra Long Product Title '.repeat(19).trim();
    const products = Array.from({ length: 36 }, (_v, i) => ({ asin: `B00000${String(i).padStart(4, '0')}`, title: `${long} ${i}` }));
    const state: ShoppingState = { query: 'things', products, pageStart: 6, pageSize: 3, current: 7, totalResults: 36 };
    expect(JSON.stringify(state).length).toBeGreaterThan(MAX_CONTEXT_BYTES);
    const buy = await h.invoke(intentRequest(IntentNames.BuyPremium, { [SlotNames.PremiumProduct]: 'premium shopper' }, h.at({ attributes: { [SessionKeys.Shopping]: state } })));
    const directive = sendRequestOf(buy);
    const answer = await h.invoke(connectionsResponse('Buy', 'DECLINED', h.at({ token: directive?.token, newSession: true })));
    const after = shoppingOf(answer);
    expect(after.products.map((p) => p.asin)).toEqual(products.slice(6, 9).map((p) => p.asin));
    expect(after.current).toBe(1);
    expect(after.query).toBe('things');
  });
});

describe('the shopping context after a Shopping Action', () => {
  it('comes back when the result arrives without the session attributes', async () => {
    const search = await h.invoke(intentRequest(IntentNames.SearchProducts, { [SlotNames.Query]: 'coffee' }, h.at({ newSession: true })));
    const add = await h.invoke(continueSession(search, intentRequest(IntentNames.AddToCart, { [SlotNames.Ordinal]: '2' }, h.at({}))));
    const token = (add.response.directives?.[0] as { token?: string } | undefined)?.token;
    expect(token).toBeDefined();
    const resumed = await h.invoke(sessionResumedRequest({ token: String(token), status: { code: '200' } }, h.at({ newSession: true })));
    const before = shoppingOf(search);
    const after = shoppingOf(resumed);
    expect(after.products.map((p) => p.asin)).toEqual(before.products.map((p) => p.asin));
    expect(speechOf(resumed)).toContain(`I've added ${before.products[1]?.title.replace(/'/g, '&apos;')}`);
  });
});

/** A state store that is down: every read and write fails. */
class DownStore extends MemoryPersistenceAdapter {
  override getAttributes(): Promise<Record<string, unknown>> {
    return Promise.reject(new PersistenceError('read (store down)'));
  }
  override saveAttributes(): Promise<void> {
    return Promise.reject(new PersistenceError('write (store down)'));
  }
}

function claimsOf(token: string | undefined): Record<string, unknown> {
  return JSON.parse(Buffer.from(String(token).split('.')[0] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('which store holds what', () => {
  it("keeps a Buy's list and focus in the saved context; the token names it and carries no product", async () => {
    const search = await h.invoke(intentRequest(IntentNames.SearchProducts, { [SlotNames.Query]: 'batteries' }, h.at({ newSession: true })));
    const details = await h.invoke(continueSession(search, intentRequest(IntentNames.ProductDetails, { [SlotNames.Ordinal]: '2' }, h.at({}))));
    const before = shoppingOf(details);
    const buy = await h.invoke(continueSession(details, intentRequest(IntentNames.BuyPremium, { [SlotNames.PremiumProduct]: 'premium shopper' }, h.at({}))));
    const token = sendRequestOf(buy)?.token;
    // The frame (tag, binding, time, nonce, context id) and the request: nothing of the list.
    expect(Object.keys(claimsOf(token)).sort()).toEqual(['iat', 'n', 'o', 'p', 'r', 't', 'u', 'v', 'x']);
    const answer = await h.invoke(connectionsResponse('Buy', 'DECLINED', h.at({ token, newSession: true })));
    expect(shoppingOf(answer).current).toBe(before.current);
    expect(shoppingOf(answer).products.map((p) => p.asin)).toEqual(before.products.map((p) => p.asin));
  });

  it('continues a paid upsell from the token alone when the state store is down', async () => {
    const down = await startHarness({ catalog: new EmbeddedCatalog(), now: () => clock.now, persistence: new DownStore() });
    try {
      const search = await down.invoke(intentRequest(IntentNames.SearchProducts, { [SlotNames.Query]: 'batteries' }, down.at({ newSession: true })));
      const second = shoppingOf(search).products[1];
      const upsell = await down.invoke(continueSession(search, intentRequest(IntentNames.CompareOffers, { [SlotNames.Ordinal]: '2' }, down.at({}))));
      const directive = sendRequestOf(upsell);
      expect(directive?.name).toBe('Upsell');
      // Nothing could be saved: the token has no context id, only the request to continue.
      expect(claimsOf(directive?.token)['x']).toBeUndefined();
      down.emulator.monetization.acceptPurchase(PremiumProducts.OfferInsights);
      const answer = await down.invoke(
        connectionsResponse('Upsell', 'ACCEPTED', down.at({ token: directive?.token, productId: directive?.payload?.InSkillProduct?.productId, newSession: true })),
      );
      expect(speechOf(answer)).toMatch(/offers? for/);
      expect(speechOf(answer)).toContain(second?.title.split(',')[0] ?? 'missing');
    } finally {
      await down.close();
    }
  });
});

describe('the list kept for a day when the session ends', () => {
  /** U: find batteries · U: the second one · U: stop. */
  async function leaveAfterDetails(): Promise<ShoppingState> {
    const search = await h.invoke(intentRequest(IntentNames.SearchProducts, { [SlotNames.Query]: 'batteries' }, h.at({ newSession: true })));
    const details = await h.invoke(continueSession(search, intentRequest(IntentNames.ProductDetails, { [SlotNames.Ordinal]: '2' }, h.at({}))));
    const stop = await h.invoke(continueSession(details, intentRequest(IntentNames.Stop, {}, h.at({}))));
    expect(stop.response.shouldEndSession).toBe(true);
    return shoppingOf(details);
  }

  it('is offered at the next launch, and "yes" brings back the list with its focus', async () => {
    const before = await leaveAfterDetails();
    clock.now += CONTEXT_MAX_AGE_MS - 60_000;
    const launch = await h.invoke(launchRequest(h.at({ newSession: true })));
    expect(speechOf(launch)).toBe('Welcome back. Last time you looked at batteries. Want to go back to it?');
    const yes = await h.invoke(continueSession(launch, intentRequest(IntentNames.Yes, {}, h.at({}))));
    expect(shoppingOf(yes).products.map((p) => p.asin)).toEqual(before.products.map((p) => p.asin));
    expect(shoppingOf(yes).current).toBe(before.current);
    expect(speechOf(yes)).toMatch(/^Back to batteries\. You were looking at .+\. What would you like to do with it\?$/);
  });

  it('is not offered after a day: the plain welcome, which listens for a product', async () => {
    await leaveAfterDetails();
    clock.now += CONTEXT_MAX_AGE_MS + 60_000;
    const launch = await h.invoke(launchRequest(h.at({ newSession: true })));
    expect(speechOf(launch)).toMatch(/^Welcome to Voice Shopper/);
    expect(launch.response.directives?.[0]?.type).toBe('Dialog.ElicitSlot');
  });

  it('is kept when the customer walks away (SessionEndedRequest carries the session)', async () => {
    const search = await h.invoke(intentRequest(IntentNames.SearchProducts, { [SlotNames.Query]: 'coffee' }, h.at({ newSession: true })));
    await h.invoke(continueSession(search, sessionEndedRequest('EXCEEDED_MAX_REPROMPTS', h.at({}))));
    const launch = await h.invoke(launchRequest(h.at({ newSession: true })));
    expect(speechOf(launch)).toContain('Last time you looked at coffee.');
  });

  it('"no" to the offer asks what to find, and listens for a bare product name', async () => {
    await leaveAfterDetails();
    const launch = await h.invoke(launchRequest(h.at({ newSession: true })));
    const no = await h.invoke(continueSession(launch, intentRequest(IntentNames.No, {}, h.at({}))));
    expect(speechOf(no)).toBe('What would you like me to look for?');
    expect(no.response.directives?.[0]?.type).toBe('Dialog.ElicitSlot');
    expect(shoppingOf(no).products).toEqual([]);
  });

  it('a state store that is down loses only the offer: the goodbye and the welcome are as ever', async () => {
    const down = await startHarness({ catalog: new EmbeddedCatalog(), now: () => clock.now, persistence: new DownStore() });
    try {
      const search = await down.invoke(intentRequest(IntentNames.SearchProducts, { [SlotNames.Query]: 'coffee' }, down.at({ newSession: true })));
      const stop = await down.invoke(continueSession(search, intentRequest(IntentNames.Stop, {}, down.at({}))));
      expect(speechOf(stop)).toMatch(/goodbye/i);
      const launch = await down.invoke(launchRequest(down.at({ newSession: true })));
      expect(speechOf(launch)).toMatch(/^Welcome to Voice Shopper/);
    } finally {
      await down.close();
    }
  });
});
