/**
 * One budget per turn, shown with the fault servers: a TCP server that accepts and never
 * answers (as the DynamoDB endpoint and as the Monetization API), slow entitlements plus a
 * hung catalog in one turn. Every test runs on the fake clock (test/support/fakeClock.ts): it
 * waits for the request to reach the fault server, then moves the clock to the deadline, so
 * timings (the response log's `overrunMs`) are exact and never read off the wall clock.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { catalogFromEnvironment } from '../../lambda/catalog/createCatalog';
import { IntentNames, PremiumProducts } from '../../lambda/constants';
import { DynamoDbPersistenceAdapter } from '../../lambda/persistence/dynamoDbAdapter';
import { PersistenceError } from '../../lambda/persistence/errors';
import { MemoryPersistenceAdapter } from '../../lambda/persistence/memoryAdapter';
import { monetizationEntitlements } from '../../lambda/entitlements/monetizationEntitlements';
import { skillWith } from '../catalog/helpers';
import { startUpstream } from '../catalog/upstream';
import { type HungServer, startHungServer } from '../emulators/hung/server';
import { until, useFakeClock } from '../support/fakeClock';
import { intentRequest, launchRequest, speechOf } from '../support/envelopes';
import { captureLogs } from '../support/logs';
import { HEADPHONES, listed, startHarness } from '../purchasing/support';

const SHORT = { turnMs: 1200, launchMs: 500 };

let hung: HungServer;

beforeAll(() => {
  process.env.AWS_ACCESS_KEY_ID ??= 'AKIDLOCALTESTONLY';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'local-test-secret-not-a-real-key';
  process.env.AWS_REGION ??= 'us-east-1';
});

beforeEach(async () => {
  hung = await startHungServer();
});

afterEach(async () => {
  jest.useRealTimers();
  await hung.close();
});

const socketsClosed = () => until(() => hung.open() === 0, 'every socket to the hung server to close');

function overrunOf(logs: ReturnType<typeof captureLogs>): number {
  const response = logs.lines.find((l) => l.record.event === 'response');
  return Number(response?.record.overrunMs);
}

describe('a DynamoDB endpoint that accepts and never answers', () => {
  it('aborts the adapter call with the signal and closes its socket', async () => {
    const adapter = new DynamoDbPersistenceAdapter({ tableName: 'state', endpoint: hung.url, requestTimeoutMs: 60_000 });
    // Aborted once the request is on the wire (not after a fixed time: loading the SDK may be slow).
    const turn = new AbortController();
    const call = adapter.getAttributes(launchRequest(), turn.signal).catch((err: unknown) => err);
    await until(() => hung.accepted() === 1, 'the read to reach the server');
    turn.abort();
    expect(await call).toBeInstanceOf(PersistenceError);
    await socketsClosed();
  });

  it('still welcomes the customer within the launch budget', async () => {
    const logs = captureLogs();
    try {
      const persistence = new DynamoDbPersistenceAdapter({ tableName: 'state', endpoint: hung.url, requestTimeoutMs: 60_000 });
      const invoke = skillWith(catalogFromEnvironment('embedded'), { persistence, budgets: SHORT });
      useFakeClock();
      const turn = invoke(launchRequest());
      await until(() => hung.accepted() === 1, 'the read to reach the server');
      await jest.advanceTimersByTimeAsync(SHORT.launchMs);
      const answer = await turn;
      expect(speechOf(answer)).toMatch(/^Welcome to Voice Shopper\./);
      expect(answer.response.shouldEndSession).toBe(false);
      expect(logs.events()).toContain('price_watch_reprice_skipped');
      // The launch part ends turnMs - launchMs before the turn: far from overrunning it.
      expect(overrunOf(logs)).toBe(0);
      await socketsClosed();
    } finally {
      logs.restore();
    }
  });

  it('says so when a price watch cannot be saved', async () => {
    const persistence = new DynamoDbPersistenceAdapter({ tableName: 'state', endpoint: hung.url, requestTimeoutMs: 60_000 });
    const h = await startHarness({ persistence, budgets: SHORT });
    try {
      h.emulator.monetization.setEntitlement(PremiumProducts.PremiumShopper, true);
      useFakeClock();
      const turn = h.invoke(intentRequest(IntentNames.WatchPrice, {}, h.at({ attributes: listed(HEADPHONES) })));
      await until(() => hung.accepted() === 1, 'the read to reach the server');
      await jest.advanceTimersByTimeAsync(SHORT.turnMs);
      expect(speechOf(await turn)).toBe("Sorry, I couldn't save that just now. Please try again in a moment. What would you like to do?");
      await socketsClosed();
    } finally {
      await h.close();
    }
  });
});

describe('a Monetization API that accepts and never answers', () => {
  it('answers every turn honestly and leaks no socket over 50 turns', async () => {
    const h = await startHarness({ entitlements: monetizationEntitlements({ deadlineMs: 40 }), budgets: SHORT });
    try {
      useFakeClock();
      for (let turn = 0; turn < 50; turn += 1) {
        const answer = h.invoke(intentRequest(IntentNames.CompareOffers, {}, { apiEndpoint: hung.url, attributes: listed(HEADPHONES) }));
        await until(() => hung.accepted() === turn + 1, `turn ${turn + 1}'s request to reach the server`);
        await jest.advanceTimersByTimeAsync(40);
        expect(speechOf(await answer)).toMatch(/^Sorry, I can't check your premium features right now/);
      }
      // Every request reached the server, was aborted at its 40 ms, and its socket closed.
      expect(hung.accepted()).toBe(50);
      await socketsClosed();
    } finally {
      await h.close();
    }
  });
});

describe('a launch with a price watch and a hung catalog', () => {
  it('welcomes the customer within the launch budget, the drops skipped', async () => {
    const upstream = await startUpstream({ api: { faults: { hang: true } } });
    const persistence = new MemoryPersistenceAdapter();
    await persistence.saveAttributes(launchRequest(), {
      watches: [{ asin: HEADPHONES.asin, title: HEADPHONES.title, price: { amount: 199.99, currency: 'USD' }, watchedAt: 0 }],
      usedSlots: 1,
    });
    const h = await startHarness({ catalog: upstream.catalog, persistence, budgets: SHORT });
    const logs = captureLogs();
    try {
      h.emulator.monetization.setEntitlement(PremiumProducts.PremiumShopper, true);
      useFakeClock();
      const turn = h.invoke(launchRequest(h.at()));
      await until(() => upstream.api.requests().length > 0, 'the reprice to reach the catalog');
      await jest.advanceTimersByTimeAsync(SHORT.launchMs);
      const answer = await turn;
      expect(speechOf(answer)).toMatch(/^Welcome to Voice Shopper\./);
      expect(logs.events()).toContain('entitlements_loaded');
      expect(logs.events()).toContain('price_watch_reprice_skipped');
      // The launch's part of the budget ends well before the turn's: no overrun at all.
      expect(overrunOf(logs)).toBe(0);
    } finally {
      logs.restore();
      await h.close();
      await upstream.close();
    }
  });
});

/** Reads answer; writes hang until their signal fires (a table that stops taking writes). */
class HangingWrites extends MemoryPersistenceAdapter {
  /** Writes begun so far. */
  started = 0;

  override saveAttributes(_envelope: RequestEnvelope, _attributes: Record<string, unknown>, signal?: AbortSignal): Promise<void> {
    this.started += 1;
    return new Promise((_resolve, reject) => {
      signal?.addEventListener('abort', () => reject(new PersistenceError('write (aborted)')), { once: true });
    });
  }
}

describe('a launch whose price-drop write cannot complete', () => {
  it('reads out the drop and says it may be heard again', async () => {
    const persistence = new HangingWrites();
    // The embedded catalog prices these headphones at 120.10 dollars.
    await MemoryPersistenceAdapter.prototype.saveAttributes.call(persistence, launchRequest(), {
      watches: [{ asin: 'B0J1BKFNYM', title: 'JBL Headphones', price: { amount: 150, currency: 'USD' }, watchedAt: 0 }],
      usedSlots: 1,
    });
    // A roomier launch budget: the write must be the only thing that does not finish in it.
    const h = await startHarness({ catalog: catalogFromEnvironment('embedded'), persistence, budgets: { turnMs: 3000, launchMs: 2000 } });
    try {
      h.emulator.monetization.setEntitlement(PremiumProducts.PremiumShopper, true);
      useFakeClock();
      const turn = h.invoke(launchRequest(h.at()));
      await until(() => persistence.started === 1, 'the price-drop write');
      await jest.advanceTimersByTimeAsync(2000);
      const answer = await turn;
      expect(speechOf(answer)).toMatch(
        /^Good news: JBL Headphones dropped from 150 dollars to 120 dollars 10\. I couldn't note that down just now, so you may hear it again next time\. Want to add JBL Headphones to your cart\?$/,
      );
    } finally {
      await h.close();
    }
  });
});

describe('slow entitlements and a hung catalog in one turn', () => {
  it('compare offers answers within the one budget the two share', async () => {
    const upstream = await startUpstream({ api: { faults: { hang: true } } });
    const h = await startHarness({ catalog: upstream.catalog, entitlements: monetizationEntitlements(), budgets: SHORT });
    const logs = captureLogs();
    try {
      h.emulator.monetization.setEntitlement(PremiumProducts.PremiumShopper, true);
      h.emulator.monetization.fail({ kind: 'slow', delayMs: 400 });
      useFakeClock();
      const turn = h.invoke(intentRequest(IntentNames.CompareOffers, {}, h.at({ attributes: listed(HEADPHONES) })));
      await until(() => h.emulator.monetization.calls() === 1, 'the entitlements request');
      await jest.advanceTimersByTimeAsync(400);
      await until(() => upstream.api.requests().length === 1, 'the offers request to reach the catalog');
      await jest.advanceTimersByTimeAsync(SHORT.turnMs - 400);
      const answer = await turn;
      expect(speechOf(answer)).toBe(
        'Sorry, Amazon Business is taking too long to answer. Please try again in a moment. You can try again, or search for something else. What would you like to do?',
      );
      expect(logs.events()).toContain('entitlements_loaded');
      expect(logs.events()).toContain('catalog_deadline_exceeded');
      // With a budget per call the catalog would have waited its own 4.5 s after the 400 ms
      // of entitlements (an overrun of about 3.7 s); with one budget per turn the answer comes
      // at the turn's deadline, on the clock.
      expect(overrunOf(logs)).toBe(0);
    } finally {
      logs.restore();
      await h.close();
      await upstream.close();
    }
  });
});
