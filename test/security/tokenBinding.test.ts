/**
 * Tokens bound to the customer and the product. Each case is a short transcript: customer A
 * starts a flow, and the answer comes back where it must not be trusted: in customer B's
 * session, about another product, or with a forged `pendingPremium` in session attributes.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { IntentNames, PremiumProducts, SessionKeys } from '../../lambda/constants';
import { continueSession, directiveTokenOf, intentRequest, repromptOf, sessionResumedRequest, speechOf } from '../support/envelopes';
import { captureLogs } from '../support/logs';
import { testSkill } from '../support/skill';
import { connectionsResponse, HEADPHONES, KETTLE, listed, type PurchasingHarness, sendRequestOf, startHarness } from '../purchasing/support';

const CUSTOMER_A = 'amzn1.ask.account.CUSTOMER-A-000000000000000000000000000000000000';
const CUSTOMER_B = 'amzn1.ask.account.CUSTOMER-B-000000000000000000000000000000000000';

let logs: ReturnType<typeof captureLogs>;
beforeEach(() => {
  logs = captureLogs();
});
afterEach(() => {
  logs.restore();
});

describe('Shopping Actions connection tokens', () => {
  const attributes = { [SessionKeys.Shopping]: { products: [{ asin: 'B000000AA1', title: 'Duracell AA batteries' }], pageStart: 0, pageSize: 3, current: 0 } };

  it("refuses customer A's AddToCart token in customer B's session", async () => {
    const { invoke } = testSkill();
    // A: add it to my cart → StartConnection with A's token.
    const started = await invoke(intentRequest(IntentNames.AddToCart, { ordinal: '1' }, { attributes, userId: CUSTOMER_A }));
    const token = directiveTokenOf(started);
    expect(token).not.toBe('');
    // The same result arrives in B's session, B listing the same product.
    const resumed = await invoke(sessionResumedRequest({ token, status: { code: '200', message: 'OK' } }, { attributes, userId: CUSTOMER_B }));
    expect(speechOf(resumed)).not.toMatch(/I've added|Duracell/);
    expect(speechOf(resumed)).toMatch(/couldn't match it to this conversation/);
    expect(logs.lines.some((l) => l.record.event === 'connection_token_rejected' && l.record.reason === 'other-user')).toBe(true);
  });

  it("accepts customer A's token in customer A's session", async () => {
    const { invoke } = testSkill();
    const started = await invoke(intentRequest(IntentNames.AddToCart, { ordinal: '1' }, { attributes, userId: CUSTOMER_A }));
    const resumed = await invoke(continueSession(started, sessionResumedRequest({ token: directiveTokenOf(started), status: { code: '200' } }, { userId: CUSTOMER_A })));
    expect(speechOf(resumed)).toBe("I've added Duracell AA batteries to your cart. What would you like to do next?");
  });
});

describe('in-skill purchase tokens', () => {
  let h: PurchasingHarness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  async function upsellFor(userId: string): Promise<{ token: string; productId: string }> {
    const first = await h.invoke(intentRequest(IntentNames.WatchPrice, {}, h.at({ attributes: listed(HEADPHONES), userId })));
    const directive = sendRequestOf(first);
    return { token: String(directive?.token ?? ''), productId: String(directive?.payload?.InSkillProduct.productId ?? '') };
  }

  it("does not continue customer A's upsell in customer B's session", async () => {
    const { token, productId } = await upsellFor(CUSTOMER_A);
    const answer = await h.invoke(connectionsResponse('Upsell', 'ACCEPTED', h.at({ token, productId, userId: CUSTOMER_B, newSession: true })));
    expect(speechOf(answer)).not.toMatch(/watching|Headphones|Premium Shopper/);
    expect(repromptOf(answer)).not.toBe('');
    expect(logs.lines.some((l) => l.record.event === 'purchase_token_rejected' && l.record.reason === 'other-user')).toBe(true);
  });

  it("refuses customer A's Buy token in customer B's session", async () => {
    const first = await h.invoke(intentRequest(IntentNames.BuyPremium, { premiumProduct: 'premium shopper' }, h.at({ userId: CUSTOMER_A })));
    const directive = sendRequestOf(first);
    const answer = await h.invoke(
      connectionsResponse('Buy', 'ACCEPTED', h.at({ token: directive?.token, productId: directive?.payload?.InSkillProduct.productId, userId: CUSTOMER_B })),
    );
    expect(speechOf(answer)).not.toMatch(/Premium Shopper/);
    expect(logs.lines.some((l) => l.record.event === 'purchase_token_rejected' && l.record.reason === 'other-user')).toBe(true);
  });

  it('acts on a response only when its productId is the one the signed token names', async () => {
    const { token } = await upsellFor(CUSTOMER_A);
    const otherProduct = h.emulator.monetization.productId(PremiumProducts.WatchSlots);
    const answer = await h.invoke(connectionsResponse('Upsell', 'ACCEPTED', h.at({ token, productId: otherProduct, userId: CUSTOMER_A })));
    expect(speechOf(answer)).not.toMatch(/watching/);
    expect(logs.events()).toContain('purchase_product_mismatch');
    expect(logs.events()).not.toContain('isp_continue');
  });

  it('continues when token, customer and product all agree', async () => {
    const { token, productId } = await upsellFor(CUSTOMER_A);
    const answer = await h.invoke(connectionsResponse('Upsell', 'ACCEPTED', h.at({ token, productId, userId: CUSTOMER_A })));
    expect(speechOf(answer)).toContain("I'm watching Quiet Comfort Headphones");
  });

  it('continues nothing premium from a forged pendingPremium session attribute', async () => {
    const forged = {
      ...listed(KETTLE), // What earlier versions kept in the session to continue an upsell: never trusted.
      pendingPremium: { intent: IntentNames.WatchPrice, product: KETTLE },
    };
    const productId = h.emulator.monetization.productId(PremiumProducts.PremiumShopper);
    // No token at all, and then one that does not verify: the session copy is not trusted.
    for (const token of [undefined, 'forged.token']) {
      const envelope: RequestEnvelope = connectionsResponse('Upsell', 'ACCEPTED', h.at({ token, productId, attributes: forged }));
      const answer = await h.invoke(envelope);
      expect(speechOf(answer)).not.toMatch(/watching/);
    }
    expect(logs.events()).not.toContain('isp_continue');
    expect(logs.events()).not.toContain('price_watch');
  });

  it('answers a Connections.Response that comes without a session', async () => {
    const { token, productId } = await upsellFor(CUSTOMER_A);
    const envelope = connectionsResponse('Upsell', 'DECLINED', h.at({ token, productId, userId: CUSTOMER_A }));
    delete (envelope as { session?: unknown }).session;
    const answer = await h.invoke(envelope);
    expect(speechOf(answer)).toContain("Price watch isn't on");
    expect(logs.events()).not.toContain('unhandled_error');
  });
});

describe('session attributes', () => {
  it('drops an oversized attributes object before any handler reads it', async () => {
    const { invoke } = testSkill();
    const huge = {
      [SessionKeys.Shopping]: { products: [{ asin: 'B000000AA1', title: 'Duracell AA batteries' }], pageStart: 0, pageSize: 3, current: 0 },
      junk: 'x'.repeat(200_000),
    };
    const answer = await invoke(intentRequest(IntentNames.AddToCart, { ordinal: '1' }, { attributes: huge }));
    // Nothing listed any more: the skill asks what to look for (listening for a bare answer)
    // instead of starting a Shopping Action.
    expect((answer.response.directives ?? []).map((d) => d.type)).toEqual(['Dialog.ElicitSlot']);
    expect(logs.events()).toContain('session_attributes_dropped');
  });
});
