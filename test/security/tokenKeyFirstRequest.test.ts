/**
 * In Lambda the token key (the skill's secret in Secrets Manager) is read when a turn first
 * needs it, not on a container's first request (lambda/index.ts, lambda/security/tokenKey.ts):
 * a launch signs and reads no token, so a new container's first launch does not wait for the
 * secret. The first turn that does need the key (here a Shopping Action coming back, which
 * verifies its connection token) reads it once; a refused key fails every such turn with the
 * error line and metric the stack alarms on, and the customer hears the skill's apology.
 */
import { MetricNames } from '../../lambda/config/metrics';
import { dependenciesFromEnvironment } from '../../lambda/dependencies';
import { createSkill } from '../../lambda/index';
import { createKeyProvider, MIN_SECRET_BYTES } from '../../lambda/security/tokenKey';
import { launchRequest, sessionResumedRequest, speechOf } from '../support/envelopes';
import { captureLogs } from '../support/logs';
import { manageEnv } from '../support/managedEnv';

/** The secret's token key as a fixed answer, counting the reads. */
function countedSecret(secret: string) {
  let reads = 0;
  return {
    read: () => {
      reads += 1;
      return Promise.resolve(secret);
    },
    reads: () => reads,
  };
}

/** A Shopping Action coming back: its handler needs the key to verify the token. */
const resumed = () => sessionResumedRequest({ token: 'not-a-token-this-skill-issued', status: { code: '200', message: 'OK' } });

describe("a container's token key in Lambda", () => {
  manageEnv(['AWS_LAMBDA_FUNCTION_NAME', 'PERSISTENCE', 'TABLE_NAME']);

  beforeEach(() => {
    process.env['AWS_LAMBDA_FUNCTION_NAME'] = 'voice-shopping-skill';
    delete process.env['PERSISTENCE'];
    delete process.env['TABLE_NAME'];
  });

  function skillWith(secret: ReturnType<typeof countedSecret>) {
    return createSkill({ ...dependenciesFromEnvironment(), tokenKey: createKeyProvider(secret.read, { strict: true }) });
  }

  it('is not read by the first launch, and is read once by the first turn that needs it', async () => {
    const secret = countedSecret('k'.repeat(MIN_SECRET_BYTES));
    const invoke = skillWith(secret);

    expect(speechOf(await invoke(launchRequest()))).toMatch(/Welcome/);
    expect(secret.reads()).toBe(0);

    await invoke(resumed());
    expect(secret.reads()).toBe(1);
    await invoke(resumed());
    expect(speechOf(await invoke(launchRequest()))).toMatch(/Welcome/);
    expect(secret.reads()).toBe(1);
  });

  it('when refused, fails every turn that needs it with the error line, the metric and an apology; a launch is still answered', async () => {
    const secret = countedSecret('short');
    const invoke = skillWith(secret);
    const logs = captureLogs();

    let launch: string;
    let first: string;
    let second: string;
    let launchLogged: string[];
    try {
      launch = speechOf(await invoke(launchRequest()));
      launchLogged = logs.events();
      first = speechOf(await invoke(resumed()));
      second = speechOf(await invoke(resumed()));
    } finally {
      logs.restore();
    }

    expect(launch).toMatch(/Welcome/);
    expect(launchLogged).not.toContain('token_secret_invalid');
    // A refused key is not cached: each turn that needs it reads it again, and fails again.
    expect(secret.reads()).toBe(2);
    for (const speech of [first, second]) expect(speech).toMatch(/something went wrong on my side/);
    const errors = logs.lines.filter((l) => l.record.event === 'token_secret_invalid');
    expect(errors).toHaveLength(2);
    expect(errors[0]?.level).toBe('error');
    expect(errors[0]?.record).toMatchObject({ key: 'connectionTokenSecret', problem: `5 bytes, shorter than ${MIN_SECRET_BYTES}` });
    expect(logs.lines.filter((l) => l.record[MetricNames.ConfigurationFailure] === 1)).toHaveLength(2);
  });
});
