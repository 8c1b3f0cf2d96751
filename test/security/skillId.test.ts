/**
 * SKILL_ID end to end: the handler Lambda runs, loaded with SKILL_ID in its environment,
 * refuses every request type addressed to another skill and answers its own. (The unit
 * test in test/core passes the id to createSkill; this one proves the environment wiring.)
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { IntentNames } from '../../lambda/constants';
import { exceptionEncountered, intentRequest, launchRequest, sessionEndedRequest, sessionResumedRequest, TEST_SKILL_ID } from '../support/envelopes';
import { captureLogs } from '../support/logs';

type Handler = (event: RequestEnvelope) => Promise<ResponseEnvelope>;

const OTHER_SKILL_ID = 'amzn1.ask.skill.99999999-9999-9999-9999-999999999999';
const logs = captureLogs();
let handler: Handler;
const saved = process.env.SKILL_ID;

beforeAll(() => {
  process.env.SKILL_ID = TEST_SKILL_ID;
  // The handler binds SKILL_ID on its first request, as in a Lambda container: load a fresh
  // copy now that the variable is set (its log lines reach the console captured above).
  jest.isolateModules(() => {
    const loaded = require('../../lambda/index') as typeof import('../../lambda/index');
    handler = loaded.handler;
  });
});

afterAll(() => {
  logs.restore();
  if (saved === undefined) delete process.env.SKILL_ID;
  else process.env.SKILL_ID = saved;
});

const requestsFor = (skillId: string): Array<[string, RequestEnvelope]> => [
  ['a LaunchRequest', launchRequest({ skillId })],
  ['an IntentRequest', intentRequest(IntentNames.Help, {}, { skillId })],
  ['an AddToCart request', intentRequest(IntentNames.AddToCart, { ordinal: '1' }, { skillId })],
  ['a SessionResumedRequest', sessionResumedRequest({ token: 'x.y', status: { code: '200' } }, { skillId })],
  ['a SessionEndedRequest', sessionEndedRequest('USER_INITIATED', { skillId })],
  ['a System.ExceptionEncountered', exceptionEncountered(undefined, { skillId })],
];

describe('SKILL_ID set in the environment', () => {
  it.each(requestsFor(OTHER_SKILL_ID))('rejects %s for another skill without running any handler', async (_type, event) => {
    logs.lines.splice(0);
    await expect(handler(event)).rejects.toMatchObject({ name: 'SkillIdMismatchError' });
    // No handler ran: the only line is the rejection itself, and it names no ids.
    expect(logs.lines.map((l) => l.record.event)).toEqual(['skill_id_rejected']);
    expect(logs.lines[0]?.line).not.toContain(OTHER_SKILL_ID);
  });

  it.each(requestsFor(TEST_SKILL_ID))('answers %s for this skill', async (_type, event) => {
    const out = await handler(event);
    expect(out.version).toBe('1.0');
  });

  it('rejects a request whose session names this skill but whose context names another', async () => {
    // context.System.application is what Alexa signs for; session.application is a copy.
    const event = launchRequest({ skillId: OTHER_SKILL_ID });
    if (event.session !== undefined) event.session.application.applicationId = TEST_SKILL_ID;
    await expect(handler(event)).rejects.toMatchObject({ name: 'SkillIdMismatchError' });
  });
});
