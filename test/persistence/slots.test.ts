/**
 * Price-watch slot accounting on DynamoDB (dynalite): slots used survive sessions and new
 * Lambda containers, consumable packs add five each, and concurrent turns of one customer
 * lose no watch. Through the exported skill, with the Monetization emulator.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { IntentNames, PremiumProducts } from '../../lambda/constants';
import { createSkill } from '../../lambda/index';
import { DynamoDbPersistenceAdapter } from '../../lambda/persistence/dynamoDbAdapter';
import { parseCustomerState } from '../../lambda/persistence/state';
import type { ListedProduct } from '../../lambda/session';
import { intentRequest, launchRequest, speechOf } from '../support/envelopes';
import { captureLogs } from '../support/logs';
import { UNHURRIED_MS, unhurried } from '../support/unhurried';
import { connectionsResponse, listed, type PurchasingHarness, sendRequestOf, startHarness } from '../purchasing/support';
import { type LocalDynamo, startDynalite } from './dynalite';

let dynamo: LocalDynamo;
let h: PurchasingHarness;
let tableName: string;
let tables = 0;
let logs: ReturnType<typeof captureLogs>;

beforeAll(async () => {
  dynamo = await startDynalite();
});

afterAll(async () => {
  await dynamo.close();
});

beforeEach(async () => {
  logs = captureLogs();
  tables += 1;
  tableName = `slots-${tables}`;
  await dynamo.createTable(tableName);
  h = await startHarness();
});

afterEach(async () => {
  await h.close();
  logs.restore();
});

/** A new Lambda container: a new skill and a new DynamoDB adapter on the same table. */
function container(): (envelope: RequestEnvelope) => Promise<ResponseEnvelope> {
  // Not a deadline test: bounds a loaded machine never reaches, so no turn answers a deadline's way.
  const persistence = new DynamoDbPersistenceAdapter({ tableName, endpoint: dynamo.endpoint, requestTimeoutMs: UNHURRIED_MS });
  const invoke = createSkill({ ...h.deps, ...unhurried(), persistence }, undefined);
  return (envelope) => invoke(envelope);
}

function product(n: number): ListedProduct {
  return { asin: `B00WATCH${n.toString().padStart(2, '0')}`, title: `Gadget ${n}`, price: { amount: 10 + n, currency: 'USD' } };
}

/** Watch product n in a session of its own. */
function watch(n: number): RequestEnvelope {
  return intentRequest(IntentNames.WatchPrice, {}, h.at({ attributes: listed(product(n)), sessionId: `session-${n}`, newSession: true }));
}

async function stored(): Promise<ReturnType<typeof parseCustomerState>> {
  const adapter = new DynamoDbPersistenceAdapter({ tableName, endpoint: dynamo.endpoint, requestTimeoutMs: UNHURRIED_MS });
  return parseCustomerState(await adapter.getAttributes(launchRequest()));
}

it('counts used slots across sessions and containers, and five more per consumable unit', async () => {
  h.emulator.monetization.setEntitlement(PremiumProducts.PremiumShopper, true);

  // Five sessions, each in a fresh container: the subscription's five slots.
  for (let n = 1; n <= 5; n += 1) {
    expect(speechOf(await container()(watch(n)))).toContain(`You've used ${n} of your 5 price-watch slots.`);
  }

  // The sixth: all slots used, so Price Watch Slots is offered and the request remembered.
  const sixth = await container()(watch(6));
  const upsell = sendRequestOf(sixth);
  expect(upsell).toMatchObject({ name: 'Upsell', payload: { InSkillProduct: { productId: h.emulator.monetization.productId(PremiumProducts.WatchSlots) } } });
  expect(String(upsell?.payload?.upsellMessage)).toContain('adds five more');

  h.emulator.monetization.acceptPurchase(PremiumProducts.WatchSlots);
  const accepted = await container()(
    connectionsResponse('Upsell', 'ACCEPTED', h.at({ token: upsell?.token, productId: upsell?.payload?.InSkillProduct.productId, newSession: true })),
  );
  expect(speechOf(accepted)).toContain("I'm watching Gadget 6");
  expect(speechOf(accepted)).toContain("You've used 6 of your 10 price-watch slots.");

  // Watching a product again spends nothing.
  expect(speechOf(await container()(watch(6)))).toContain("You're already watching Gadget 6.");

  for (let n = 7; n <= 10; n += 1) await container()(watch(n));
  expect(sendRequestOf(await container()(watch(11)))?.name).toBe('Upsell');

  const state = await stored();
  expect(state.usedSlots).toBe(10);
  expect(state.watches.map((w) => w.asin)).toEqual(Array.from({ length: 10 }, (_, i) => product(i + 1).asin));
  expect(state.watches[0]).toMatchObject({ asin: product(1).asin, title: 'Gadget 1', price: { amount: 11, currency: 'USD' } });
});

it('refuses honestly when the slots are used and no pack can be bought', async () => {
  h.emulator.monetization.setEntitlement(PremiumProducts.PremiumShopper, true);
  h.emulator.monetization.setPurchasable(PremiumProducts.WatchSlots, false);
  for (let n = 1; n <= 5; n += 1) await container()(watch(n));

  const answer = await container()(watch(6));

  expect(sendRequestOf(answer)).toBeUndefined();
  expect(speechOf(answer)).toContain("You're using all 5 of your price-watch slots");
});

it('loses no watch when many turns of one customer write at once', async () => {
  h.emulator.monetization.setEntitlement(PremiumProducts.PremiumShopper, true);
  h.emulator.monetization.setEntitlement(PremiumProducts.WatchSlots, 2);
  const turns = Array.from({ length: 8 }, (_, i) => i + 1);

  // Eight devices of one customer, each in its own container, all at once.
  const answers = await Promise.all(turns.map((n) => container()(watch(n))));

  for (const answer of answers) expect(speechOf(answer)).toContain("I'm watching Gadget");
  const state = await stored();
  expect(state.watches.map((w) => w.asin).sort()).toEqual(turns.map((n) => product(n).asin));
  expect(state.usedSlots).toBe(8);
  expect(logs.events()).toContain('persistence_conflict_retry');
});

it('never gives more watches than slots, even when turns race for the last one', async () => {
  h.emulator.monetization.setEntitlement(PremiumProducts.PremiumShopper, true);
  h.emulator.monetization.setPurchasable(PremiumProducts.WatchSlots, false);
  for (let n = 1; n <= 4; n += 1) await container()(watch(n));

  await Promise.all([5, 6, 7].map((n) => container()(watch(n))));

  const state = await stored();
  expect(state.watches).toHaveLength(5);
  expect(state.usedSlots).toBe(5);
});
