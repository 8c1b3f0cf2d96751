/**
 * Purchase flows through the exported skill, with the real MonetizationServiceClient talking
 * HTTP to the local emulator. Transcript style: U = the customer's request, A = the answer.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { IntentNames, PremiumProducts, SlotNames } from '../../lambda/constants';
import { continueSession, intentRequest, repromptOf, speechOf, TEST_ACCESS_TOKEN, TEST_USER_ID } from '../support/envelopes';
import { until, useFakeClock } from '../support/fakeClock';
import { captureLogs } from '../support/logs';
import { monetizationEntitlements } from '../../lambda/entitlements/monetizationEntitlements';
import { connectionsResponse, ENTITLEMENTS_DEADLINE_MS, HEADPHONES, KETTLE, listed, type PurchasingHarness, sendRequestOf, startHarness } from './support';

let h: PurchasingHarness;
let logs: ReturnType<typeof captureLogs>;

/**
 * Whatever a turn logs never names the customer or carries their API token: checked after
 * every turn, inside the test that took it.
 */
function watchingLogs(harness: PurchasingHarness): PurchasingHarness {
  const invoke = harness.invoke;
  harness.invoke = async (envelope) => {
    const answer = await invoke(envelope);
    const all = logs.lines.map((l) => l.line).join('\n');
    expect(all).not.toContain(TEST_USER_ID);
    expect(all).not.toContain(TEST_ACCESS_TOKEN);
    return answer;
  };
  return harness;
}

beforeEach(async () => {
  logs = captureLogs();
  h = watchingLogs(await startHarness());
});

afterEach(async () => {
  jest.useRealTimers();
  logs.restore();
  await h.close();
});

const buy = (product: string) => intentRequest(IntentNames.BuyPremium, { [SlotNames.PremiumProduct]: product }, h.at());

describe('what can I buy', () => {
  it('lists every product the customer can still buy, by name, and offers the subscription', async () => {
    const answer = await h.invoke(intentRequest(IntentNames.WhatCanIBuy, {}, h.at()));

    expect(speechOf(answer)).toContain('You can get Premium Shopper, Offer Insights and Price Watch Slots.');
    expect(speechOf(answer)).toContain('say: buy Premium Shopper');
    expect(repromptOf(answer)).not.toBe('');
    expect(sendRequestOf(answer)).toBeUndefined();
  });

  it('leaves out what the customer owns but keeps consumables, which can be bought again', async () => {
    h.emulator.monetization.setEntitlement(PremiumProducts.PremiumShopper, true);
    h.emulator.monetization.setEntitlement(PremiumProducts.WatchSlots, 2);

    const answer = await h.invoke(intentRequest(IntentNames.WhatCanIBuy, {}, h.at()));

    expect(speechOf(answer)).toContain('You can get Offer Insights and Price Watch Slots.');
    expect(speechOf(answer)).not.toContain('Premium Shopper');
  });

  it('says so when everything is owned', async () => {
    h.emulator.monetization.setEntitlement(PremiumProducts.PremiumShopper, true);
    h.emulator.monetization.setEntitlement(PremiumProducts.OfferInsights, true);
    h.emulator.monetization.setPurchasable(PremiumProducts.WatchSlots, false);

    const answer = await h.invoke(intentRequest(IntentNames.WhatCanIBuy, {}, h.at()));

    expect(speechOf(answer)).toContain('You already have every premium feature');
    expect(repromptOf(answer)).not.toBe('');
  });
});

describe('what premium gives', () => {
  const about = (product: string, options: Parameters<PurchasingHarness['at']>[0] = {}) =>
    intentRequest(IntentNames.WhatCanIBuy, { [SlotNames.PremiumProduct]: product }, h.at(options));

  it("reads the named product's own summary from the Monetization API, never a price, and starts no purchase", async () => {
    const answer = await h.invoke(about('premium shopper'));

    expect(speechOf(answer)).toMatch(
      /^Premium Shopper: Compare offers from every seller and get told when a price drops\. Alexa tells you the price when you say: buy Premium Shopper\. What would you like to find\?$/,
    );
    expect(speechOf(answer)).not.toMatch(/\d/);
    expect(sendRequestOf(answer)).toBeUndefined();
    expect(answer.response.shouldEndSession).not.toBe(true);
  });

  it("reads the summary in the request's locale, as the API localises it", async () => {
    const answer = await h.invoke(about('premium shopper', { locale: 'de-DE' }));

    expect(speechOf(answer)).toContain('Premium Shopper: Vergleiche die Angebote aller Verkäufer und erfahre, wenn ein Preis fällt.');
  });

  it('keeps the list the customer is in and asks its question', async () => {
    const answer = await h.invoke(about('offer insights', { attributes: { shopping: { products: [KETTLE, HEADPHONES], pageStart: 0, pageSize: 3 } } }));

    expect(speechOf(answer)).toMatch(/^Offer Insights: Hear every seller's offer for a product, once and for all\. .*Which one would you like to hear about\?$/);
    expect((answer.sessionAttributes?.['shopping'] as { products?: unknown[] } | undefined)?.products).toHaveLength(2);
  });

  it('tells an owner they have it and how to use it', async () => {
    h.emulator.monetization.setEntitlement(PremiumProducts.PremiumShopper, true);

    const answer = await h.invoke(about('premium shopper'));

    expect(speechOf(answer)).toMatch(/^You have Premium Shopper: Compare offers .* After you find a product, say compare offers, or watch the price\./);
  });

  it('without a product named, lists what can be bought', async () => {
    const answer = await h.invoke(intentRequest(IntentNames.WhatCanIBuy, {}, h.at()));

    expect(speechOf(answer)).toContain('You can get Premium Shopper, Offer Insights and Price Watch Slots.');
  });
});

describe('buy', () => {
  it('sends a Buy for the product id the reference name resolves to, then confirms ACCEPTED', async () => {
    // U: buy premium shopper
    const first = await h.invoke(buy('premium shopper'));
    const directive = sendRequestOf(first);
    expect(directive).toMatchObject({
      type: 'Connections.SendRequest',
      name: 'Buy',
      payload: { InSkillProduct: { productId: h.emulator.monetization.productId(PremiumProducts.PremiumShopper) } },
    });
    expect(first.response.outputSpeech).toBeUndefined();
    expect(first.response.shouldEndSession).toBeUndefined();

    // Alexa's purchase flow: the customer accepts.
    h.emulator.monetization.acceptPurchase(PremiumProducts.PremiumShopper);
    const second = await h.invoke(
      continueSession(first, connectionsResponse('Buy', 'ACCEPTED', h.at({ token: directive?.token, productId: directive?.payload?.InSkillProduct.productId }))),
    );

    expect(speechOf(second)).toContain('Premium Shopper is all set.');
    expect(speechOf(second)).toContain('compare offers');
    expect(repromptOf(second)).not.toBe('');
    expect(second.response.shouldEndSession).toBe(false);
  });

  it('says the product is already owned and sends no directive', async () => {
    h.emulator.monetization.setEntitlement(PremiumProducts.OfferInsights, true);

    const answer = await h.invoke(buy('offer insights'));

    expect(sendRequestOf(answer)).toBeUndefined();
    expect(speechOf(answer)).toContain('You already have Offer Insights.');
    expect(repromptOf(answer)).not.toBe('');
  });

  it('buys a consumable again even when some units are owned', async () => {
    h.emulator.monetization.setEntitlement(PremiumProducts.WatchSlots, 1);

    const answer = await h.invoke(buy('watch slots'));

    expect(sendRequestOf(answer)?.name).toBe('Buy');
  });

  it('keeps the product the customer was looking at when the Buy comes back in a new session', async () => {
    // U: buy offer insights, with the kettle current → Alexa's purchase flow → a new session.
    const first = await h.invoke(intentRequest(IntentNames.BuyPremium, { [SlotNames.PremiumProduct]: 'offer insights' }, h.at({ attributes: listed(KETTLE, HEADPHONES) })));
    const directive = sendRequestOf(first);
    h.emulator.monetization.acceptPurchase(PremiumProducts.OfferInsights);
    const bought = await h.invoke(
      connectionsResponse('Buy', 'ACCEPTED', h.at({ token: directive?.token, productId: directive?.payload?.InSkillProduct.productId, newSession: true })),
    );
    expect(speechOf(bought)).toContain('is all set');

    // U: add it to my cart → still the kettle.
    const cart = await h.invoke(continueSession(bought, intentRequest(IntentNames.AddToCart, {}, h.at({}))));
    expect(cart.response.directives?.[0]).toMatchObject({ uri: 'connection://AMAZON.AddToShoppingCart/1', input: { products: [{ asin: KETTLE.asin }] } });
  });

  it('refuses an unknown product without a directive', async () => {
    const answer = await h.invoke(buy('a pony'));

    expect(sendRequestOf(answer)).toBeUndefined();
    expect(speechOf(answer)).toContain("I don't have that premium feature");
  });

  it.each([
    ['DECLINED', 'no problem'],
    ['ERROR', "didn't go through"],
    ['NOT_ENTITLED', "didn't go through"],
    ['SOMETHING_NEW', "didn't go through"],
  ])('answers a Buy %s honestly and keeps the conversation going', async (result, expected) => {
    const first = await h.invoke(buy('premium shopper'));
    const token = sendRequestOf(first)?.token;

    const answer = await h.invoke(connectionsResponse('Buy', result, h.at({ token })));

    expect(speechOf(answer)).toContain(expected);
    expect(repromptOf(answer)).not.toBe('');
    expect(answer.response.directives ?? []).toHaveLength(0);
  });

  it('answers ALREADY_PURCHASED to a Buy exactly once', async () => {
    const first = await h.invoke(buy('premium shopper'));

    const answer = await h.invoke(connectionsResponse('Buy', 'ALREADY_PURCHASED', h.at({ token: sendRequestOf(first)?.token })));

    const speech = speechOf(answer);
    expect(speech.match(/already have/g)).toHaveLength(1);
    expect(speech.match(/What would you like to do\?/g)).toHaveLength(1);
    expect(answer.response.directives ?? []).toHaveLength(0);
  });

  it('treats a non-200 status as a failed flow, whatever the payload says', async () => {
    const first = await h.invoke(buy('premium shopper'));

    const answer = await h.invoke(connectionsResponse('Buy', 'ACCEPTED', h.at({ token: sendRequestOf(first)?.token, statusCode: '500' })));

    expect(speechOf(answer)).toContain("couldn't reach Amazon's purchase service");
    expect(repromptOf(answer)).not.toBe('');
  });

  it('still answers a result whose token does not verify, without naming a product', async () => {
    const answer = await h.invoke(connectionsResponse('Buy', 'ACCEPTED', h.at({ token: 'forged.token' })));

    expect(speechOf(answer)).toContain('is all set');
    expect(repromptOf(answer)).not.toBe('');
  });
});

describe('upsell from a premium request', () => {
  it('upsells Premium Shopper with a one-sentence message, then ACCEPTED continues the watch', async () => {
    // U: watch the price (of the current product)
    const first = await h.invoke(intentRequest(IntentNames.WatchPrice, {}, h.at({ attributes: listed(HEADPHONES) })));
    const directive = sendRequestOf(first);
    expect(directive).toMatchObject({
      name: 'Upsell',
      payload: { InSkillProduct: { productId: h.emulator.monetization.productId(PremiumProducts.PremiumShopper) } },
    });
    const message = String(directive?.payload?.upsellMessage);
    expect(message).toContain('Premium Shopper');
    expect(message).toContain('tell you when it drops');
    expect(message.split(/[.!?](\s|$)/).filter((s) => s.trim() !== '')).toHaveLength(1);
    expect(first.response.outputSpeech).toBeUndefined();

    // The purchase flow comes back in a NEW session: only the token remembers the request.
    h.emulator.monetization.acceptPurchase(PremiumProducts.PremiumShopper);
    const second = await h.invoke(
      connectionsResponse('Upsell', 'ACCEPTED', h.at({ token: directive?.token, productId: directive?.payload?.InSkillProduct.productId, newSession: true })),
    );

    expect(speechOf(second)).toContain("I'm watching Quiet Comfort Headphones at 199 dollars 99");
    expect(speechOf(second)).not.toContain('all set');
    expect(repromptOf(second)).not.toBe('');
    expect(sendRequestOf(second)).toBeUndefined();
  });

  it('continues after ACCEPTED even if the Monetization API has not caught up yet', async () => {
    const first = await h.invoke(intentRequest(IntentNames.WatchPrice, {}, h.at({ attributes: listed(HEADPHONES) })));
    const directive = sendRequestOf(first);

    // No acceptPurchase: the service still says NOT_ENTITLED.
    const second = await h.invoke(connectionsResponse('Upsell', 'ACCEPTED', h.at({ token: directive?.token, productId: directive?.payload?.InSkillProduct.productId })));

    expect(speechOf(second)).toContain("I'm watching Quiet Comfort Headphones");
    expect(sendRequestOf(second)).toBeUndefined();
  });

  it('keeps the product current after DECLINED in a new session, so the customer can still add it to the cart', async () => {
    // U: watch the price → Upsell → the customer declines; Alexa relaunches the skill.
    const first = await h.invoke(intentRequest(IntentNames.WatchPrice, {}, h.at({ attributes: listed(KETTLE, HEADPHONES) })));
    const declined = await h.invoke(connectionsResponse('Upsell', 'DECLINED', h.at({ token: sendRequestOf(first)?.token, newSession: true })));
    expect(speechOf(declined)).toContain("Price watch isn't on");

    // U: add it to my cart → the product they were looking at, not "search for something first".
    const cart = await h.invoke(continueSession(declined, intentRequest(IntentNames.AddToCart, {}, h.at({}))));
    expect(cart.response.directives?.[0]).toMatchObject({
      type: 'Connections.StartConnection',
      uri: 'connection://AMAZON.AddToShoppingCart/1',
      input: { products: [{ asin: KETTLE.asin }] },
    });
  });

  it('answers DECLINED with what still works for free', async () => {
    const first = await h.invoke(intentRequest(IntentNames.WatchPrice, {}, h.at({ attributes: listed(HEADPHONES) })));

    const second = await h.invoke(continueSession(first, connectionsResponse('Upsell', 'DECLINED', h.at({ token: sendRequestOf(first)?.token }))));

    expect(speechOf(second)).toContain("Price watch isn't on");
    expect(repromptOf(second)).not.toBe('');
    expect(h.emulator.monetization.products().find((p) => p.referenceName === PremiumProducts.PremiumShopper)?.entitled).toBe('NOT_ENTITLED');
  });

  it('answers ALREADY_PURCHASED to an upsell once: by doing what was asked', async () => {
    const first = await h.invoke(intentRequest(IntentNames.WatchPrice, {}, h.at({ attributes: listed(HEADPHONES) })));
    const directive = sendRequestOf(first);
    h.emulator.monetization.setEntitlement(PremiumProducts.PremiumShopper, true);

    const second = await h.invoke(
      continueSession(first, connectionsResponse('Upsell', 'ALREADY_PURCHASED', h.at({ token: directive?.token, productId: directive?.payload?.InSkillProduct.productId }))),
    );

    const speech = speechOf(second);
    expect(speech).toContain("I'm watching Quiet Comfort Headphones");
    expect(speech).not.toContain('already have');
    expect(speech.match(/What would you like to do next\?/g)).toHaveLength(1);
  });

  it('answers ERROR without continuing', async () => {
    const first = await h.invoke(intentRequest(IntentNames.WatchPrice, {}, h.at({ attributes: listed(HEADPHONES) })));

    const second = await h.invoke(continueSession(first, connectionsResponse('Upsell', 'ERROR', h.at({ token: sendRequestOf(first)?.token }))));

    expect(speechOf(second)).toContain("didn't go through");
    expect(speechOf(second)).not.toContain('watching');
    expect(repromptOf(second)).not.toBe('');
  });
});

describe('cancel', () => {
  it('sends a Cancel for the product and answers each result', async () => {
    h.emulator.monetization.setEntitlement(PremiumProducts.PremiumShopper, true);
    const first = await h.invoke(intentRequest(IntentNames.RefundPremium, { [SlotNames.PremiumProduct]: 'premium shopper' }, h.at()));
    const directive = sendRequestOf(first);
    expect(directive).toMatchObject({ name: 'Cancel', payload: { InSkillProduct: { productId: h.emulator.monetization.productId(PremiumProducts.PremiumShopper) } } });
    expect(directive?.payload?.upsellMessage).toBeUndefined();

    // A token is used once: each result comes back from its own Cancel flow, here one per
    // customer (the harness's clock stands still, so one customer's flows would share a token).
    const answers: ResponseEnvelope[] = [];
    for (const [i, result] of ['ACCEPTED', 'DECLINED', 'NOT_ENTITLED', 'ERROR'].entries()) {
      const customer = { userId: `amzn1.ask.account.CANCELLINGCUSTOMER${i}` };
      const request = await h.invoke(intentRequest(IntentNames.RefundPremium, { [SlotNames.PremiumProduct]: 'premium shopper' }, h.at(customer)));
      answers.push(await h.invoke(connectionsResponse('Cancel', result, h.at({ ...customer, token: sendRequestOf(request)?.token }))));
    }

    expect(answers.map(speechOf)).toEqual([
      expect.stringContaining('your request to cancel Premium Shopper is done'),
      expect.stringContaining("you'll keep Premium Shopper"),
      expect.stringContaining("You don't have Premium Shopper, so there's nothing to cancel"),
      expect.stringContaining("couldn't finish cancelling Premium Shopper"),
    ]);
    for (const answer of answers) expect(repromptOf(answer)).not.toBe('');
  });
});

describe('Monetization down', () => {
  it.each([
    ['a 500', { kind: 'status', status: 500 } as const],
    ['a dropped connection', { kind: 'drop' } as const],
    ['an unreadable body', { kind: 'malformed' } as const],
    ['no answer within the deadline', { kind: 'slow', delayMs: 2000 } as const],
  ])('refuses premium features honestly on %s, and free features keep working', async (_label, fault) => {
    // A slow API is a deadline test: on the fake clock, each turn waits for its entitlements
    // request to reach the emulator, then the clock moves to a 400 ms Monetization deadline.
    if (fault.kind === 'slow') {
      await h.close();
      h = watchingLogs(await startHarness({ entitlements: monetizationEntitlements({ deadlineMs: ENTITLEMENTS_DEADLINE_MS }) }));
      useFakeClock();
    }
    h.emulator.monetization.fail(fault);
    const turn = async (envelope: RequestEnvelope) => {
      if (fault.kind !== 'slow') return h.invoke(envelope);
      const before = h.emulator.monetization.calls();
      const answer = h.invoke(envelope);
      await until(() => h.emulator.monetization.calls() > before, 'the entitlements request');
      await jest.advanceTimersByTimeAsync(ENTITLEMENTS_DEADLINE_MS);
      return answer;
    };

    const premium = await turn(intentRequest(IntentNames.WatchPrice, {}, h.at({ attributes: listed(HEADPHONES) })));
    const buying = await turn(buy('premium shopper'));
    const help = await h.invoke(intentRequest(IntentNames.Help, {}, h.at()));

    for (const answer of [premium, buying]) {
      expect(speechOf(answer)).toContain("I can't check your premium features right now");
      expect(repromptOf(answer)).not.toBe('');
      expect(sendRequestOf(answer)).toBeUndefined();
    }
    expect(speechOf(help)).toContain('I find products');
  });
});

describe('locales without in-skill purchasing', () => {
  it('never sends an ISP directive nor calls the Monetization API in en-AU', async () => {
    const answers = [
      await h.invoke(intentRequest(IntentNames.BuyPremium, { [SlotNames.PremiumProduct]: 'premium shopper' }, h.at({ locale: 'en-AU' }))),
      await h.invoke(intentRequest(IntentNames.WatchPrice, {}, h.at({ locale: 'en-AU', attributes: listed(HEADPHONES) }))),
      await h.invoke(intentRequest(IntentNames.WhatCanIBuy, {}, h.at({ locale: 'en-AU' }))),
      await h.invoke(intentRequest(IntentNames.RefundPremium, { [SlotNames.PremiumProduct]: 'premium shopper' }, h.at({ locale: 'en-AU' }))),
    ];

    for (const answer of answers) {
      expect(sendRequestOf(answer)).toBeUndefined();
      expect(speechOf(answer)).toContain("premium features aren't available in your country");
    }
    expect(h.emulator.monetization.calls()).toBe(0);
  });
});

describe('one lookup per request', () => {
  it('reads every page once per request and only when a handler needs it', async () => {
    for (let i = 0; i < 230; i += 1) h.emulator.monetization.addProduct({ referenceName: `filler_${i}`, purchasable: 'NOT_PURCHASABLE' });

    await h.invoke(intentRequest(IntentNames.Help, {}, h.at()));
    expect(h.emulator.requests()).toHaveLength(0);

    const answer = await h.invoke(intentRequest(IntentNames.WhatCanIBuy, {}, h.at()));

    expect(speechOf(answer)).toContain('Premium Shopper');
    const pages = h.emulator.requests();
    expect(pages).toHaveLength(3);
    expect(pages.map((p) => p.query.maxResults)).toEqual(['100', '100', '100']);
    expect(pages[0]?.acceptLanguage).toBe('en-US');
  });
});
