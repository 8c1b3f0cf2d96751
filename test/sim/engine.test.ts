import type { Directive, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { ShoppingResultCodes, ShoppingTasks } from '../../lambda/constants';
import { type SimEvent, SimulatorEngine } from './engine';
import { defaultIdentity } from './envelopes';
import { loadLanguageModel } from './model';
import { IntentResolver } from './nlu';
import type { EntitlementControl, ProductFacts } from './purchases';
import { heardText } from './render';

const ASIN = 'B000000001';
const PRODUCTS = { shopping: { products: [{ asin: ASIN, title: 'Test Batteries' }] } };

function speak(text: string, attributes: Record<string, unknown> = {}, shouldEndSession: boolean | undefined = false): ResponseEnvelope {
  return {
    version: '1.0',
    sessionAttributes: attributes,
    response: { outputSpeech: { type: 'SSML', ssml: `<speak>${text}</speak>` }, ...(shouldEndSession === undefined ? {} : { shouldEndSession }) },
  };
}

function withDirective(directive: Directive, attributes: Record<string, unknown>): ResponseEnvelope {
  return { version: '1.0', sessionAttributes: attributes, response: { directives: [directive] } };
}

/** A stand-in skill that records every request and answers in a way the tests can read. */
function fakeSkill() {
  const received: RequestEnvelope[] = [];
  const invoke = async (envelope: RequestEnvelope): Promise<ResponseEnvelope> => {
    received.push(envelope);
    const request = envelope.request;
    const attributes = envelope.session?.attributes ?? {};
    switch (request.type) {
      case 'LaunchRequest':
        return speak('Welcome.', PRODUCTS);
      case 'IntentRequest':
        switch (request.intent.name) {
          case 'AddToCartIntent':
            return withDirective({ type: 'Connections.StartConnection', uri: ShoppingTasks.AddToCart.uri, input: { products: [{ asin: ASIN }] }, token: 'token-cart' }, attributes);
          case 'RecommendProductsIntent':
            return withDirective(
              {
                type: 'Connections.StartConnection',
                uri: ShoppingTasks.Recommend.uri,
                input: { products: [{ asin: ASIN }] },
                token: 'token-recommend',
                onCompletion: 'SEND_ERRORS_ONLY',
              },
              attributes,
            );
          case 'BuyPremiumIntent':
            return withDirective(
              { type: 'Connections.SendRequest', name: 'Buy', payload: { InSkillProduct: { productId: 'amzn1.adg.product.premium' } }, token: 'token-buy' },
              attributes,
            );
          case 'AMAZON.StopIntent':
            return speak('Goodbye.', {}, true);
          default:
            return speak(`You said ${request.intent.name}.`, attributes);
        }
      case 'SessionResumedRequest': {
        const result = (request.cause as { result?: { code: string } } | undefined)?.result;
        return speak(`Resumed with ${result?.code ?? 'success'}.`, attributes);
      }
      case 'Connections.Response':
        return speak(`Purchase ${String(request.payload?.['purchaseResult'])}.`, {});
      default:
        return { version: '1.0', response: {} };
    }
  };
  return { received, invoke };
}

function entitlementsStore(initial: Partial<ProductFacts> = {}) {
  const facts: ProductFacts = { name: 'Premium Shopper', type: 'SUBSCRIPTION', entitled: false, ...initial };
  const control: EntitlementControl = {
    describe: async () => ({ ...facts }),
    grant: async () => {
      facts.entitled = true;
    },
    revoke: async () => {
      facts.entitled = false;
    },
  };
  return { facts, control };
}

function engineFor(skill: ReturnType<typeof fakeSkill>, control: EntitlementControl = entitlementsStore().control, askPurchase = jest.fn(async () => 'accept' as const)) {
  const identity = defaultIdentity();
  const engine = new SimulatorEngine({
    invoke: skill.invoke,
    resolver: new IntentResolver(loadLanguageModel('en-US'), identity.skillId),
    identity,
    entitlements: control,
    askPurchase,
  });
  return { engine, askPurchase };
}

const last = (received: RequestEnvelope[]): RequestEnvelope => {
  const envelope = received[received.length - 1];
  if (envelope === undefined) throw new Error('no request received');
  return envelope;
};

describe('the simulator engine', () => {
  it('listens for a slot only after a LaunchRequest or an IntentRequest, never after a SessionResumedRequest', async () => {
    const skill = fakeSkill();
    const elicit: Directive = { type: 'Dialog.ElicitSlot', slotToElicit: 'query', updatedIntent: { name: 'SearchProductsIntent', confirmationStatus: 'NONE', slots: {} } };
    const invoke = async (envelope: RequestEnvelope): Promise<ResponseEnvelope> => {
      const answer = await skill.invoke(envelope);
      if (envelope.request.type !== 'SessionResumedRequest' && envelope.request.type !== 'LaunchRequest') return answer;
      return { ...answer, response: { ...answer.response, shouldEndSession: false, directives: [elicit] } };
    };
    const { engine } = engineFor({ ...skill, invoke });

    await engine.say('open voice shopper');
    await engine.say('coffee beans');
    const afterLaunch = last(skill.received).request;
    expect(afterLaunch.type === 'IntentRequest' && afterLaunch.intent.slots?.['query']?.value).toBe('coffee beans');

    const events = await engine.say('add it to my cart');
    expect(events.some((e) => e.kind === 'note' && e.text.includes('Dialog.ElicitSlot ignored'))).toBe(true);
    await engine.say('zebra crackers');
    const afterResume = last(skill.received).request;
    expect(afterResume.type === 'IntentRequest' && afterResume.intent.name).toBe('AMAZON.FallbackIntent');
  });

  it('opens a session with "open <invocation name>" and carries session attributes into the next request', async () => {
    const skill = fakeSkill();
    const { engine } = engineFor(skill);

    await engine.say('open voice shopper');
    await engine.say('help');

    const [launch, help] = skill.received;
    expect(launch?.request.type).toBe('LaunchRequest');
    expect(launch?.session?.new).toBe(true);
    expect(help?.session?.new).toBe(false);
    expect(help?.session?.sessionId).toBe(launch?.session?.sessionId);
    expect(help?.session?.attributes).toEqual(PRODUCTS);
    expect(engine.sessionOpen).toBe(true);
  });

  it('starts a session with an intent for "ask <invocation name> to …"', async () => {
    const skill = fakeSkill();
    const { engine } = engineFor(skill);

    const events = await engine.say('ask voice shopper to find coffee beans');

    const request = last(skill.received).request;
    expect(request.type === 'IntentRequest' && request.intent.name).toBe('SearchProductsIntent');
    expect(request.type === 'IntentRequest' && request.intent.slots?.['query']?.value).toBe('coffee beans');
    expect(last(skill.received).session?.new).toBe(true);
    expect(heardText(events)).toBe('You said SearchProductsIntent.');
  });

  it('plays Alexa Shopping for a StartConnection and resumes the session with the token and attributes', async () => {
    const skill = fakeSkill();
    const { engine } = engineFor(skill);
    await engine.say('open voice shopper');

    const events = await engine.say('add it to my cart');

    const resumed = last(skill.received);
    expect(resumed.request).toMatchObject({
      type: 'SessionResumedRequest',
      cause: { type: 'ConnectionCompleted', token: 'token-cart', status: { code: '200', message: 'OK' } },
    });
    expect(resumed.request.type === 'SessionResumedRequest' && resumed.request.cause).not.toHaveProperty('result');
    expect(resumed.session?.attributes).toEqual(PRODUCTS);
    expect(resumed.session?.sessionId).toBe(skill.received[0]?.session?.sessionId);
    expect(heardText(events)).toBe(`added Test Batteries (${ASIN}) to your cart. Resumed with success.`);
  });

  it('sends the result code chosen for the next Shopping Action only', async () => {
    const skill = fakeSkill();
    const { engine } = engineFor(skill);
    await engine.say('open voice shopper');

    engine.setNextShoppingResult(ShoppingResultCodes.NoOffersFound);
    const failed = await engine.say('add it to my cart');
    const afterwards = await engine.say('add it to my cart');

    expect(heardText(failed)).toContain('Resumed with AlexaShopping.NoOffersFound.');
    const resumedRequests = skill.received.filter((e) => e.request.type === 'SessionResumedRequest');
    expect(resumedRequests[0]?.request).toMatchObject({
      cause: { status: { code: '200' }, result: { code: ShoppingResultCodes.NoOffersFound, message: 'We did not find any matches for your request.' } },
    });
    expect(heardText(afterwards)).toContain('Resumed with success.');
  });

  it('does not resume the skill after a successful SEND_ERRORS_ONLY recommendation', async () => {
    const skill = fakeSkill();
    const { engine } = engineFor(skill);
    await engine.say('open voice shopper');
    const count = skill.received.length;

    const events = await engine.say('recommend these');

    expect(skill.received).toHaveLength(count + 1);
    expect(heardText(events)).toContain('here are my recommendations');
    expect(engine.sessionOpen).toBe(false);
  });

  it('reports a failed recommendation as System.ExceptionEncountered naming the request that started it', async () => {
    const skill = fakeSkill();
    const { engine } = engineFor(skill);
    await engine.say('open voice shopper');
    engine.setNextShoppingResult(ShoppingResultCodes.InternalError);

    await engine.say('recommend these');

    const [intent, exception] = skill.received.slice(-2);
    expect(exception?.request).toMatchObject({
      type: 'System.ExceptionEncountered',
      error: { type: 'INTERNAL_SERVICE_ERROR' },
      cause: { requestId: intent?.request.requestId },
    });
    expect(engine.sessionOpen).toBe(false);
  });

  it('answers an accepted purchase with Connections.Response ACCEPTED in a new session and grants the entitlement', async () => {
    const skill = fakeSkill();
    const store = entitlementsStore();
    const { engine, askPurchase } = engineFor(skill, store.control);
    await engine.say('open voice shopper');

    const events = await engine.say('upgrade to premium');

    const response = last(skill.received);
    expect(askPurchase).toHaveBeenCalledTimes(1);
    expect(response.request).toMatchObject({
      type: 'Connections.Response',
      name: 'Buy',
      status: { code: '200', message: 'OK' },
      payload: { purchaseResult: 'ACCEPTED', productId: 'amzn1.adg.product.premium' },
      token: 'token-buy',
    });
    expect(response.session?.new).toBe(true);
    expect(response.session?.sessionId).not.toBe(skill.received[0]?.session?.sessionId);
    expect(store.facts.entitled).toBe(true);
    expect(heardText(events)).toContain('Purchase ACCEPTED.');
  });

  it('answers a declined purchase with DECLINED and leaves the entitlement alone', async () => {
    const skill = fakeSkill();
    const store = entitlementsStore();
    const { engine } = engineFor(skill, store.control);
    await engine.say('open voice shopper');

    engine.setNextPurchaseAnswer('decline');
    await engine.say('upgrade to premium');

    expect(last(skill.received).request).toMatchObject({ payload: { purchaseResult: 'DECLINED' } });
    expect(store.facts.entitled).toBe(false);
  });

  it('answers ALREADY_PURCHASED without asking when the customer owns the product', async () => {
    const skill = fakeSkill();
    const { engine, askPurchase } = engineFor(skill, entitlementsStore({ entitled: true }).control);
    await engine.say('open voice shopper');

    await engine.say('upgrade to premium');

    expect(askPurchase).not.toHaveBeenCalled();
    expect(last(skill.received).request).toMatchObject({ payload: { purchaseResult: 'ALREADY_PURCHASED' } });
  });

  it('sends SessionEndedRequest USER_INITIATED on "exit" and nothing when the skill ends the session', async () => {
    const skill = fakeSkill();
    const { engine } = engineFor(skill);
    await engine.say('open voice shopper');
    await engine.say('stop');
    const afterStop = skill.received.length;
    expect(engine.sessionOpen).toBe(false);

    await engine.say('open voice shopper');
    const events: SimEvent[] = await engine.say('exit');

    expect(skill.received.slice(afterStop).map((e) => e.request.type)).toEqual(['LaunchRequest', 'SessionEndedRequest']);
    expect(last(skill.received).request).toMatchObject({ reason: 'USER_INITIATED' });
    expect(events.some((e) => e.kind === 'session' && e.state === 'ended' && e.by === 'customer')).toBe(true);
  });

  it('shows progressive responses the skill sent while answering, before its answer', async () => {
    const skill = fakeSkill();
    const identity = defaultIdentity();
    const pending = ['Looking for batteries…'];
    const engine = new SimulatorEngine({
      invoke: skill.invoke,
      resolver: new IntentResolver(loadLanguageModel('en-US'), identity.skillId),
      identity,
      entitlements: entitlementsStore().control,
      drainProgressive: async () => pending.splice(0),
    });

    const events = await engine.say('open voice shopper');

    expect(events.map((e) => e.kind)).toEqual(['session', 'request', 'progressive', 'response']);
    expect(heardText(events)).toBe('Looking for batteries… Welcome.');
  });

  it('routes an utterance that matches nothing to AMAZON.FallbackIntent', async () => {
    const skill = fakeSkill();
    const { engine } = engineFor(skill);
    await engine.say('open voice shopper');

    const events = await engine.say('sing me a song about turtles');

    expect(heardText(events)).toBe('You said AMAZON.FallbackIntent.');
  });
});
