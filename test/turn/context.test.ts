/**
 * The turn's one typed context: made by TurnContextInterceptor, read through accessors that
 * fail loudly without it; its deadline within Lambda's own remaining time; every log line of a
 * turn carrying the Alexa request id (never the user id).
 */
import { AttributesManagerFactory, type HandlerInput, ResponseFactory } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { IntentNames } from '../../lambda/constants';
import { TurnContextInterceptor } from '../../lambda/interceptors/TurnContextInterceptor';
import {
  getTurnSlot,
  setTurnSlot,
  TurnContextMissingError,
  tr,
  turnBudgets,
  turnContext,
  turnCustomer,
  turnDeadline,
  turnDevice,
  turnLanguage,
  turnLocale,
  turnSlot,
} from '../../lambda/turn/context';
import { budgetsWithin, DEFAULT_TURN_BUDGETS, RESPONSE_MARGIN_MS } from '../../lambda/util/deadline';
import { intentRequest, launchRequest, speechOf, TEST_USER_ID } from '../support/envelopes';
import { captureLogs } from '../support/logs';
import { testSkill } from '../support/skill';

function handlerInput(envelope: RequestEnvelope, lambdaContext?: unknown): HandlerInput {
  return {
    requestEnvelope: envelope,
    context: lambdaContext,
    attributesManager: AttributesManagerFactory.init({ requestEnvelope: envelope }),
    responseBuilder: ResponseFactory.init(),
  };
}

function withApl(envelope: RequestEnvelope): RequestEnvelope {
  const viewport = { mode: 'HUB', shape: 'RECTANGLE', pixelWidth: 1280, pixelHeight: 800, dpi: 160, currentPixelWidth: 1280, currentPixelHeight: 800 } as const;
  envelope.context.System.device = {
    deviceId: 'amzn1.ask.device.SCREEN',
    supportedInterfaces: { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.2' } } },
  };
  envelope.context.Viewport = viewport;
  return envelope;
}

afterEach(() => {
  jest.useRealTimers();
});

describe('the turn context', () => {
  it('is read through accessors that name the missing interceptor', () => {
    const input = handlerInput(launchRequest());
    for (const read of [turnContext, turnDeadline, turnBudgets, tr, turnLocale, turnLanguage, turnCustomer, turnDevice]) {
      expect(() => read(input)).toThrow(TurnContextMissingError);
    }
    expect(() => getTurnSlot(input, turnSlot<number>('anything'))).toThrow(/TurnContextInterceptor must run first/);
  });

  it('holds the locale, its data, the customer and the device of the request', () => {
    const input = handlerInput(withApl(launchRequest({ locale: 'en-GB' })));
    new TurnContextInterceptor().process(input);
    expect(turnLocale(input)).toBe('en-GB');
    expect(turnLanguage(input).locale).toBe('en-GB');
    expect(turnLanguage(input).messages.CART_NAME).toBe('basket');
    expect(tr(input)('CART_NAME')).toBe('basket');
    expect(turnCustomer(input).userId).toBe(TEST_USER_ID);
    expect(turnDevice(input)).toEqual({ apl: true, viewport: expect.objectContaining({ pixelWidth: 1280, shape: 'RECTANGLE' }) });
    expect(turnContext(input).requestId).toBe(input.requestEnvelope.request.requestId);
    turnDeadline(input).dispose();
  });

  it('says a device without APL has no screen to draw on', () => {
    const input = handlerInput(launchRequest());
    new TurnContextInterceptor().process(input);
    expect(turnDevice(input)).toEqual({ apl: false, viewport: undefined });
    turnDeadline(input).dispose();
  });

  it('keeps a typed slot per concern for the turn only', () => {
    const slot = turnSlot<{ count: number }>('test');
    const first = handlerInput(launchRequest());
    const second = handlerInput(launchRequest());
    new TurnContextInterceptor().process(first);
    new TurnContextInterceptor().process(second);
    setTurnSlot(first, slot, { count: 2 });
    expect(getTurnSlot(first, slot)).toEqual({ count: 2 });
    expect(getTurnSlot(second, slot)).toBeUndefined();
    turnDeadline(first).dispose();
    turnDeadline(second).dispose();
  });
});

describe("the turn's budget and Lambda's clock", () => {
  it('is the configured budget when Lambda gives more time, or says nothing', () => {
    expect(budgetsWithin(DEFAULT_TURN_BUDGETS, undefined)).toEqual(DEFAULT_TURN_BUDGETS);
    expect(budgetsWithin(DEFAULT_TURN_BUDGETS, 60_000)).toEqual(DEFAULT_TURN_BUDGETS);
  });

  it("is Lambda's remaining time less the margin when that is shorter, the launch's part within it", () => {
    expect(budgetsWithin({ turnMs: 5500, launchMs: 2500 }, 3000)).toEqual({ turnMs: 3000 - RESPONSE_MARGIN_MS, launchMs: 2500 });
    expect(budgetsWithin({ turnMs: 5500, launchMs: 2500 }, 2000)).toEqual({ turnMs: 1500, launchMs: 1500 });
    expect(budgetsWithin({ turnMs: 5500, launchMs: 2500 }, 100)).toEqual({ turnMs: 0, launchMs: 0 });
  });

  it("ends the turn's deadline before Lambda would end the invocation (fake timers)", () => {
    jest.useFakeTimers();
    const input = handlerInput(launchRequest(), { getRemainingTimeInMillis: () => 2000 });
    new TurnContextInterceptor().process(input);
    const deadline = turnDeadline(input);
    expect(turnBudgets(input).turnMs).toBe(2000 - RESPONSE_MARGIN_MS);
    jest.advanceTimersByTime(2000 - RESPONSE_MARGIN_MS - 1);
    expect(deadline.signal.aborted).toBe(false);
    jest.advanceTimersByTime(1);
    expect(deadline.signal.aborted).toBe(true);
  });

  it('keeps the configured budget when the Lambda context has no clock (the simulator)', () => {
    jest.useFakeTimers();
    const input = handlerInput(launchRequest(), { functionName: 'local' });
    new TurnContextInterceptor().process(input);
    expect(turnBudgets(input)).toEqual(DEFAULT_TURN_BUDGETS);
    jest.advanceTimersByTime(DEFAULT_TURN_BUDGETS.turnMs - 1);
    expect(turnDeadline(input).signal.aborted).toBe(false);
    turnDeadline(input).dispose();
  });
});

describe('log lines of a turn', () => {
  it('all carry the Alexa request id, and none the user id', async () => {
    const logs = captureLogs();
    try {
      const envelope = intentRequest(IntentNames.SearchProducts, { query: 'batteries' });
      const answer = await testSkill().invoke(envelope);
      expect(speechOf(answer)).toMatch(/^I found/);
      expect(logs.events()).toEqual(expect.arrayContaining(['request', 'response']));
      for (const { record, line } of logs.lines) {
        expect(record.requestId).toBe(envelope.request.requestId);
        expect(line).not.toContain(TEST_USER_ID);
      }
    } finally {
      logs.restore();
    }
  });

  it('keep each turn its own id when turns run at once', async () => {
    const logs = captureLogs();
    try {
      const skill = testSkill();
      const envelopes = [launchRequest(), intentRequest(IntentNames.SearchProducts, { query: 'coffee' }), intentRequest(IntentNames.Help)];
      await Promise.all(envelopes.map((e) => skill.invoke(e)));
      const ids = envelopes.map((e) => e.request.requestId);
      const responses = logs.lines.filter((l) => l.record.event === 'response').map((l) => l.record.requestId);
      expect(responses.sort()).toEqual([...ids].sort());
      const requests = logs.lines.filter((l) => l.record.event === 'request');
      for (const line of requests) {
        const envelope = envelopes.find((e) => e.request.requestId === line.record.requestId);
        expect(line.record.requestType).toBe(envelope?.request.type);
      }
    } finally {
      logs.restore();
    }
  });
});
