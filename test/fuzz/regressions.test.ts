/**
 * Each case here is a counterexample the fuzzer found, kept as a plain test so the fix
 * stays fixed whatever seed the next fuzz run draws.
 */
import { IntentNames, SessionKeys } from '../../lambda/constants';
import { MAX_LISTED_TITLE_LENGTH } from '../../lambda/session';
import { escapeSsml } from '../../lambda/util/ssml';
import { intentRequest, launchRequest, sessionEndedRequest, speechOf } from '../support/envelopes';
import { captureLogs } from '../support/logs';
import { testSkill } from '../support/skill';
import { longLogLines, spokenValues, turnProblems } from './invariants';
import { ssmlProblem } from './ssmlCheck';

const logs = captureLogs();
afterAll(() => logs.restore());

describe('fuzzer findings that stay fixed', () => {
  it.each(['toString', '__proto__', 'constructor', 'hasOwnProperty'])('answers in English when the locale is the name of an Object.prototype member (%s)', async (locale) => {
    // Before the fix the translator picked Object.prototype.toString as the message
    // catalog, and even the last-resort apology threw: the invocation rejected.
    const { invoke } = testSkill();
    const event = launchRequest({ locale });
    const out = await invoke(event);
    expect(speechOf(out)).toMatch(/Welcome to Voice Shopper/);
    expect(turnProblems(event, out)).toEqual([]);
  });

  it('drops half of a surrogate pair from catalog text, so the SSML stays valid', () => {
    // A title cut inside an emoji keeps one half of the pair.
    const cut = 'Battery pack 🔋'.slice(0, -1);
    expect(ssmlProblem(`<speak>${escapeSsml(cut)}</speak>`)).toBeUndefined();
    expect(escapeSsml('a\uDC00b\uD83D\uDD0B')).toBe('ab🔋');
  });

  it('speaks a title cut inside an emoji as valid SSML', async () => {
    const { invoke } = testSkill();
    const products = [{ asin: 'B000000AA1', title: 'Solar lantern 🔋'.slice(0, -1), unavailableReason: 'blocked' }];
    const event = intentRequest(IntentNames.AddToCart, { ordinal: '1' }, { attributes: { [SessionKeys.Shopping]: { products, pageStart: 0, pageSize: 3 } } });
    const out = await invoke(event);
    expect(speechOf(out)).toMatch(/Solar lantern/);
    expect(turnProblems(event, out)).toEqual([]);
  });

  it.each([
    ['a title longer than any the skill lists', { title: 'a'.repeat(MAX_LISTED_TITLE_LENGTH + 1) }],
    ['a price whose currency is not a string', { price: { amount: 12.99, currency: {} } }],
    ['a price whose amount is not a number', { price: { amount: '12.99', currency: 'USD' } }],
    ['a rating that is not a number', { rating: { stars: 5 } }],
    ['an unknown unavailable reason', { unavailableReason: 'stolen' }],
  ])('does not trust a listed product with %s', async (_what, broken) => {
    // Session attributes come back from the device: a product the skill did not write this
    // way is treated as not listed, instead of being read out as "[object Object]" or
    // beyond Alexa's 8,000-character speech limit.
    const { invoke } = testSkill();
    const products = [{ asin: 'B000000AA1', title: 'Duracell AA batteries', unavailableReason: 'blocked', ...broken }];
    const event = intentRequest(IntentNames.AddToCart, { ordinal: '1' }, { attributes: { [SessionKeys.Shopping]: { products, pageStart: 0, pageSize: 3 } } });
    const out = await invoke(event);
    // No Shopping Action: at most the elicitation of a new search query.
    expect((out.response.directives ?? []).filter((d) => d.type !== 'Dialog.ElicitSlot')).toEqual([]);
    expect(speechOf(out)).not.toMatch(/Duracell|object/);
    expect(turnProblems(event, out)).toEqual([]);
  });
});

describe('fuzzer findings in the catalog answers', () => {
  it('keeps a search answer within the speech limit when the query is huge', async () => {
    const { invoke } = testSkill();
    const event = intentRequest(IntentNames.SearchProducts, { query: `batteries ${'a'.repeat(20_000)}` });
    const out = await invoke(event);
    expect(turnProblems(event, out)).toEqual([]);
  });

  it('does not speak back a stored query longer than any the skill stores', async () => {
    const { invoke } = testSkill();
    const shopping = { query: 'a'.repeat(20_000), products: [{ asin: 'B000000AA1', title: 'Duracell AA batteries' }], pageStart: 0, pageSize: 3, totalResults: 1 };
    const event = intentRequest(IntentNames.Next, {}, { attributes: { [SessionKeys.Shopping]: shopping } });
    const out = await invoke(event);
    expect(turnProblems(event, out)).toEqual([]);
  });

  it('does not speak "Infinity dollars NaN" for a finite price too large to count in cents (seed 2525)', async () => {
    const { invoke } = testSkill();
    const products = [
      { asin: 'B000000AA1', title: 'Duracell AA batteries' },
      { asin: 'B000000AA2', title: 'Huge', price: { amount: 1.2333253911889544e308, currency: 'USD' }, rating: 4 },
    ];
    const event = intentRequest(IntentNames.Next, {}, { attributes: { [SessionKeys.Shopping]: { query: 'batteries', products, pageStart: 0, pageSize: 1, totalResults: 2 } } });
    const out = await invoke(event);
    expect(speechOf(out)).not.toMatch(/Infinity|NaN/);
    expect(turnProblems(event, out)).toEqual([]);
  });

  it('keeps every log line under 8 KB when a SessionEndedRequest carries a 3.67 MB error message', async () => {
    // Before the fix the message and the request id were logged whole: one 3.67 MB line.
    const { invoke } = testSkill();
    const event = sessionEndedRequest('ERROR');
    (event.request as { error?: { type: string; message: string } }).error = { type: 'INVALID_RESPONSE', message: 'm'.repeat(3_670_000) };
    logs.lines.splice(0);
    await invoke(event);
    expect(logs.events()).toContain('session_ended_with_error');
    expect(longLogLines(logs.lines.map((l) => l.line))).toEqual([]);
  });

  it('flags "undefined", "NaN" and "null" spoken unless the customer said the word', () => {
    expect(spokenValues('It costs NaN dollars.', ['find kettles'])).toEqual(['speech says "NaN"']);
    expect(spokenValues('I found no results for null.', ['null'])).toEqual([]);
    expect(spokenValues('I found no results for nullable.', ['nullable'])).toEqual([]);
  });
});
