/**
 * The logs of a whole conversation carry nothing that identifies the customer or unlocks
 * anything: every captured line, at debug level, is scanned for the access tokens, the
 * user, device and person ids, email addresses, the connection-token secret and the Login
 * with Amazon credentials configured for the catalog.
 */
import { EnvNames } from '../../lambda/config/env';
import { dependenciesFromEnvironment } from '../../lambda/dependencies';
import { createSkill } from '../../lambda/index';
import { TEST_ACCESS_TOKEN, TEST_DEVICE_ID, TEST_SKILL_ID, TEST_USER_ID } from '../support/envelopes';
import { captureLogs } from '../support/logs';
import { logLeaks } from '../fuzz/invariants';
import { type Identity, runConversation, type Turn } from './conversation';

const SECRET_ENV: Record<string, string> = {
  [EnvNames.ConnectionTokenSecret]: 'conversation-connection-token-secret-7f3a9c',
  [EnvNames.LwaClientId]: 'amzn1.application-oa2-client.conversation0001',
  [EnvNames.LwaClientSecret]: 'conversation-lwa-client-secret-5e1d77',
  [EnvNames.LwaRefreshToken]: 'Atzr|conversation-refresh-token-0c4b2a',
  [EnvNames.ProductSearchUserEmail]: 'purchasing.manager@example-business.com',
  [EnvNames.LogLevel]: 'debug',
  [EnvNames.SkillId]: TEST_SKILL_ID,
};

const identity: Identity = {
  apiAccessToken: TEST_ACCESS_TOKEN,
  linkedAccessToken: 'Atza|IwEBIlinked-account-access-token-9d8c7b6a5f4e',
  personId: 'amzn1.ask.person.TESTPERSON000000000000000000000000000000000000',
};

const SECRETS = [
  { name: 'Alexa API access token', value: identity.apiAccessToken },
  { name: 'account-linking access token', value: identity.linkedAccessToken },
  { name: 'person id', value: identity.personId },
  { name: 'user id', value: TEST_USER_ID },
  { name: 'device id', value: TEST_DEVICE_ID },
  { name: 'connection-token secret', value: SECRET_ENV[EnvNames.ConnectionTokenSecret] ?? '' },
  { name: 'LWA client secret', value: SECRET_ENV[EnvNames.LwaClientSecret] ?? '' },
  { name: 'LWA refresh token', value: SECRET_ENV[EnvNames.LwaRefreshToken] ?? '' },
  { name: 'Product Search user email', value: SECRET_ENV[EnvNames.ProductSearchUserEmail] ?? '' },
];
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

const logs = captureLogs();
const saved: Record<string, string | undefined> = {};
let turns: Turn[] = [];

beforeAll(async () => {
  for (const [name, value] of Object.entries(SECRET_ENV)) {
    saved[name] = process.env[name];
    process.env[name] = value;
  }
  // Built from the environment, as the Lambda builds it.
  const invoke = createSkill(dependenciesFromEnvironment(), TEST_SKILL_ID);
  turns = await runConversation(invoke, identity);
});

afterAll(() => {
  logs.restore();
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('the logs of a full conversation', () => {
  it('cover every turn, at debug level, so the scan below has something to scan', () => {
    const events = logs.events();
    expect(turns.map((t) => t.name)).toContain('cart result');
    expect(events.filter((e) => e === 'request')).toHaveLength(turns.length);
    expect(events).toEqual(expect.arrayContaining(['catalog_search', 'shopping_task_started', 'shopping_task_result', 'connection_token_rejected']));
    expect(turns.find((t) => t.name === 'add to cart')?.response.response.directives?.[0]?.type).toBe('Connections.StartConnection');
  });

  it('contain no access token, customer id, email, or secret', () => {
    const lines = logs.lines.map((l) => l.line);
    expect(logLeaks(lines, SECRETS)).toEqual([]);
    expect(lines.filter((line) => EMAIL.test(line))).toEqual([]);
  });

  it('contain no request envelope, session attributes or slot values', () => {
    for (const { line } of logs.lines) {
      expect(line).not.toMatch(/"(?:context|session|attributes|apiEndpoint|slots)"/);
      expect(line).not.toContain('batteries');
    }
  });
});
