import type { ResponseEnvelope, interfaces } from 'ask-sdk-model';
import { IntentNames, SessionKeys, ShoppingResultCodes } from '../../lambda/constants';
import type { ShoppingState } from '../../lambda/session';
import { issueConnectionToken } from '../../lambda/shopping/connectionToken';
import { TASKS } from '../../lambda/shopping/tasks';
import { continueSession, intentRequest, repromptOf, sessionResumedRequest, speechOf, TEST_USER_ID } from '../support/envelopes';
import { captureLogs } from '../support/logs';
import { TEST_TOKEN_SECRET, testSkill } from '../support/skill';

const logs = captureLogs();
afterAll(() => logs.restore());
beforeEach(() => logs.lines.splice(0));

const listed: ShoppingState = {
  query: 'batteries',
  products: [
    { asin: 'B000000AA1', title: 'Duracell AA batteries', price: { amount: 12.99, currency: 'USD' }, rating: 4.5 },
    { asin: 'B000000AA2', title: 'Energizer AAA batteries', price: { amount: 9.5, currency: 'USD' } },
    { asin: 'B000000AA3', title: 'Lithium 9 volt battery', unavailableReason: 'blocked' },
    { asin: 'B000000AA4', title: 'Rechargeable C cells' },
  ],
  pageStart: 0,
  pageSize: 3,
};
const attributes = () => ({ [SessionKeys.Shopping]: structuredClone(listed) });

function directiveOf(out: ResponseEnvelope): interfaces.connections.V1.StartConnectionDirective {
  const [directive] = out.response.directives ?? [];
  if (directive?.type !== 'Connections.StartConnection') throw new Error(`no StartConnection in ${JSON.stringify(out.response)}`);
  return directive as interfaces.connections.V1.StartConnectionDirective;
}

describe('intents that start a Shopping Action', () => {
  it.each([
    [IntentNames.AddToCart, 'connection://AMAZON.AddToShoppingCart/1'],
    [IntentNames.BuyProduct, 'connection://AMAZON.BuyShoppingProducts/1'],
    [IntentNames.AddToWishList, 'connection://AMAZON.AddToList/1'],
  ])('%s starts its task for the product picked by ordinal, with no speech', async (intent, uri) => {
    const { invoke } = testSkill();
    const out = await invoke(intentRequest(intent, { ordinal: '2' }, { attributes: attributes() }));
    const directive = directiveOf(out);
    expect(directive.uri).toBe(uri);
    expect(JSON.stringify(directive.input)).toContain('B000000AA2');
    expect(out.response.outputSpeech).toBeUndefined();
    expect(out.response.shouldEndSession).toBeUndefined();
    const state = out.sessionAttributes?.[SessionKeys.Shopping] as ShoppingState | undefined;
    expect(state?.current).toBe(1);
  });

  it('uses the current product when no ordinal is given', async () => {
    const { invoke } = testSkill();
    const attrs = { [SessionKeys.Shopping]: { ...structuredClone(listed), current: 3 } };
    const directive = directiveOf(await invoke(intentRequest(IntentNames.AddToCart, {}, { attributes: attrs })));
    expect(directive.input).toEqual({ products: [{ asin: 'B000000AA4' }] });
  });

  it('adds the configured Associates attribution to cart and buy products', async () => {
    const { invoke } = testSkill({ attribution: { associateId: 'store-20', trackingId: 'skill-7' } });
    const directive = directiveOf(await invoke(intentRequest(IntentNames.BuyProduct, { ordinal: '1' }, { attributes: attributes() })));
    expect(directive.input).toEqual({ products: [{ asin: 'B000000AA1', attribution: { associateId: 'store-20', trackingId: 'skill-7' } }] });
  });

  it('recommends the listed products that can be bought, at most ten, with errors only', async () => {
    const { invoke } = testSkill({ attribution: { associateId: 'store-20' } });
    const many: ShoppingState = {
      products: Array.from({ length: 12 }, (_v, i) => ({ asin: `B0000000${String(i).padStart(2, '0')}`, title: `Item ${i}` })),
      pageStart: 0,
      pageSize: 3,
    };
    const directive = directiveOf(await invoke(intentRequest(IntentNames.RecommendProducts, {}, { attributes: { [SessionKeys.Shopping]: many } })));
    expect(directive.uri).toBe('connection://AMAZON.RecommendShoppingProducts/1');
    expect(directive.onCompletion).toBe('SEND_ERRORS_ONLY');
    expect(directive.input?.products).toHaveLength(10);
    expect(directive.input?.attribution).toEqual({ associateId: 'store-20' });
    const blockedSkipped = directiveOf(await invoke(intentRequest(IntentNames.RecommendProducts, {}, { attributes: attributes() })));
    expect(blockedSkipped.input?.products).toEqual([{ asin: 'B000000AA1' }, { asin: 'B000000AA2' }, { asin: 'B000000AA4' }]);
  });

  it('asks what to look for when nothing has been listed', async () => {
    const { invoke } = testSkill();
    for (const intent of [IntentNames.AddToCart, IntentNames.BuyProduct, IntentNames.AddToWishList, IntentNames.RecommendProducts]) {
      const out = await invoke(intentRequest(intent));
      // No Shopping Action: only the elicitation of a search query, so a bare "coffee" is understood.
      expect(out.response.directives?.map((d) => d.type)).toEqual(['Dialog.ElicitSlot']);
      expect(speechOf(out)).toMatch(/(Search for something first|Search for something first, like dog food).*\?$/);
      expect(repromptOf(out)).toMatch(/What would you like to find/);
    }
  });

  it('asks what to look for, not for another number, when an ordinal comes before any search', async () => {
    const { invoke } = testSkill();
    const out = await invoke(intentRequest(IntentNames.BuyProduct, { ordinal: '2' }));
    expect(speechOf(out)).toMatch(/Search for something first/);
    expect(out.response.directives?.map((d) => d.type)).toEqual(['Dialog.ElicitSlot']);
  });

  it('says there is no such item for an ordinal past a page that holds every result', async () => {
    const { invoke } = testSkill();
    const three = { [SessionKeys.Shopping]: { ...structuredClone(listed), products: structuredClone(listed.products.slice(0, 3)) } };
    const out = await invoke(intentRequest(IntentNames.AddToCart, { ordinal: '4' }, { attributes: three }));
    expect(speechOf(out)).toBe("There's no item number 4 in this list. I have 3. Which one would you like?");
    // No Shopping Action: only the open question's listening for free words.
    expect(out.response.directives?.map((d) => d.type)).toEqual(['Dialog.ElicitSlot']);
  });

  it('says how many of how many were read out when the search found more than the page holds', async () => {
    const { invoke } = testSkill();
    const more = { [SessionKeys.Shopping]: { ...structuredClone(listed), totalResults: 23 } };
    const out = await invoke(intentRequest(IntentNames.AddToCart, { ordinal: '4' }, { attributes: more }));
    expect(speechOf(out)).toBe("There's no number 4 on this page: I've read out 3 of 23 results. Say next for more, or which one would you like?");
    expect(out.response.directives?.map((d) => d.type)).toEqual(['Dialog.ElicitSlot']);
  });

  it('refuses a product that cannot be ordered and says why', async () => {
    const { invoke } = testSkill();
    const out = await invoke(intentRequest(IntentNames.BuyProduct, { ordinal: '3' }, { attributes: attributes() }));
    expect(out.response.directives?.map((d) => d.type)).toEqual(['Dialog.ElicitSlot']);
    expect(speechOf(out)).toMatch(/Lithium 9 volt battery can't be ordered/);
    expect(repromptOf(out)).toMatch(/something else/);
  });

  it('never sends a malformed directive: a listed product with a bad ASIN becomes a clear answer', async () => {
    const { invoke } = testSkill();
    const attrs = { [SessionKeys.Shopping]: { products: [{ asin: 'not-an-asin', title: 'Odd thing' }], pageStart: 0, pageSize: 3 } };
    const out = await invoke(intentRequest(IntentNames.AddToCart, { ordinal: '1' }, { attributes: attrs }));
    expect(out.response.directives).toBeUndefined();
    expect(speechOf(out)).toMatch(/can't use that product with Amazon Shopping/);
    expect(logs.lines.find((l) => l.record.event === 'skill_error')?.record.code).toBe('InvalidAsin');
  });
});

describe('SessionResumedRequest: the result of a Shopping Action', () => {
  async function startThenResume(
    intent: string,
    cause: { status?: { code: string; message?: string }; result?: { code: string; message: string } | null },
    locale = 'en-US',
  ): Promise<ResponseEnvelope> {
    const { invoke } = testSkill();
    const started = await invoke(intentRequest(intent, { ordinal: '1' }, { attributes: attributes(), locale }));
    const token = directiveOf(started).token;
    return invoke(continueSession(started, sessionResumedRequest({ token, ...cause }, { locale })));
  }
  const ok = { status: { code: '200', message: 'OK' } };

  it.each([
    [IntentNames.AddToCart, "I've added Duracell AA batteries to your cart. What would you like to do next?"],
    [IntentNames.BuyProduct, 'Alexa has placed your order for Duracell AA batteries. What would you like to do next?'],
    [IntentNames.AddToWishList, "I've added Duracell AA batteries to your wish list. What would you like to do next?"],
  ])('confirms %s by task and product when there is no result', async (intent, expected) => {
    const out = await startThenResume(intent, ok);
    expect(speechOf(out)).toBe(expected);
    expect(repromptOf(out)).toBe('What would you like to do next?');
    expect(out.response.shouldEndSession).toBe(false);
  });

  it('says basket in en-GB', async () => {
    const out = await startThenResume(IntentNames.AddToCart, ok, 'en-GB');
    expect(speechOf(out)).toMatch(/to your basket/);
  });

  it.each([
    [ShoppingResultCodes.ItemNotEligible, /Duracell AA batteries can't be bought with Alexa/, /something else/],
    [ShoppingResultCodes.NoOffersFound, /Duracell AA batteries isn't available right now. It may be out of stock/, /something else/],
    [ShoppingResultCodes.InvalidTaskForMarketplace, /adding to your cart isn't available with Alexa in your country/, /do next/],
    [ShoppingResultCodes.RetryLaterError, /couldn't finish adding to your cart just now. Please try again in a little while/, /do next/],
    [ShoppingResultCodes.InternalError, /Amazon Shopping had a problem and adding to your cart didn't go through/, /do next/],
    ['AlexaShopping.SomethingNew', /Sorry, adding to your cart didn't go through/, /do next/],
  ])('answers result code %s with its own sentence and a next step, even with status 200', async (code, speech, reprompt) => {
    const out = await startThenResume(IntentNames.AddToCart, { ...ok, result: { code, message: 'from Alexa' } });
    expect(speechOf(out)).toMatch(speech);
    expect(repromptOf(out)).toMatch(reprompt);
    expect(out.response.shouldEndSession).toBe(false);
  });

  it.each([
    ['de-DE', 'DE', 'Das Hinzufügen zum Einkaufswagen ist mit Alexa in deinem Land leider noch nicht möglich.'],
    ['es-US', 'US', 'Lo siento, todavía no se puede agregar el producto a tu carrito con Alexa en tu país.'],
    ['ja-JP', 'JP', 'すみません、お住まいの国では、Alexaでのカートへの追加はまだご利用いただけません。'],
  ])('says InvalidTaskForMarketplace in %s and logs the marketplace %s', async (locale, region, sentence) => {
    const out = await startThenResume(IntentNames.AddToCart, { ...ok, result: { code: ShoppingResultCodes.InvalidTaskForMarketplace, message: 'from Alexa' } }, locale);
    expect(speechOf(out)).toContain(sentence);
    expect(out.response.shouldEndSession).toBe(false);
    const operator = logs.lines.find((l) => l.record.event === 'shopping_task_result');
    expect(operator?.level).toBe('warn');
    expect(operator?.record).toMatchObject({ outcome: 'not-in-marketplace', locale, productRegion: region });
  });

  it.each([ShoppingResultCodes.InvalidAssociatesParameter, 'AlexaShopping.InvalidAssociateId'])(
    'treats the Associates code %s as done for the customer and reports it to the operator',
    async (code) => {
      const out = await startThenResume(IntentNames.AddToCart, { ...ok, result: { code, message: 'Associates parameter invalid, please check.' } });
      expect(speechOf(out)).toMatch(/I've added Duracell AA batteries to your cart/);
      const operator = logs.lines.find((l) => l.record.event === 'associates_attribution_invalid');
      expect(operator?.level).toBe('error');
      expect(logs.lines.some((l) => l.record.AssociatesAttributionInvalid === 1 && l.record._aws !== undefined)).toBe(true);
    },
  );

  it.each(['500', '400', '404', 'not-a-number'])('gives the generic failure for status %s with no result', async (code) => {
    const out = await startThenResume(IntentNames.BuyProduct, { status: { code, message: 'x' } });
    expect(speechOf(out)).toMatch(/Sorry, buying didn't go through/);
    expect(repromptOf(out)).not.toBe('');
  });

  it('treats a missing status with no result as a failure, not a success', async () => {
    const out = await startThenResume(IntentNames.BuyProduct, {});
    expect(speechOf(out)).toMatch(/didn't go through/);
  });

  it('treats a result without a code as a failure', async () => {
    const out = await startThenResume(IntentNames.BuyProduct, { ...ok, result: { code: '', message: '' } });
    expect(speechOf(out)).toMatch(/didn't go through/);
  });

  describe('with a token that does not verify', () => {
    const { invoke, clock } = testSkill();
    const key = Buffer.from(TEST_TOKEN_SECRET);

    it.each([
      ['missing', undefined],
      ['tampered', `${issueConnectionToken(TASKS.Buy, ['B000000AA1'], Date.UTC(2026, 10, 22, 12), key, TEST_USER_ID).slice(0, -3)}abc`],
      ['from another key', issueConnectionToken(TASKS.Buy, ['B000000AA1'], Date.UTC(2026, 10, 22, 12), Buffer.from('some-other-key-0123456789abcdef'), TEST_USER_ID)],
      ['expired', issueConnectionToken(TASKS.Buy, ['B000000AA1'], Date.UTC(2026, 10, 22, 10), key, TEST_USER_ID)],
    ])('answers a %s token safely, naming no product and logging why', async (_label, token) => {
      const out = await invoke(sessionResumedRequest({ token, status: { code: '200', message: 'OK' } }, { attributes: attributes() }));
      expect(speechOf(out)).toMatch(/couldn't match it to this conversation/);
      expect(speechOf(out)).not.toMatch(/Duracell|order for/);
      expect(repromptOf(out)).not.toBe('');
      expect(logs.lines.some((l) => l.record.event === 'connection_token_rejected')).toBe(true);
      expect(clock.now).toBe(Date.UTC(2026, 10, 22, 12));
    });

    it('still reports a failure honestly when the token is bad', async () => {
      const out = await invoke(sessionResumedRequest({ token: 'garbage', status: { code: '200' }, result: { code: ShoppingResultCodes.NoOffersFound, message: 'x' } }));
      expect(speechOf(out)).toMatch(/that item isn't available right now/);
    });
  });

  it('names no product when the session no longer lists it, but still names the task', async () => {
    const { invoke } = testSkill();
    const token = issueConnectionToken(TASKS.AddToList, ['B000000AA9'], Date.UTC(2026, 10, 22, 12), Buffer.from(TEST_TOKEN_SECRET), TEST_USER_ID);
    const out = await invoke(sessionResumedRequest({ token, status: { code: '200', message: 'OK' } }));
    expect(speechOf(out)).toBe("I've added that item to your wish list. What would you like to do next?");
  });

  it('escapes a product title so the answer is valid SSML', async () => {
    const { invoke } = testSkill();
    const attrs = { [SessionKeys.Shopping]: { products: [{ asin: 'B000000AA1', title: 'Salt & Pepper <Deluxe> "Set"' }], pageStart: 0, pageSize: 3 } };
    const started = await invoke(intentRequest(IntentNames.AddToCart, { ordinal: '1' }, { attributes: attrs }));
    const out = await invoke(continueSession(started, sessionResumedRequest({ token: directiveOf(started).token, status: { code: '200' } })));
    const ssml = out.response.outputSpeech?.type === 'SSML' ? out.response.outputSpeech.ssml : '';
    expect(ssml).toContain('Salt &amp; Pepper &lt;Deluxe&gt; &quot;Set&quot;');
    expect(ssml.replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toMatch(/[&"]|<(?!\/?speak>)/);
  });
});
