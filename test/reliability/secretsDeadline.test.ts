/**
 * Secrets Manager under the turn's deadline: a hung endpoint (accepts, never answers) makes
 * the read fail when the signal fires, closes the socket, and is not cached, so the next turn
 * reads again.
 */
import { SecretsSource, SecretsUnavailableError } from '../../lambda/security/secrets';
import { type HungServer, startHungServer } from '../emulators/hung/server';
import { until } from '../support/fakeClock';

const MANAGED_ENV = ['SKILL_SECRET_ID', 'AWS_ENDPOINT_URL_SECRETS_MANAGER', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION', 'AWS_EC2_METADATA_DISABLED'];
const saved: Record<string, string | undefined> = {};
let hung: HungServer;
let source: SecretsSource;

beforeEach(async () => {
  hung = await startHungServer();
  for (const name of MANAGED_ENV) saved[name] = process.env[name];
  process.env['SKILL_SECRET_ID'] = 'voice-shopping/skill';
  process.env['AWS_ENDPOINT_URL_SECRETS_MANAGER'] = hung.url;
  process.env['AWS_ACCESS_KEY_ID'] = 'AKIDEXAMPLE';
  process.env['AWS_SECRET_ACCESS_KEY'] = 'fake-secret-access-key';
  process.env['AWS_REGION'] = 'us-east-1';
  process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
  source = new SecretsSource();
});

afterEach(async () => {
  for (const name of MANAGED_ENV) {
    const value = saved[name];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await hung.close();
});

/** One turn's read: its deadline passes once the request is on the wire (loading the SDK may be slow). */
async function turnThatTimesOut(expectedConnections: number): Promise<unknown> {
  const deadline = new AbortController();
  const read = source.load(deadline.signal).catch((err: unknown) => err);
  await until(() => hung.accepted() === expectedConnections, 'the read to reach the server');
  deadline.abort();
  return read;
}

it('aborts a hung secret read at the deadline, closes its socket and does not cache the failure', async () => {
  expect(await turnThatTimesOut(1)).toBeInstanceOf(SecretsUnavailableError);
  await until(() => hung.open() === 0, 'the socket to close');

  // The next turn tries again rather than reusing the failure.
  expect(await turnThatTimesOut(2)).toBeInstanceOf(SecretsUnavailableError);
  await until(() => hung.open() === 0, 'the socket to close');
});
