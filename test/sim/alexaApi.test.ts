import { type AlexaApiSide, startAlexaApi } from './alexaApi';
import { SIM_ACCESS_TOKEN } from './envelopes';

/** The id the Monetization emulator gave a product, read as the skill reads it. */
async function productIdOf(api: AlexaApiSide, referenceName: string): Promise<string> {
  const products = await fetch(`${api.apiEndpoint}/v1/users/~current/skills/~current/inSkillProducts`, {
    headers: { authorization: `Bearer ${SIM_ACCESS_TOKEN}`, 'accept-language': 'en-US' },
  });
  const body = (await products.json()) as { inSkillProducts: Array<{ productId: string; referenceName: string }> };
  const found = body.inSkillProducts.find((p) => p.referenceName === referenceName);
  if (found === undefined) throw new Error(`${referenceName} is not in the emulator`);
  return found.productId;
}

describe('the Alexa API side of the simulator', () => {
  it('hands over the speech of each progressive response once, as plain text', async () => {
    const api = await startAlexaApi();
    try {
      const response = await fetch(`${api.apiEndpoint}/v1/directives`, {
        method: 'POST',
        headers: { authorization: `Bearer ${SIM_ACCESS_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ header: { requestId: 'r1' }, directive: { type: 'VoicePlayer.Speak', speech: '<speak>Looking for <break time="200ms"/>tea…</speak>' } }),
      });

      expect(response.status).toBe(204);
      expect(await api.drainProgressive()).toEqual(['Looking for … tea…']);
      expect(await api.drainProgressive()).toEqual([]);
    } finally {
      await api.close();
    }
  });

  it('changes the emulator entitlements through the purchase flow control', async () => {
    const api = await startAlexaApi();
    try {
      const premium = await productIdOf(api, 'premium_shopper');

      expect(await api.entitlements.describe(premium, 'en-US')).toMatchObject({ entitled: false, type: 'SUBSCRIPTION' });
      await api.entitlements.grant(premium);
      expect(await api.entitlements.describe(premium, 'en-US')).toMatchObject({ entitled: true });
      await api.entitlements.revoke(premium);
      expect(await api.entitlements.describe(premium, 'en-US')).toMatchObject({ entitled: false });
    } finally {
      await api.close();
    }
  });

  it("states each product's price as its ISP file lists it for the locale's marketplace, and none without a listing", async () => {
    const api = await startAlexaApi();
    try {
      const premium = await productIdOf(api, 'premium_shopper');
      const insights = await productIdOf(api, 'offer_insights');

      expect(await api.entitlements.describe(premium, 'en-US')).toMatchObject({ price: '$2.99 a month' });
      expect(await api.entitlements.describe(premium, 'en-GB')).toMatchObject({ price: '£2.49 a month' });
      expect((await api.entitlements.describe(insights, 'en-US'))?.price).toMatch(/^\$\d+\.\d\d$/);
      // Canadian dollars are not an ISP currency: Alexa's flow in en-CA is not given a price here.
      expect((await api.entitlements.describe(premium, 'en-CA'))?.price).toBeUndefined();
    } finally {
      await api.close();
    }
  });
});
