import { IntentNames, SessionKeys } from '../../lambda/constants';
import {
  continueSession,
  exceptionEncountered,
  intentRequest,
  launchRequest,
  repromptOf,
  sessionEndedRequest,
  speechOf,
  TEST_ACCESS_TOKEN,
  TEST_SKILL_ID,
  TEST_USER_ID,
} from '../support/envelopes';
import { captureLogs } from '../support/logs';
import { testSkill } from '../support/skill';

const logs = captureLogs();
afterAll(() => logs.restore());
beforeEach(() => logs.lines.splice(0));

describe('the always-present handlers', () => {
  const { invoke } = testSkill();

  it('welcomes the customer on launch and keeps the session open with a reprompt', async () => {
    const out = await invoke(launchRequest());
    expect(speechOf(out)).toMatch(/Welcome to Voice Shopper/);
    expect(repromptOf(out)).toMatch(/What would you like to find/);
    expect(out.response.shouldEndSession).toBe(false);
    expect(out.version).toBe('1.0');
  });

  it('explains what the skill does on help, with a cart in en-US and a basket in en-GB', async () => {
    const us = await invoke(intentRequest(IntentNames.Help));
    const gb = await invoke(intentRequest(IntentNames.Help, {}, { locale: 'en-GB' }));
    expect(speechOf(us)).toMatch(/add batteries to my cart/);
    expect(speechOf(gb)).toMatch(/add batteries to my basket/);
    expect(repromptOf(us)).not.toBe('');
  });

  it('says goodbye and ends the session on AMAZON.StopIntent', async () => {
    const out = await invoke(intentRequest(IntentNames.Stop));
    expect(speechOf(out)).toMatch(/Goodbye/);
    expect(out.response.shouldEndSession).toBe(true);
    expect(out.response.reprompt).toBeUndefined();
  });

  it('drops the pending question on AMAZON.CancelIntent, keeps the list and the session, and asks the stage question', async () => {
    const attributes = {
      [SessionKeys.Shopping]: { products: [{ asin: 'B00000ASN1', title: 'AA batteries' }], pageStart: 0, pageSize: 3 },
      [SessionKeys.AwaitingChoice]: IntentNames.AddToCart,
    };
    const out = await invoke(intentRequest(IntentNames.Cancel, {}, { attributes }));
    expect(speechOf(out)).toMatch(/^Okay\. Which one would you like to hear about\?$/);
    expect(out.response.shouldEndSession).toBe(false);
    expect(out.sessionAttributes?.[SessionKeys.Shopping]).toEqual(attributes[SessionKeys.Shopping]);
    expect(out.sessionAttributes?.[SessionKeys.AwaitingChoice]).toBeUndefined();
  });

  it('starts over on AMAZON.StartOverIntent: the list is forgotten and it asks what to find', async () => {
    const attributes = { [SessionKeys.Shopping]: { products: [{ asin: 'B00000ASN1', title: 'AA batteries' }], pageStart: 0, pageSize: 3 } };
    const out = await invoke(intentRequest(IntentNames.StartOver, {}, { attributes }));
    expect(speechOf(out)).toMatch(/starting over/);
    expect(out.sessionAttributes?.[SessionKeys.Shopping]).toBeUndefined();
    expect(out.response.shouldEndSession).toBe(false);
  });

  it('changes the fallback with each miss in a row: things that work here, then help or stop; another intent resets it', async () => {
    const first = await invoke(intentRequest(IntentNames.Fallback));
    const second = await invoke(intentRequest(IntentNames.Fallback, {}, { attributes: first.sessionAttributes ?? {} }));
    const third = await invoke(intentRequest(IntentNames.Fallback, {}, { attributes: second.sessionAttributes ?? {} }));
    const help = await invoke(intentRequest(IntentNames.Help, {}, { attributes: third.sessionAttributes ?? {} }));
    const afterHelp = await invoke(intentRequest(IntentNames.Fallback, {}, { attributes: help.sessionAttributes ?? {} }));
    expect(speechOf(first)).toMatch(/didn't catch that/);
    expect(speechOf(second)).toMatch(/still didn't get that\. You can say a product/);
    expect(speechOf(third)).toMatch(/Say help .* or stop/);
    expect(third.response.shouldEndSession).toBe(false);
    expect(speechOf(afterHelp)).toBe(speechOf(first));
  });

  it('answers the fallback intent with a way forward', async () => {
    const out = await invoke(intentRequest(IntentNames.Fallback));
    expect(speechOf(out)).toMatch(/didn't catch that/);
    expect(repromptOf(out)).not.toBe('');
  });

  it('forgets the listed products when the customer navigates home', async () => {
    const attributes = { [SessionKeys.Shopping]: { products: [{ asin: 'B00000ASN1', title: 'AA batteries' }], pageStart: 0, pageSize: 3 } };
    const out = await invoke(intentRequest(IntentNames.NavigateHome, {}, { attributes }));
    expect(speechOf(out)).toMatch(/starting over/);
    expect(out.sessionAttributes?.[SessionKeys.Shopping]).toBeUndefined();
  });

  it('repeats the last answer, and says so when there is none', async () => {
    const first = await invoke(launchRequest());
    const again = await invoke(continueSession(first, intentRequest(IntentNames.Repeat)));
    expect(speechOf(again)).toBe(speechOf(first));
    expect(repromptOf(again)).toBe(repromptOf(first));
    const nothing = await invoke(intentRequest(IntentNames.Repeat));
    expect(speechOf(nothing)).toMatch(/haven't said anything/);
  });

  it('asks what to find on yes, and says goodbye on no', async () => {
    expect(speechOf(await invoke(intentRequest(IntentNames.Yes)))).toMatch(/What would you like to find/);
    const no = await invoke(intentRequest(IntentNames.No));
    expect(no.response.shouldEndSession).toBe(true);
  });

  it.each(['USER_INITIATED', 'ERROR', 'EXCEEDED_MAX_REPROMPTS'] as const)('returns no speech and no directives for SessionEndedRequest (%s)', async (reason) => {
    const out = await invoke(sessionEndedRequest(reason));
    expect(out.response).toEqual({});
  });

  it('returns nothing for System.ExceptionEncountered and logs the error type and cause request id', async () => {
    const out = await invoke(exceptionEncountered({ type: 'INVALID_RESPONSE', message: 'Recommend failed' }));
    expect(out.response).toEqual({});
    const line = logs.lines.find((l) => l.record.event === 'exception_encountered');
    expect(line?.record).toMatchObject({ errorType: 'INVALID_RESPONSE', errorMessage: 'Recommend failed', causeRequestId: 'amzn1.echo-api.request.CAUSE' });
  });

  it('answers an intent the model does not declare as a miss: the fallback, with a reprompt', async () => {
    const out = await invoke(intentRequest('SomeUnknownIntent'));
    expect(speechOf(out)).toMatch(/didn't catch that/);
    expect(repromptOf(out)).not.toBe('');
    expect(logs.events()).not.toContain('unhandled_error');
  });

  it('answers a malformed envelope with a valid response instead of rejecting', async () => {
    for (const bad of [null, 42, {}, { request: { type: 'LaunchRequest' } }, { request: {}, context: { System: {} } }]) {
      const out = await invoke(bad);
      expect(out.version).toBe('1.0');
      expect(speechOf(out)).toMatch(/Sorry/);
    }
    expect(logs.events()).toContain('malformed_envelope');
  });

  it('stays silent for a malformed SessionEndedRequest too', async () => {
    const out = await invoke({ request: { type: 'SessionEndedRequest' } });
    expect(out.response).toEqual({});
  });

  it('logs request id, type, intent, locale and outcome, and never the user id or access token', async () => {
    await invoke(intentRequest(IntentNames.Repeat, {}, { locale: 'en-GB' }));
    const request = logs.lines.find((l) => l.record.event === 'request');
    const response = logs.lines.find((l) => l.record.event === 'response');
    expect(request?.record).toMatchObject({ requestType: 'IntentRequest', intent: 'AMAZON.RepeatIntent', locale: 'en-GB' });
    // An open answer listens for free words (lambda/conversation/listen.ts).
    expect(response?.record).toMatchObject({ outcome: 'directive:Dialog.ElicitSlot' });
    const all = logs.lines.map((l) => l.line).join('\n');
    expect(all).not.toContain(TEST_USER_ID);
    expect(all).not.toContain(TEST_ACCESS_TOKEN);
  });
});

describe('skill id verification', () => {
  it('rejects a request for another skill when SKILL_ID is set', async () => {
    const { invoke } = testSkill({}, TEST_SKILL_ID);
    await expect(invoke(launchRequest({ skillId: 'amzn1.ask.skill.someone-else' }))).rejects.toThrow(/another skill/);
    expect(logs.events()).toContain('skill_id_rejected');
    const ok = await invoke(launchRequest());
    expect(speechOf(ok)).toMatch(/Welcome/);
  });
});

describe('repeating from session attributes', () => {
  const { invoke } = testSkill();

  it.each([
    ['an unpaired surrogate', '<speak>\ud800</speak>'],
    ['markup the skill never speaks', '<speak><audio src="https://example.com/x.mp3"/></speak>'],
    ['a bare ampersand', '<speak>Salt & pepper</speak>'],
    ['no speak element', 'Hello there'],
    ['more than Alexa allows', `<speak>${'a'.repeat(8000)}</speak>`],
  ])('does not replay a stored answer with %s', async (_label, speech) => {
    const out = await invoke(intentRequest(IntentNames.Repeat, {}, { attributes: { [SessionKeys.LastAnswer]: { speech, reprompt: speech } } }));
    expect(speechOf(out)).toMatch(/haven't said anything/);
  });

  it('replays an escaped answer the skill itself gave', async () => {
    const speech = '<speak>Salt &amp; Pepper &lt;Deluxe&gt;. What next?</speak>';
    const out = await invoke(intentRequest(IntentNames.Repeat, {}, { attributes: { [SessionKeys.LastAnswer]: { speech } } }));
    expect(out.response.outputSpeech).toEqual({ type: 'SSML', ssml: speech });
    expect(repromptOf(out)).toBe('What would you like to do next?');
  });
});
