import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SmapiCredentials } from '../../infra/isp/credentials';
import { SmapiIspApi } from '../../infra/isp/smapi';
import type { JsonObject } from '../../infra/isp/types';
import { EMULATOR_CREDENTIALS, type SmapiEmulator } from '../emulators/smapi';

export const SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000001';
export const PROJECT_ISPS = join(__dirname, '..', '..', 'skill-package', 'isps');

export const emulatorCredentials: SmapiCredentials = {
  clientId: EMULATOR_CREDENTIALS.clientId,
  clientSecret: EMULATOR_CREDENTIALS.clientSecret,
  refreshToken: EMULATOR_CREDENTIALS.refreshToken,
  vendorId: EMULATOR_CREDENTIALS.vendorId,
  source: 'test',
};

/**
 * Millisecond backoff so tests stay fast. 12 attempts: at a 35 % fault share the chance of a
 * call failing 12 times in a row is 3e-6, so the fault tests do not flake.
 */
export const TEST_RETRY = { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 12, attemptTimeoutMs: 5_000 } as const;

/** The environment `npm run isp` reads, pointed at the emulator with its credentials. */
export function emulatorEnv(emulator: SmapiEmulator): Record<string, string> {
  return {
    ASK_SMAPI_SERVER_BASE_URL: emulator.url,
    ASK_LWA_TOKEN_HOST: emulator.url,
    ASK_CLIENT_ID: EMULATOR_CREDENTIALS.clientId,
    ASK_CLIENT_SECRET: EMULATOR_CREDENTIALS.clientSecret,
    ASK_REFRESH_TOKEN: EMULATOR_CREDENTIALS.refreshToken,
    ASK_VENDOR_ID: EMULATOR_CREDENTIALS.vendorId,
  };
}

/** A real SDK-backed client against the emulator. */
export function apiFor(emulator: SmapiEmulator, log: string[] = []): SmapiIspApi {
  return new SmapiIspApi({
    credentials: emulatorCredentials,
    endpoints: { smapiUrl: emulator.url, lwaUrl: emulator.url },
    retry: TEST_RETRY,
    log: (line) => log.push(line),
  });
}

export const target = (emulator: SmapiEmulator) => ({ vendorId: emulator.vendorId, skillId: SKILL_ID, stage: 'development' });

/** A copy of the project's isps directory that a test may change. */
export async function copyProjectIsps(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'isps-'));
  const dir = join(root, 'isps');
  await cp(PROJECT_ISPS, dir, { recursive: true });
  return { dir, cleanup: () => rm(root, { recursive: true, force: true }) };
}

export async function readJson(path: string): Promise<JsonObject> {
  return JSON.parse(await readFile(path, 'utf8')) as JsonObject;
}

export async function writeJson(path: string, value: unknown): Promise<void> {
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** A valid consumable definition named `name`, for generated product sets. */
export function consumable(name: string, price = 0.99): JsonObject {
  return consumableFixture(name, price);
}

/** The same, with its literal type, for tests that edit fields. */
export type ConsumableFixture = ReturnType<typeof consumableFixture> & { subscriptionInformation?: JsonObject };

export function consumableFixture(name: string, price = 0.99) {
  const locale = {
    name: `Pack ${name}`.slice(0, 50),
    smallIconUri: 'https://example.com/icons/small.png',
    largeIconUri: 'https://example.com/icons/large.png',
    summary: 'A test pack.',
    description: 'A generated product for tests.',
    examplePhrases: ['Alexa, buy a pack'],
    keywords: ['pack'],
    customProductPrompts: { purchasePromptDescription: 'A pack of things.', boughtCardDescription: 'Enjoy the pack.' } as Record<string, string>,
  };
  return {
    version: '1.0',
    type: 'CONSUMABLE',
    referenceName: name,
    publishingInformation: {
      locales: { 'en-US': locale } as Record<string, typeof locale>,
      distributionCountries: ['US'],
      pricing: { 'amazon.com': { defaultPriceListing: { price, currency: 'USD' } } } as Record<
        string,
        { defaultPriceListing: { price: number; currency: string }; releaseDate?: string }
      >,
      taxInformation: { category: 'SOFTWARE' },
    },
    privacyAndCompliance: { locales: { 'en-US': { privacyPolicyUrl: 'https://example.com/privacy' } } as Record<string, { privacyPolicyUrl: string }> },
    testingInstructions: 'Buy it.',
  };
}

/** Products per referenceName in the emulator: any value above 1 is a duplicate. */
export function countByReference(emulator: SmapiEmulator): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const product of emulator.products()) {
    const name = String(product.definition['referenceName']);
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}
