import { join } from 'node:path';
import { applySync, loadProducts, planSync } from '../../infra/isp/commands';
import { startSmapiEmulator, type SmapiEmulator } from '../emulators/smapi';
import { apiFor, copyProjectIsps, countByReference, PROJECT_ISPS, readJson, SKILL_ID, target, writeJson } from './helpers';

describe('ISP sync against the SMAPI emulator', () => {
  let emulator: SmapiEmulator;
  beforeEach(async () => {
    emulator = await startSmapiEmulator();
  });
  afterEach(async () => {
    await emulator.close();
  });

  it('plans a create and an association for every file when the account is empty', async () => {
    // Prepare
    const products = await loadProducts(PROJECT_ISPS);
    // Act
    const plan = await planSync(apiFor(emulator), products, target(emulator), false);
    // Assess
    expect(plan.items.map((item) => [item.referenceName, item.steps])).toEqual(
      expect.arrayContaining([
        ['premium_shopper', ['create', 'associate']],
        ['offer_insights', ['create', 'associate']],
        ['watch_slots', ['create', 'associate']],
      ]),
    );
    expect(emulator.products()).toHaveLength(0);
  });

  it('creates and associates every product, then a second apply makes no write call', async () => {
    // Prepare
    const products = await loadProducts(PROJECT_ISPS);
    // Act
    const first = await applySync(apiFor(emulator), products, target(emulator), { prune: false });
    emulator.resetCalls();
    const secondApi = apiFor(emulator);
    const second = await applySync(secondApi, products, target(emulator), { prune: false });
    // Assess
    expect(first.result.failed).toBe(0);
    expect(emulator.products()).toHaveLength(3);
    expect(emulator.products().every((product) => product.skills.has(SKILL_ID))).toBe(true);
    expect(second.plan.items.every((item) => item.steps.length === 0)).toBe(true);
    expect(secondApi.counter.writes()).toBe(0);
    expect(emulator.calls().filter((call) => call.method !== 'GET')).toEqual([]);
  });

  it('updates only the product whose price changed, naming the changed field', async () => {
    // Prepare
    const { dir, cleanup } = await copyProjectIsps();
    try {
      await applySync(apiFor(emulator), await loadProducts(dir), target(emulator), { prune: false });
      const file = join(dir, 'consumable', 'watch_slots.json');
      const definition = await readJson(file);
      const publishing = definition['publishingInformation'] as { pricing: Record<string, { defaultPriceListing: { price: number } }> };
      const usd = publishing.pricing['amazon.com'];
      if (usd === undefined) throw new Error('fixture lost its amazon.com price');
      usd.defaultPriceListing.price = 1.49;
      await writeJson(file, definition);
      emulator.resetCalls();
      // Act
      const { plan, result } = await applySync(apiFor(emulator), await loadProducts(dir), target(emulator), { prune: false });
      // Assess
      const changed = plan.items.filter((item) => item.steps.length > 0);
      expect(changed.map((item) => [item.referenceName, item.steps, item.changes])).toEqual([
        ['watch_slots', ['update'], ['publishingInformation.pricing["amazon.com"].defaultPriceListing.price']],
      ]);
      expect(result.failed).toBe(0);
      expect(
        emulator
          .calls()
          .filter((call) => call.method !== 'GET')
          .map((call) => call.operation),
      ).toEqual(['updateIspForProduct']);
      const stored = emulator.products().find((p) => p.definition['referenceName'] === 'watch_slots');
      expect(JSON.stringify(stored?.definition)).toContain('"price":1.49');
    } finally {
      await cleanup();
    }
  });

  it('with --prune, a renamed file creates the new product and disassociates then deletes the old one', async () => {
    // Prepare
    const { dir, cleanup } = await copyProjectIsps();
    try {
      await applySync(apiFor(emulator), await loadProducts(dir), target(emulator), { prune: false });
      const oldId = emulator.products().find((p) => p.definition['referenceName'] === 'offer_insights')?.productId;
      const definition = await readJson(join(dir, 'entitlement', 'offer_insights.json'));
      await writeJson(join(dir, 'entitlement', 'offer_insights_v2.json'), { ...definition, referenceName: 'offer_insights_v2' });
      const { rm } = await import('node:fs/promises');
      await rm(join(dir, 'entitlement', 'offer_insights.json'));
      emulator.resetCalls();
      // Act
      const { plan, result } = await applySync(apiFor(emulator), await loadProducts(dir), target(emulator), { prune: true });
      // Assess
      expect(result.failed).toBe(0);
      expect(plan.items.find((item) => item.referenceName === 'offer_insights')?.steps).toEqual(['disassociate', 'delete']);
      expect(
        emulator
          .products()
          .map((p) => p.definition['referenceName'])
          .sort(),
      ).toEqual(['offer_insights_v2', 'premium_shopper', 'watch_slots']);
      expect(emulator.products().some((p) => p.productId === oldId)).toBe(false);
      const writes = emulator
        .calls()
        .filter((call) => call.method !== 'GET')
        .map((call) => call.operation);
      expect(writes.indexOf('disassociateIspWithSkill')).toBeLessThan(writes.indexOf('deleteIspForProduct'));
    } finally {
      await cleanup();
    }
  });

  it('without --prune, a product no file names is reported and left alone', async () => {
    // Prepare
    const stale = await readJson(join(PROJECT_ISPS, 'entitlement', 'offer_insights.json'));
    emulator.seed({ ...stale, referenceName: 'retired_pack' }, { skills: [SKILL_ID] });
    // Act
    const { plan } = await applySync(apiFor(emulator), await loadProducts(PROJECT_ISPS), target(emulator), { prune: false });
    // Assess
    const item = plan.items.find((entry) => entry.referenceName === 'retired_pack');
    expect(item?.kind).toBe('prune');
    expect(item?.steps).toEqual([]);
    expect(countByReference(emulator)['retired_pack']).toBe(1);
  });

  it('never updates, disassociates or deletes live products, even with --prune', async () => {
    // Prepare
    const live = await readJson(join(PROJECT_ISPS, 'subscription', 'premium_shopper.json'));
    const liveProduct = emulator.seed({ ...live, testingInstructions: 'an older text' }, { stage: 'live', skills: [SKILL_ID] });
    const retired = emulator.seed({ ...live, referenceName: 'old_live_sub' }, { stage: 'live', skills: [SKILL_ID] });
    const before = JSON.stringify(liveProduct.definition);
    // Act
    const { plan, result } = await applySync(apiFor(emulator), await loadProducts(PROJECT_ISPS), target(emulator), { prune: true });
    // Assess
    expect(result.failed).toBe(0);
    expect(plan.items.find((item) => item.referenceName === 'premium_shopper')?.kind).toBe('protected');
    expect(plan.items.find((item) => item.referenceName === 'old_live_sub')?.kind).toBe('protected');
    expect(JSON.stringify(liveProduct.definition)).toBe(before);
    expect(retired.skills.has(SKILL_ID)).toBe(true);
    expect(countByReference(emulator)['premium_shopper']).toBe(1);
    const writesOnLive = emulator.calls().filter((call) => call.method !== 'GET' && (call.path.includes(liveProduct.productId) || call.path.includes(retired.productId)));
    expect(writesOnLive).toEqual([]);
  });

  it.each(['first', 'last'] as const)('protects a live product no file names when the vendor list shows its development row %s', async (order) => {
    // Prepare: one row per stage, as the service lists a product that has gone live.
    const live = await readJson(join(PROJECT_ISPS, 'consumable', 'watch_slots.json'));
    const retired = emulator.seed({ ...live, referenceName: 'retired_live_pack' }, { stage: 'live', skills: [SKILL_ID], developmentRow: order });
    // Act
    const { plan, result } = await applySync(apiFor(emulator), await loadProducts(PROJECT_ISPS), target(emulator), { prune: true });
    // Assess
    const items = plan.items.filter((item) => item.referenceName === 'retired_live_pack');
    expect(items.map((item) => [item.kind, item.stage, item.steps])).toEqual([['protected', 'live', []]]);
    expect(result.failed).toBe(0);
    expect(retired.skills.has(SKILL_ID)).toBe(true);
    expect(emulator.calls().filter((call) => call.method === 'DELETE')).toEqual([]);
  });

  it('matches products created earlier by the ASK CLI import by referenceName, ignoring fields the service added', async () => {
    // Prepare: the same definitions, already in the account (the emulator adds purchasableState, promotableState).
    for (const [folder, name] of [
      ['subscription', 'premium_shopper'],
      ['entitlement', 'offer_insights'],
      ['consumable', 'watch_slots'],
    ] as const) {
      emulator.seed(await readJson(join(PROJECT_ISPS, folder, `${name}.json`)));
    }
    // Act
    const { plan } = await applySync(apiFor(emulator), await loadProducts(PROJECT_ISPS), target(emulator), { prune: false });
    // Assess
    expect(plan.items.map((item) => item.steps)).toEqual([['associate'], ['associate'], ['associate']]);
    expect(emulator.products()).toHaveLength(3);
    expect(emulator.products()[0]?.definition['purchasableState']).toBe('PURCHASABLE');
  });

  it.each(['bare', 'wrapped'] as const)('reads the %s list shape across pages', async (listShape) => {
    // Prepare
    const shaped = await startSmapiEmulator({ listShape });
    try {
      const base = await readJson(join(PROJECT_ISPS, 'consumable', 'watch_slots.json'));
      for (let i = 0; i < 120; i++) shaped.seed({ ...base, referenceName: `pack_${i}` }, { skills: [SKILL_ID] });
      const { listAllVendorProducts } = await import('../../infra/isp/api');
      // Act
      const all = await listAllVendorProducts(apiFor(shaped), { vendorId: shaped.vendorId });
      // Assess
      expect(all).toHaveLength(120);
      expect(new Set(all.map((p) => p.referenceName)).size).toBe(120);
      expect(shaped.callCounts()['getIspListForVendor']).toBe(3);
    } finally {
      await shaped.close();
    }
  });
});
