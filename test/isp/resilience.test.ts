import { applySync, loadProducts } from '../../infra/isp/commands';
import { validateProductFiles } from '../../infra/isp/validate';
import { startSmapiEmulator, type SmapiEmulator } from '../emulators/smapi';
import { apiFor, consumable, countByReference, emulatorCredentials, PROJECT_ISPS, SKILL_ID, TEST_RETRY, target } from './helpers';
import { measureApplyCalls } from './measure';

/** The account as a comparable value: referenceName → definition and associations, ids left out. */
function snapshot(emulator: SmapiEmulator): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const product of emulator.products()) {
    out[String(product.definition['referenceName'])] = { definition: product.definition, skills: [...product.skills].sort(), stage: product.stage };
  }
  return out;
}

describe('ISP sync under faults', () => {
  it('converges to the same account as a fault-free run, with no duplicate, under 30 % 429/5xx, drops and a lost create answer', async () => {
    // Prepare
    const products = await loadProducts(PROJECT_ISPS);
    const clean = await startSmapiEmulator();
    const faulty = await startSmapiEmulator({ faults: { throttleShare: 0.15, serverErrorShare: 0.15, dropShare: 0.05, loseCreateAnswers: 2, seed: 7 } });
    const log: string[] = [];
    try {
      // Act
      await applySync(apiFor(clean), products, target(clean), { prune: false });
      const { result } = await applySync(apiFor(faulty, log), products, target(faulty), { prune: false });
      // Assess
      expect(result.outcomes.filter((outcome) => outcome.error !== undefined).map((outcome) => outcome.error)).toEqual([]);
      expect(faulty.injected['lost-create']).toBe(2);
      expect(faulty.injected.throttle + faulty.injected['server-error-500'] + faulty.injected['server-error-503']).toBeGreaterThan(0);
      expect(Object.values(countByReference(faulty)).every((count) => count === 1)).toBe(true);
      expect(snapshot(faulty)).toEqual(snapshot(clean));
      expect(log.some((line) => line.includes('recovered'))).toBe(true);
    } finally {
      await clean.close();
      await faulty.close();
    }
  });

  it('gives up with a RemoteCallError after the bounded number of attempts when the service keeps failing', async () => {
    // Prepare
    const emulator = await startSmapiEmulator({ faults: { serverErrorShare: 1 } });
    try {
      // Act
      const attempt = applySync(apiFor(emulator), await loadProducts(PROJECT_ISPS), target(emulator), { prune: false });
      // Assess
      await expect(attempt).rejects.toMatchObject({ name: 'RemoteCallError', attempts: TEST_RETRY.maxAttempts, exitCode: 1 });
      expect(emulator.calls()).toHaveLength(TEST_RETRY.maxAttempts);
    } finally {
      await emulator.close();
    }
  });

  it('applies 50 product files in a bounded number of calls, then none written on the second run', async () => {
    // Prepare
    const emulator = await startSmapiEmulator();
    const files = Array.from({ length: 50 }, (_, i) => ({ file: `consumable/pack_${i}.json`, content: consumable(`pack_${i}`) }));
    const { products, problems } = validateProductFiles(files);
    expect(problems).toEqual([]);
    try {
      // Act
      const report = await measureApplyCalls({
        endpoints: { smapiUrl: emulator.url, lwaUrl: emulator.url },
        credentials: emulatorCredentials,
        vendorId: emulator.vendorId,
        skillId: SKILL_ID,
        products,
      });
      // Assess: 2 lists + 50 creates + 50 associations; then 2 lists (50 fit one page) + 50 definition reads.
      console.log(
        `ISP sync, 50 products: first apply ${report.first.total} calls (${report.first.writes} writes) in ${report.first.elapsedMs} ms; second apply ${report.second.total} calls (${report.second.writes} writes) in ${report.second.elapsedMs} ms`,
      );
      expect(report.first.byOperation).toEqual({ associateIspWithSkill: 50, createIspForVendor: 50, getIspListForSkillId: 1, getIspListForVendor: 1 });
      expect(report.second.byOperation).toEqual({ getIspDefinition: 50, getIspListForSkillId: 1, getIspListForVendor: 1 });
      expect(report.second.writes).toBe(0);
      expect(emulator.products()).toHaveLength(50);
    } finally {
      await emulator.close();
    }
  });
});
