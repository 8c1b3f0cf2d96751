/**
 * `npm run promote` and `npm run rollback` against the Lambda emulator: the real AWS SDK over
 * HTTP to 127.0.0.1, the aliases as CloudFormation leaves them (development on the newest
 * version, live where it was promoted). Every "nothing changed" is checked on the emulator:
 * the alias's version, description and revision, and that no UpdateAlias request was made.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PreflightError } from '../../../infra/deploy/errors';
import { openLambdaAliases } from '../../../infra/deploy/lambda-aliases';
import { type LiveIo, LiveMovedError, NoPreviousVersionError, promote, rollback } from '../../../infra/deploy/live';
import type { Context } from '../../../infra/deploy/prerequisites';
import { liveDescription, liveHistory } from '../../../infra/stages';
import { type LambdaEmulator, startLambdaEmulator } from '../../emulators/lambda';

const ROOT = path.resolve(__dirname, '../../..');
const FUNCTION = 'VoiceShoppingSkill-skill';
const OPTIONS = { dryRun: false, stackName: 'VoiceShoppingSkill' };

describe('npm run promote and npm run rollback', () => {
  let lambda: LambdaEmulator;
  let home: string;
  const savedEnv = { ...process.env };
  const lines: string[] = [];
  const env: NodeJS.ProcessEnv = { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'not-a-real-secret', AWS_REGION: 'us-east-1' };
  const ctx = (overrides: NodeJS.ProcessEnv = {}): Context => ({ env: { ...env, ...overrides }, home, root: ROOT });
  const io: LiveIo = { aliases: openLambdaAliases, log: (line) => lines.push(line) };
  const updates = () => lambda.requests.filter((request) => request.method === 'PUT').length;

  /** Development on `development`, live on `live` with `history`, versions 1 … `versions` published. */
  const deployed = (versions: number, development: string, live: string, history: string[] = []) => {
    lambda.addFunction(FUNCTION, versions);
    lambda.setAlias(FUNCTION, 'development', development);
    lambda.setAlias(FUNCTION, 'live', live, liveDescription(history));
  };

  beforeAll(async () => {
    lambda = await startLambdaEmulator();
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'live-home-'));
    // The AWS SDK reads its endpoint from the process environment.
    Object.assign(process.env, { AWS_ENDPOINT_URL_LAMBDA: lambda.url, AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'not-a-real-secret' });
  });

  afterAll(async () => {
    process.env = savedEnv;
    await lambda.close();
    fs.rmSync(home, { recursive: true, force: true });
  });

  beforeEach(() => {
    lines.length = 0;
  });

  it('promote points live at the version development runs, remembering the one it ran', async () => {
    // Prepare
    deployed(3, '3', '2', ['1']);

    // Act
    await promote(ctx(), OPTIONS, io);

    // Assess
    const live = lambda.alias(FUNCTION, 'live');
    expect(live?.functionVersion).toBe('3');
    expect(liveHistory(live?.description)).toEqual(['2', '1']);
    expect(lines.join('\n')).toMatch(/Promoted\. live: version 2 → 3 \(what development runs\); `npm run rollback` would bring back 2/);
    expect(lambda.requests.every((request) => request.signed)).toBe(true);
  });

  it('rollback points live back at the version it ran before, and a second rollback goes one further', async () => {
    // Prepare: live was promoted 1 → 2 → 3
    deployed(4, '4', '3', ['2', '1']);

    // Act
    await rollback(ctx(), OPTIONS, io);
    const afterFirst = lambda.alias(FUNCTION, 'live');
    await rollback(ctx(), OPTIONS, io);

    // Assess
    expect(afterFirst?.functionVersion).toBe('2');
    expect(liveHistory(afterFirst?.description)).toEqual(['1']);
    const afterSecond = lambda.alias(FUNCTION, 'live');
    expect(afterSecond?.functionVersion).toBe('1');
    expect(liveHistory(afterSecond?.description)).toEqual([]);
    expect(lambda.alias(FUNCTION, 'development')?.functionVersion).toBe('4');
    expect(lines[0]).toMatch(/Rolled back\. live: version 3 → 2 \(the version it ran before\); a further rollback would bring back 1\. Development still runs version 4/);
  });

  it('promote after a rollback goes forward again, and rollback then undoes that promote', async () => {
    // Prepare: live rolled back from 3 to 2
    deployed(3, '3', '2', ['1']);

    // Act
    await promote(ctx(), OPTIONS, io);
    await rollback(ctx(), OPTIONS, io);

    // Assess
    const live = lambda.alias(FUNCTION, 'live');
    expect(live?.functionVersion).toBe('2');
    expect(liveHistory(live?.description)).toEqual(['1']);
  });

  it('rollback with no previous version fails with a clear message and changes nothing', async () => {
    // Prepare: the first deployment, never promoted
    deployed(1, '1', '1');
    const before = lambda.alias(FUNCTION, 'live');
    const puts = updates();

    // Act
    const error = await rollback(ctx(), OPTIONS, io).catch((err: unknown) => err);

    // Assess
    expect(error).toBeInstanceOf(NoPreviousVersionError);
    expect(String(error)).toMatch(/the live alias of VoiceShoppingSkill-skill runs version 1 and records no version it ran before .*: nothing was changed/);
    expect(lambda.alias(FUNCTION, 'live')).toEqual(before);
    expect(updates()).toBe(puts);
  });

  it('rollback to a version that was deleted since fails and changes nothing', async () => {
    // Prepare: live says it ran 7, but only 1–3 are published
    deployed(3, '3', '3', ['7']);
    const before = lambda.alias(FUNCTION, 'live');

    // Act
    const act = rollback(ctx(), OPTIONS, io);

    // Assess
    await expect(act).rejects.toThrow(/version 7, which live ran before 3, is no longer published .*: nothing was changed/);
    expect(lambda.alias(FUNCTION, 'live')).toEqual(before);
  });

  it('finds the previous version among more versions than one ListVersionsByFunction page holds', async () => {
    // Prepare: 10,050 versions, live on the newest, previously on version 3
    deployed(10_050, '10050', '10050', ['3']);

    // Act
    await rollback(ctx(), OPTIONS, io);

    // Assess
    expect(lambda.alias(FUNCTION, 'live')?.functionVersion).toBe('3');
    expect(lambda.requests.filter((request) => request.path.endsWith('/versions')).length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['promote', promote, /Dry run: nothing is changed\. live: version 2 → 3/],
    ['rollback', rollback, /Dry run: nothing is changed\. live: version 2 → 1/],
  ])('%s --dry-run reads the aliases, prints the move and changes nothing', async (_name, command, message) => {
    // Prepare
    deployed(3, '3', '2', ['1']);
    const before = lambda.alias(FUNCTION, 'live');
    const puts = updates();

    // Act
    await command(ctx(), { ...OPTIONS, dryRun: true }, io);

    // Assess
    expect(lines.join('\n')).toMatch(message);
    expect(lambda.alias(FUNCTION, 'live')).toEqual(before);
    expect(updates()).toBe(puts);
  });

  it('promote when live already runs what development runs changes nothing', async () => {
    // Prepare
    deployed(2, '2', '2', ['1']);
    const before = lambda.alias(FUNCTION, 'live');

    // Act
    await promote(ctx(), OPTIONS, io);

    // Assess
    expect(lines).toEqual(['live already runs version 2, the version development runs: nothing to promote.']);
    expect(lambda.alias(FUNCTION, 'live')).toEqual(before);
  });

  it('a move made by someone else between the read and the update is not overwritten', async () => {
    // Prepare: the update names a revision the alias no longer has
    deployed(3, '3', '2', ['1']);
    const racing = {
      ...io,
      aliases: (region: string) => {
        const real = openLambdaAliases(region);
        return {
          ...real,
          updateAlias: async (...args: Parameters<typeof real.updateAlias>) => {
            lambda.setAlias(FUNCTION, 'live', '1', liveDescription([]));
            return real.updateAlias(...args);
          },
        };
      },
    };

    // Act
    const act = promote(ctx(), OPTIONS, racing);

    // Assess: Lambda's PreconditionFailedException (412) becomes a clear message
    await expect(act).rejects.toThrow(LiveMovedError);
    expect(lambda.alias(FUNCTION, 'live')?.functionVersion).toBe('1');
  });

  it.each([
    ['no AWS credentials', { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined }, /missing AWS credentials/],
    ['no AWS region', { AWS_REGION: undefined }, /missing the AWS region/],
  ])('stops in the preflight with %s, before asking Lambda anything', async (_case, overrides, message) => {
    // Prepare
    const asked = lambda.requests.length;

    // Act
    const act = promote(ctx(overrides), OPTIONS, io);

    // Assess
    await expect(act).rejects.toThrow(PreflightError);
    await expect(rollback(ctx(overrides), OPTIONS, io)).rejects.toThrow(message);
    expect(lambda.requests.length).toBe(asked);
  });

  it('stops in the preflight when the stack is not deployed, naming the function, region and the command that creates it', async () => {
    // Act
    const act = promote(ctx(), { ...OPTIONS, stackName: 'NeverDeployed' }, io);

    // Assess: Lambda's ResourceNotFoundException (404) for both aliases
    await expect(act).rejects.toThrow(
      /no development or live alias of the function NeverDeployed-skill in us-east-1: is the stack NeverDeployed deployed there\? `npm run deploy` creates both/,
    );
  });

  it('stops in the preflight when Lambda refuses to answer, saying which permission to check', async () => {
    // Prepare
    deployed(2, '2', '1');
    lambda.failNext(2, 403, 'AccessDeniedException');

    // Act
    const act = rollback(ctx(), OPTIONS, io);

    // Assess
    await expect(act).rejects.toThrow(/could not be read \(AccessDeniedException\): are the AWS credentials valid, and may they call lambda:GetAlias/);
  });

  it('npm run rollback -- --dry-run runs as a command: the preflight message on stderr and exit code 1 without credentials', async () => {
    // Act
    const result = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', path.join(ROOT, 'infra/deploy/rollback.ts'), '--dry-run'],
        { cwd: ROOT, env: { PATH: process.env['PATH'], HOME: home }, timeout: 60_000 },
        (error, _stdout, stderr) => resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stderr }),
      );
    });

    // Assess
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/rollback: stopped before changing anything:\n {2}- missing AWS credentials.*\n {2}- missing the AWS region/);
  });
});
