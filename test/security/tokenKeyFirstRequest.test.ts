/**
 * A container's first request in Lambda checks the token key (a Secrets Manager read) beside
 * the turn, not before it (lambda/index.ts): the customer's state is read while the secret is
 * still on its way, and the answer waits for both. A refused key still fails the request
 * (test/security/tokenSecret.test.ts).
 */
import { dependenciesFromEnvironment } from '../../lambda/dependencies';
import { createSkill } from '../../lambda/index';
import type { VersionedPersistenceAdapter } from '../../lambda/persistence/adapter';
import { createKeyProvider, MIN_SECRET_BYTES, TokenSecretError } from '../../lambda/security/tokenKey';
import { launchRequest, speechOf } from '../support/envelopes';
import { captureLogs } from '../support/logs';
import { manageEnv } from '../support/managedEnv';

/** The secret's answer, held until the test lets it go. */
function heldSecret() {
  let release: (secret: string) => void = () => undefined;
  const answer = new Promise<string>((resolve) => {
    release = resolve;
  });
  let reads = 0;
  return {
    read: () => {
      reads += 1;
      return answer;
    },
    release: (secret: string) => release(secret),
    reads: () => reads,
  };
}

/** The container's own adapter, noting each read as it starts. */
function notingReads(inner: VersionedPersistenceAdapter, reads: string[]): VersionedPersistenceAdapter {
  return {
    kind: inner.kind,
    getAttributes: (envelope, signal) => {
      reads.push(envelope.request.type);
      return inner.getAttributes(envelope, signal);
    },
    saveAttributes: (envelope, attributes, signal) => inner.saveAttributes(envelope, attributes, signal),
    deleteAttributes: (envelope, signal) => inner.deleteAttributes(envelope, signal),
  };
}

/** Lets pending promise callbacks and I/O run, a bounded number of times (no wall clock). */
async function settleUntil(done: () => boolean, rounds = 200): Promise<void> {
  for (let i = 0; i < rounds && !done(); i++) await new Promise((resolve) => setImmediate(resolve));
}

describe("a container's first request in Lambda", () => {
  manageEnv(['AWS_LAMBDA_FUNCTION_NAME', 'PERSISTENCE', 'TABLE_NAME']);

  beforeEach(() => {
    process.env['AWS_LAMBDA_FUNCTION_NAME'] = 'voice-shopping-skill';
    delete process.env['PERSISTENCE'];
    delete process.env['TABLE_NAME'];
  });

  function skillWith(secret: ReturnType<typeof heldSecret>, stateReads: string[]) {
    const deps = dependenciesFromEnvironment();
    return createSkill({ ...deps, persistence: notingReads(deps.persistence, stateReads), tokenKey: createKeyProvider(secret.read, { strict: true }) });
  }

  it("reads the customer's state while the token key is being read, and answers once the key is there", async () => {
    const secret = heldSecret();
    const stateReads: string[] = [];
    const invoke = skillWith(secret, stateReads);

    let answered = false;
    const answer = invoke(launchRequest()).finally(() => {
      answered = true;
    });
    await settleUntil(() => stateReads.length > 0);

    expect(secret.reads()).toBe(1);
    expect(stateReads).toEqual(['LaunchRequest']);
    expect(answered).toBe(false);

    secret.release('k'.repeat(MIN_SECRET_BYTES));
    expect(speechOf(await answer)).toMatch(/Welcome/);
    // The key is known now: the next request neither reads nor waits for it again.
    expect(speechOf(await invoke(launchRequest()))).toMatch(/Welcome/);
    expect(secret.reads()).toBe(1);
  });

  it('fails the request when the key read beside it is refused, even though the turn itself finished', async () => {
    const secret = heldSecret();
    const stateReads: string[] = [];
    const invoke = skillWith(secret, stateReads);
    const logs = captureLogs();

    let outcome: unknown;
    try {
      const answer = invoke(launchRequest()).catch((err: unknown) => err);
      await settleUntil(() => stateReads.length > 0);
      secret.release('short');
      outcome = await answer;
    } finally {
      logs.restore();
    }

    expect(stateReads).toEqual(['LaunchRequest']);
    expect(outcome).toBeInstanceOf(TokenSecretError);
    expect(logs.events()).toContain('token_secret_invalid');
  });
});
