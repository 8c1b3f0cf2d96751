/**
 * `npm run promote` and `npm run rollback` against the Lambda emulator: the real AWS SDK over
 * HTTP to 127.0.0.1, one emulator per AWS region (each refuses a call signed for another region),
 * the aliases as CloudFormation leaves them (development on the newest version, live where it
 * was promoted). Every "nothing changed" is checked on the emulators: the alias's version,
 * description and revision, and that no UpdateAlias request was made.
 *
 * The first part is the single stack (no regional stack deployed); the second, regional stacks.
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
import { ALEXA_REGIONS, type AlexaRegion } from '../../../infra/regions';
import { type LambdaEmulator, startLambdaEmulator } from '../../emulators/lambda';

const ROOT = path.resolve(__dirname, '../../..');
const FUNCTION = 'VoiceShoppingSkill-skill';
const OPTIONS = { dryRun: false, stackName: 'VoiceShoppingSkill' };

describe('npm run promote and npm run rollback', () => {
  /** One Lambda per AWS region, fresh for every test. */
  let regions: Record<string, LambdaEmulator>;
  let lambda: LambdaEmulator;
  let home: string;
  const savedEnv = { ...process.env };
  const lines: string[] = [];
  const env: NodeJS.ProcessEnv = { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'not-a-real-secret', AWS_REGION: 'us-east-1' };
  const ctx = (overrides: NodeJS.ProcessEnv = {}): Context => ({ env: { ...env, ...overrides }, home, root: ROOT });
  const lambdaIn = (region: string): LambdaEmulator => {
    const found = regions[region];
    if (found === undefined) throw new Error(`no emulator for ${region}`);
    return found;
  };
  const io: LiveIo = { aliases: (region) => openLambdaAliases(region, lambdaIn(region).url), log: (line) => lines.push(line) };
  const updates = () => lambda.requests.filter((request) => request.method === 'PUT').length;
  /** The real clients, with `act` done on the emulators just before each UpdateAlias in `region`: what someone else does meanwhile. */
  const meanwhileIn = (region: string, act: () => void): LiveIo => ({
    ...io,
    aliases: (asked) => {
      const real = io.aliases(asked);
      if (asked !== region) return real;
      return {
        ...real,
        updateAlias: async (...args: Parameters<typeof real.updateAlias>) => {
          act();
          return real.updateAlias(...args);
        },
      };
    },
  });

  /** Development on `development`, live on `live` with `history`, versions 1 … `versions` published. */
  const deployed = (versions: number, development: string, live: string, history: string[] = []) => {
    lambda.addFunction(FUNCTION, versions);
    lambda.setAlias(FUNCTION, 'development', development);
    lambda.setAlias(FUNCTION, 'live', live, liveDescription(history));
  };

  beforeAll(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'live-home-'));
    // Fake credentials for the AWS SDK's default chain.
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'not-a-real-secret' });
  });

  afterAll(() => {
    process.env = savedEnv;
    fs.rmSync(home, { recursive: true, force: true });
  });

  beforeEach(async () => {
    lines.length = 0;
    const started = await Promise.all(Object.values(ALEXA_REGIONS).map((region) => startLambdaEmulator({ region })));
    regions = Object.fromEntries(started.map((emulator) => [emulator.region, emulator]));
    lambda = lambdaIn('us-east-1');
  });

  afterEach(async () => {
    await Promise.all(Object.values(regions).map((emulator) => emulator.close()));
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
    const racing = meanwhileIn('us-east-1', () => lambda.setAlias(FUNCTION, 'live', '1', liveDescription([])));

    // Act
    const act = promote(ctx(), OPTIONS, racing);

    // Assess: Lambda's PreconditionFailedException (412) becomes a clear message
    await expect(act).rejects.toThrow(LiveMovedError);
    expect(lambda.alias(FUNCTION, 'live')?.functionVersion).toBe('1');
  });

  it('stops in the preflight without AWS credentials, before asking Lambda anything', async () => {
    // Act
    const act = promote(ctx({ AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined }), OPTIONS, io);

    // Assess
    await expect(act).rejects.toThrow(PreflightError);
    await expect(rollback(ctx({ AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined }), OPTIONS, io)).rejects.toThrow(/missing AWS credentials/);
    expect(Object.values(regions).flatMap((emulator) => emulator.requests)).toEqual([]);
  });

  it('without an AWS region, looks for regional stacks (which need none) and, finding none, names the region the single stack needs', async () => {
    // Act
    const act = promote(ctx({ AWS_REGION: undefined }), OPTIONS, io);

    // Assess
    await expect(act).rejects.toThrow(
      /missing the AWS region.* for the single stack VoiceShoppingSkill \(nor a regional stack VoiceShoppingSkill-NA, VoiceShoppingSkill-EU, VoiceShoppingSkill-FE in its region\)/,
    );
    expect(Object.values(regions).map((emulator) => emulator.requests.length)).toEqual([2, 2, 2]);
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

  it('npm run promote -- --region with a region that is not an Alexa region exits 2 before anything runs', async () => {
    // Act
    const result = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', path.join(ROOT, 'infra/deploy/promote.ts'), '--region', 'EU,AP'],
        { cwd: ROOT, env: { PATH: process.env['PATH'], HOME: home }, timeout: 60_000 },
        (error, _stdout, stderr) => resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stderr }),
      );
    });

    // Assess
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/promote: --region: "AP" is not an Alexa region: expected a comma-separated list of NA, EU, FE/);
  });

  describe('with regional stacks (npm run deploy -- --regions NA,EU,FE)', () => {
    const fn = (code: AlexaRegion) => `VoiceShoppingSkill-${code}-skill`;
    const lambdaOf = (code: AlexaRegion) => lambdaIn(ALEXA_REGIONS[code]);
    /** Each region's function numbers its own versions: `versions` published, the aliases where given. */
    const regional = (code: AlexaRegion, versions: number, development: string | undefined, live: string | undefined, history: string[] = []) => {
      const emulator = lambdaOf(code);
      emulator.addFunction(fn(code), versions);
      if (development !== undefined) emulator.setAlias(fn(code), 'development', development);
      if (live !== undefined) emulator.setAlias(fn(code), 'live', live, liveDescription(history));
    };
    const liveOf = (code: AlexaRegion) => lambdaOf(code).alias(fn(code), 'live');
    const putsIn = (code: AlexaRegion) => lambdaOf(code).requests.filter((request) => request.method === 'PUT').length;
    const allThree = () => {
      regional('NA', 5, '5', '4', ['2']);
      regional('EU', 3, '3', '2', ['1']);
      regional('FE', 7, '7', '6', []);
    };
    /** Version and history of every region's live alias. */
    const snapshot = () => (['NA', 'EU', 'FE'] as const).map((code) => [code, liveOf(code)?.functionVersion, liveOf(code)?.description]);

    it('promote moves live in every region to what that region’s development runs, each on its own Lambda', async () => {
      // Prepare
      allThree();

      // Act
      await promote(ctx(), OPTIONS, io);

      // Assess
      expect([liveOf('NA')?.functionVersion, liveOf('EU')?.functionVersion, liveOf('FE')?.functionVersion]).toEqual(['5', '3', '7']);
      expect([liveHistory(liveOf('NA')?.description), liveHistory(liveOf('EU')?.description), liveHistory(liveOf('FE')?.description)]).toEqual([['4', '2'], ['2', '1'], ['6']]);
      expect(lines).toEqual([
        'Promoted in 3 regions:',
        '  NA (us-east-1): live: version 4 → 5 (what development runs); `npm run rollback` would bring back 4',
        '  EU (eu-west-1): live: version 2 → 3 (what development runs); `npm run rollback` would bring back 2',
        '  FE (us-west-2): live: version 6 → 7 (what development runs); `npm run rollback` would bring back 6',
      ]);
      // The single stack's function was never looked for: the regional stacks serve the skill.
      expect(lambda.requests.every((request) => request.path.includes(fn('NA')))).toBe(true);
    });

    it('one region refusing the move (412: its live moved meanwhile) puts back the regions moved before it and leaves the rest untouched', async () => {
      // Prepare: someone moves EU's live between this run's read and its update
      allThree();
      const before = snapshot();
      const racing = meanwhileIn(ALEXA_REGIONS.EU, () => lambdaOf('EU').setAlias(fn('EU'), 'live', '2', liveDescription(['1'])));

      // Act
      const error = await promote(ctx(), OPTIONS, racing).catch((err: unknown) => err);

      // Assess
      expect(error).toBeInstanceOf(LiveMovedError);
      expect(String(error)).toMatch(
        /the live alias in EU \(eu-west-1\) changed while this ran \(another promote or rollback\?\): nothing was changed by this run \(NA \(us-east-1\) moved first and were put back\)/,
      );
      expect(snapshot()).toEqual(before);
      expect([putsIn('NA'), putsIn('EU'), putsIn('FE')]).toEqual([2, 1, 0]);
    });

    it('a region whose move fails for another reason (403: its permission missing) is named, and the regions before it are put back', async () => {
      // Prepare
      allThree();
      const before = snapshot();
      const failing = meanwhileIn(ALEXA_REGIONS.FE, () => lambdaOf('FE').failNext(1, 403, 'AccessDeniedException'));

      // Act
      const act = promote(ctx(), OPTIONS, failing);

      // Assess
      await expect(act).rejects.toThrow(
        /moving the live alias in FE \(us-west-2\) failed \(AccessDeniedException\): nothing was changed by this run \(EU \(eu-west-1\), NA \(us-east-1\) moved first/,
      );
      expect(snapshot()).toEqual(before);
    });

    it('promote refuses to move any region when their development runs different code (a deploy that stopped halfway), naming them', async () => {
      // Prepare: NA and FE got the new release; EU's deploy failed and its development runs the old package
      allThree();
      lambdaOf('EU').addFunction(fn('EU'), 3, 'b2xkLXJlbGVhc2U=');
      lambdaOf('EU').setAlias(fn('EU'), 'development', '3');
      lambdaOf('EU').setAlias(fn('EU'), 'live', '2', liveDescription(['1']));
      const before = snapshot();

      // Act
      const error = await promote(ctx(), { ...OPTIONS, dryRun: true }, io).catch((err: unknown) => err);
      const again = await promote(ctx(), OPTIONS, io).catch((err: unknown) => err);

      // Assess
      expect(error).toBeInstanceOf(PreflightError);
      expect(String(again)).toMatch(
        /development runs different code in different regions \(NA \(us-east-1\) and FE \(us-west-2\) \/ EU \(eu-west-1\)\): was the last `npm run deploy -- --regions …` complete everywhere\?/,
      );
      expect(snapshot()).toEqual(before);
      expect([putsIn('NA'), putsIn('EU'), putsIn('FE')]).toEqual([0, 0, 0]);
      expect(lambdaOf('EU').requests.some((request) => request.path.endsWith('/configuration'))).toBe(true);
    });

    it('refuses to move any region when one named region is not deployed, naming it and the command that creates it', async () => {
      // Prepare: FE was never deployed
      regional('NA', 5, '5', '4', ['2']);
      regional('EU', 3, '3', '2', ['1']);
      const before = snapshot();

      // Act
      const act = promote(ctx(), { ...OPTIONS, regions: ['NA', 'EU', 'FE'] }, io);

      // Assess
      await expect(act).rejects.toThrow(
        /no development or live alias of the function VoiceShoppingSkill-FE-skill in FE \(us-west-2\): is the stack VoiceShoppingSkill-FE deployed there\? `npm run deploy -- --regions FE`/,
      );
      expect(snapshot()).toEqual(before);
      expect([putsIn('NA'), putsIn('EU'), putsIn('FE')]).toEqual([0, 0, 0]);
    });

    it('refuses to move any region when one is half there (development without live) or cannot be read, naming each', async () => {
      // Prepare: EU has no live alias; FE's Lambda refuses to answer
      regional('NA', 5, '5', '4', ['2']);
      regional('EU', 3, '3', undefined);
      regional('FE', 7, '7', '6');
      lambdaOf('FE').failNext(2, 403, 'AccessDeniedException');
      const before = snapshot();

      // Act
      const error = await promote(ctx(), OPTIONS, io).catch((err: unknown) => err);

      // Assess
      expect(error).toBeInstanceOf(PreflightError);
      expect(String(error)).toMatch(/no live alias of the function VoiceShoppingSkill-EU-skill in EU \(eu-west-1\)/);
      expect(String(error)).toMatch(/the aliases of VoiceShoppingSkill-FE-skill in FE \(us-west-2\) could not be read \(AccessDeniedException\).*name them with --region/);
      expect(snapshot()).toEqual(before);
      expect([putsIn('NA'), putsIn('EU'), putsIn('FE')]).toEqual([0, 0, 0]);
    });

    it('acts on the deployed regions only when some were never deployed', async () => {
      // Prepare: EU and FE only
      regional('EU', 3, '3', '2', ['1']);
      regional('FE', 7, '7', '6');

      // Act
      await promote(ctx(), OPTIONS, io);

      // Assess
      expect([liveOf('EU')?.functionVersion, liveOf('FE')?.functionVersion]).toEqual(['3', '7']);
      expect(lines[0]).toBe('Promoted in 2 regions:');
    });

    it('rollback takes every region back to the version it ran before, each region its own', async () => {
      // Prepare
      allThree();
      regional('FE', 7, '7', '6', ['5']);

      // Act
      await rollback(ctx(), OPTIONS, io);

      // Assess
      expect([liveOf('NA')?.functionVersion, liveOf('EU')?.functionVersion, liveOf('FE')?.functionVersion]).toEqual(['2', '1', '5']);
      expect([liveHistory(liveOf('NA')?.description), liveHistory(liveOf('EU')?.description), liveHistory(liveOf('FE')?.description)]).toEqual([[], [], []]);
      expect(lines[0]).toBe('Rolled back in 3 regions: Development still runs what it ran in each region; `npm run promote` moves live there again.');
      expect(lines).toContain('  EU (eu-west-1): live: version 2 → 1 (the version it ran before)');
    });

    it('rollback with one region that has nowhere to go (no earlier version, or it was deleted) moves no region, naming each', async () => {
      // Prepare: FE records none; EU's earlier version 9 is not published
      regional('NA', 5, '5', '4', ['2']);
      regional('EU', 3, '3', '2', ['9']);
      regional('FE', 7, '7', '6', []);
      const before = snapshot();

      // Act
      const error = await rollback(ctx(), OPTIONS, io).catch((err: unknown) => err);

      // Assess
      expect(error).toBeInstanceOf(NoPreviousVersionError);
      expect(String(error)).toMatch(
        /nothing was changed in any region:\n {2}- EU \(eu-west-1\): version 9, which live ran before 2, is no longer published \(it was deleted\)\n {2}- FE \(us-west-2\): the live alias of VoiceShoppingSkill-FE-skill runs version 6 and records no version it ran before/,
      );
      expect(snapshot()).toEqual(before);
      expect([putsIn('NA'), putsIn('EU'), putsIn('FE')]).toEqual([0, 0, 0]);
    });

    it('--region rolls back the named region only, and asks no other region anything', async () => {
      // Prepare
      allThree();

      // Act
      await rollback(ctx(), { ...OPTIONS, regions: ['EU'] }, io);

      // Assess
      expect([liveOf('NA')?.functionVersion, liveOf('EU')?.functionVersion, liveOf('FE')?.functionVersion]).toEqual(['4', '1', '6']);
      expect([lambdaOf('NA').requests.length, lambdaOf('FE').requests.length]).toEqual([0, 0]);
      expect(lines[0]).toBe('Rolled back in 1 region: Development still runs what it ran in each region; `npm run promote` moves live there again.');
    });

    it.each([
      ['promote', promote, ['  NA (us-east-1): live: version 4 → 5', '  EU (eu-west-1): live: version 2 → 3', '  FE (us-west-2): live: version 6 → 7']],
      ['rollback', rollback, ['  NA (us-east-1): live: version 4 → 2', '  EU (eu-west-1): live: version 2 → 1', '  FE (us-west-2): live: version 6 → 5']],
    ])('%s --dry-run prints the move of every region and changes none', async (_name, command, plans) => {
      // Prepare
      allThree();
      regional('FE', 7, '7', '6', ['5']);
      const before = snapshot();

      // Act
      await command(ctx(), { ...OPTIONS, dryRun: true }, io);

      // Assess
      expect(lines[0]).toBe('Dry run: nothing is changed. 3 regions:');
      expect(lines.slice(1).map((line) => line.split(' (what')[0]?.split(' (the')[0])).toEqual(plans);
      expect(snapshot()).toEqual(before);
      expect([putsIn('NA'), putsIn('EU'), putsIn('FE')]).toEqual([0, 0, 0]);
    });

    it('promote where one region already runs development moves the others and says so for that one', async () => {
      // Prepare
      allThree();
      regional('EU', 3, '3', '3', ['2']);

      // Act
      await promote(ctx(), OPTIONS, io);

      // Assess
      expect(lines[0]).toBe('EU (eu-west-1): live already runs version 3, the version development runs: nothing to promote there.');
      expect(lines[1]).toBe('Promoted in 2 regions:');
      expect(putsIn('EU')).toBe(0);
    });
  });
});
