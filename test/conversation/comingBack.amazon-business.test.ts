/**
 * The coming-back transcripts in the production configuration, offline: the saved shopping
 * context in DynamoDB (dynalite, the stack's table shape) through the skill's own
 * persistence adapter, and CATALOG=amazon-business against the Product Search emulator.
 * The list kept at the end of one session is offered at the next launch from the table.
 */
import path from 'node:path';
import { formatFailure, PREPARE_TIMEOUT_MS, prepareLocales, runDialogFile } from '../sim/dialogRunner';
import { type ProductionFixture, startProductionFixture } from '../support/production';

const DIALOGS = ['coming-back-en-US.dialog', 'coming-back-en-GB.dialog'];

// The first turn is the production cold start (secret, table, LWA); on a shared machine it is slow.
jest.setTimeout(180_000);

let fixture: ProductionFixture;
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  fixture = await startProductionFixture();
  // Every call reaches the emulator and the table: no catalog cache here.
  for (const [name, value] of Object.entries({ ...fixture.environment, CATALOG_CACHE: 'off' })) {
    saved[name] = process.env[name];
    process.env[name] = value;
  }
});

afterAll(async () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await fixture.close();
});

describe('coming back, with state in DynamoDB and CATALOG=amazon-business', () => {
  // After the environment above: each locale's simulator is built once, under a bound of its own.
  beforeAll(() => prepareLocales(DIALOGS.map((name) => path.join(__dirname, '..', 'dialogs', name))), PREPARE_TIMEOUT_MS);

  it.each(DIALOGS)('%s runs as written', async (name) => {
    const result = await runDialogFile(path.join(__dirname, '..', 'dialogs', name));
    expect(result.failures.map((f) => formatFailure(name, f)).join('\n\n')).toBe('');
  });

  it('searched the Product Search emulator, not the embedded catalog', () => {
    expect(fixture.api.requests().some((r) => r.operation === 'searchProducts' && r.status === 200)).toBe(true);
  });
});
