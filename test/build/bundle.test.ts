/**
 * What ships is the esbuild bundle, not the TypeScript: build it with the project's own
 * settings (infra/bundle.ts) into a temp folder and drive its exported handler through every
 * request type the skill core answers.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { bundleSkill } from '../../infra/bundle';
import { IntentNames, SessionKeys } from '../../lambda/constants';
import {
  continueSession,
  exceptionEncountered,
  intentRequest,
  launchRequest,
  repromptOf,
  sessionEndedRequest,
  sessionResumedRequest,
  speechOf,
} from '../support/envelopes';

type Handler = (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;

describe('the bundled Lambda', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'skill-bundle-'));
  const outfile = path.join(dir, 'index.js');
  let handler: Handler;
  const savedSecret = process.env.CONNECTION_TOKEN_SECRET;
  const silence = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  const silenceErrors = jest.spyOn(console, 'error').mockImplementation(() => undefined);

  beforeAll(async () => {
    process.env.CONNECTION_TOKEN_SECRET = 'bundle-test-secret-0123456789abcdef';
    await bundleSkill(outfile);
    // A fresh require of the built file, exactly as Lambda loads it.
    handler = (require(outfile) as { handler: Handler }).handler;
  }, 60_000);

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    if (savedSecret === undefined) delete process.env.CONNECTION_TOKEN_SECRET;
    else process.env.CONNECTION_TOKEN_SECRET = savedSecret;
    silence.mockRestore();
    silenceErrors.mockRestore();
  });

  it('is one CommonJS file with a source map and no AWS SDK inside', () => {
    const code = readFileSync(outfile, 'utf8');
    expect(statSync(`${outfile}.map`).size).toBeGreaterThan(0);
    expect(code).toMatch(/module\.exports/);
    expect(code).not.toMatch(/node_modules\/@aws-sdk\/client-/);
  });

  it('answers LaunchRequest, an intent, SessionEndedRequest and System.ExceptionEncountered', async () => {
    const launch = await handler(launchRequest());
    expect(speechOf(launch)).toMatch(/Welcome/);
    expect(repromptOf(launch)).not.toBe('');
    expect(speechOf(await handler(intentRequest(IntentNames.Help)))).toMatch(/I find products/);
    expect((await handler(sessionEndedRequest())).response).toEqual({});
    expect((await handler(exceptionEncountered())).response).toEqual({});
  });

  it('starts a Shopping Action and answers its SessionResumedRequest', async () => {
    const attributes = { [SessionKeys.Shopping]: { products: [{ asin: 'B000000AA1', title: 'Duracell AA batteries' }], pageStart: 0, pageSize: 3 } };
    const started = await handler(intentRequest(IntentNames.AddToCart, { ordinal: '1' }, { attributes }));
    const [directive] = started.response.directives ?? [];
    expect(directive).toMatchObject({ type: 'Connections.StartConnection', uri: 'connection://AMAZON.AddToShoppingCart/1' });
    const token = directive !== undefined && 'token' in directive ? String(directive.token) : '';
    const resumed = await handler(continueSession(started, sessionResumedRequest({ token, status: { code: '200', message: 'OK' } })));
    expect(speechOf(resumed)).toBe("I've added Duracell AA batteries to your cart. What would you like to do next?");
  });
});
