/**
 * What ships is the esbuild bundle, not the TypeScript: build it with the project's own
 * settings (infra/bundle.ts, the deployed catalog) into a temp folder, load it in the
 * production configuration (DynamoDB state, the Amazon Business catalog, credentials from
 * the secret; test/support/production.ts) and drive its exported handler through every
 * request type the skill core answers, typed errors turned into their own speech included.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
import { type ProductionFixture, startProductionFixture } from '../support/production';

type Handler = (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;

describe('the bundled Lambda', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'skill-bundle-'));
  const outfile = path.join(dir, 'index.js');
  let handler: Handler;
  let production: ProductionFixture;
  const saved: Record<string, string | undefined> = {};
  const silence = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  const silenceErrors = jest.spyOn(console, 'error').mockImplementation(() => undefined);

  beforeAll(async () => {
    production = await startProductionFixture();
    for (const [name, value] of Object.entries(production.environment)) {
      saved[name] = process.env[name];
      process.env[name] = value;
    }
    await bundleSkill(outfile);
    // A fresh require of the built file, exactly as Lambda loads it.
    handler = (require(outfile) as { handler: Handler }).handler;
  }, 60_000);

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await production.close();
    silence.mockRestore();
    silenceErrors.mockRestore();
  });

  it('is one CommonJS file with no source map to read at start-up, no AWS SDK and no embedded sample catalog inside', () => {
    const code = readFileSync(outfile, 'utf8');
    expect(existsSync(`${outfile}.map`)).toBe(false);
    expect(code).not.toMatch(/sourceMappingURL/);
    expect(code).toMatch(/module\.exports/);
    expect(code).not.toMatch(/@aws-sdk\//);
    // Brands from the embedded catalog's seed table (lambda/catalog/embedded/seed.ts).
    expect(code).not.toMatch(/Rayovac|Energizer/);
  });

  it('searches the Amazon Business catalog with the credentials from the secret', async () => {
    const found = await handler(intentRequest(IntentNames.SearchProducts, { query: 'batteries' }));
    expect(speechOf(found)).toMatch(/^I found/);
  });

  it('maps a typed error from inside the bundle to its own answer, not the generic one', async () => {
    production.api.setFaults({ forceStatus: { status: 403, code: 'UNAUTHORIZED' } });
    try {
      const refused = await handler(intentRequest(IntentNames.SearchProducts, { query: 'coffee' }));
      expect(speechOf(refused)).toMatch(/can't reach its Amazon Business account/);
    } finally {
      production.api.setFaults({});
    }
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

  it('logs error names that survive minification', async () => {
    silenceErrors.mockClear();
    // en-AU has no in-skill purchasing: a typed SkillError, answered and logged.
    await handler(intentRequest(IntentNames.WhatCanIBuy, {}, { locale: 'en-AU' }));
    const lines = silenceErrors.mock.calls.map(([line]) => JSON.parse(String(line)) as Record<string, unknown>);
    const logged = lines.find((l) => l.event === 'skill_error');
    expect(logged?.errorName).toBe('PurchaseNotSupportedInLocaleError');
  });
});
