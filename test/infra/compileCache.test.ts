/**
 * The compile cache shipped with the Lambda (lambda/boot/, infra/compileCache.ts): used only
 * when it was made by this very runtime for these very bytes, and otherwise ignored without
 * harm: the bundle then compiles as if there were no cache. The deployed layout is checked on
 * the real skill in a fresh `node`, as Lambda loads it.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { bundleSkill, DEPLOYED_ARCH, DEPLOYED_NODE_MAJOR } from '../../infra/bundle';
import { addCompileCache, CACHE_SUFFIX, lambdaNodeArgs, SKILL_FILE, STAMP_SUFFIX, shouldCache } from '../../infra/compileCache';
import { type CompileCacheStamp, loadBundle, stampFor } from '../../lambda/boot/compileCache';
import { launchRequest } from '../support/envelopes';

const run = promisify(execFile);

/** Loads the folder's index.js as Lambda does and answers one launch. */
const PROBE = `
const boot = require(process.argv[1]);
boot.handler(JSON.parse(process.argv[2])).then((out) => {
  process.stderr.write('PROBE ' + JSON.stringify({ status: boot.compileCacheStatus, speech: out.response.outputSpeech.ssml }) + '\\n');
});
`;

describe('loadBundle', () => {
  let dir: string;
  let file: string;
  const write = (answer: string) => fs.writeFileSync(file, `exports.answer = () => '${answer}';\n`);

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-cache-'));
    file = path.join(dir, 'bundle.js');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('loads without a cache, and from the cache it wrote for the same bytes', () => {
    write('one');
    const first = loadBundle(file);
    expect(first.status).toBe('absent');
    expect((first.exports['answer'] as () => string)()).toBe('one');
    first.writeCache();
    const second = loadBundle(file);
    expect(second.status).toBe('used');
    expect((second.exports['answer'] as () => string)()).toBe('one');
  });

  it('ignores a cache made for other bytes of the same length (V8 checks only the length) and runs the new code', () => {
    write('one');
    const old = loadBundle(file);
    // Run first, so the cache holds the function's compiled code: V8 would run that, not the new source.
    expect((old.exports['answer'] as () => string)()).toBe('one');
    old.writeCache();
    write('two');
    const loaded = loadBundle(file);
    expect(loaded.status).toBe('stale');
    expect((loaded.exports['answer'] as () => string)()).toBe('two');
  });

  it('uses a cache another Node patch release made on the same V8 (a Lambda runtime update that kept V8)', () => {
    write('one');
    const made = loadBundle(file);
    expect((made.exports['answer'] as () => string)()).toBe('one');
    made.writeCache();
    const stamp = JSON.parse(fs.readFileSync(`${file}${STAMP_SUFFIX}`, 'utf8')) as CompileCacheStamp;
    fs.writeFileSync(`${file}${STAMP_SUFFIX}`, JSON.stringify({ ...stamp, node: 'v0.0.1' }));
    const loaded = loadBundle(file);
    expect(loaded.status).toBe('used');
    expect((loaded.exports['answer'] as () => string)()).toBe('one');
  });

  it('does not read a cache another V8 made, even an unreadable one', () => {
    write('one');
    const stamp: CompileCacheStamp = { ...stampFor(fs.readFileSync(file, 'utf8')), node: process.version, v8: `${process.versions.v8}-patched` };
    fs.writeFileSync(`${file}${STAMP_SUFFIX}`, JSON.stringify(stamp));
    fs.writeFileSync(`${file}${CACHE_SUFFIX}`, 'not a V8 code cache');
    const loaded = loadBundle(file);
    expect(loaded.status).toBe('other-runtime');
    expect((loaded.exports['answer'] as () => string)()).toBe('one');
  });

  it('compiles the bundle when V8 refuses the data, and says so', () => {
    write('one');
    fs.writeFileSync(`${file}${STAMP_SUFFIX}`, JSON.stringify(stampFor(fs.readFileSync(file, 'utf8'))));
    fs.writeFileSync(`${file}${CACHE_SUFFIX}`, Buffer.alloc(256, 7));
    const loaded = loadBundle(file);
    expect(loaded.status).toBe('rejected');
    expect((loaded.exports['answer'] as () => string)()).toBe('one');
  });

  it('treats a stamp it cannot read as no cache', () => {
    write('one');
    fs.writeFileSync(`${file}${STAMP_SUFFIX}`, '{ not json');
    expect(loadBundle(file).status).toBe('absent');
  });
});

describe('shouldCache', () => {
  it('makes a cache on the deployed Node major and architecture only, unless told', () => {
    expect(shouldCache('when-deployed-node', `${DEPLOYED_NODE_MAJOR}.3.1`, DEPLOYED_ARCH)).toBe(true);
    expect(shouldCache('when-deployed-node', `${DEPLOYED_NODE_MAJOR - 2}.20.2`, DEPLOYED_ARCH)).toBe(false);
    // The function runs on arm64: a cache made on x64 would never be read there.
    expect(shouldCache('when-deployed-node', `${DEPLOYED_NODE_MAJOR}.3.1`, DEPLOYED_ARCH === 'arm64' ? 'x64' : 'arm64')).toBe(false);
    expect(shouldCache('always', '1.0.0')).toBe(true);
    expect(shouldCache('never', `${DEPLOYED_NODE_MAJOR}.0.0`)).toBe(false);
  });
});

describe('addCompileCache on the skill', () => {
  let root: string;
  const env = { PATH: process.env['PATH'] ?? '', CATALOG: 'amazon-business', CONNECTION_TOKEN_SECRET: 'compile-cache-test-secret-0123456789abcdef' };
  /** A fresh node started as Lambda's runtime starts it (its flags), or with `nodeArgs`. */
  const probe = async (dir: string, nodeArgs: string[] = lambdaNodeArgs()) => {
    const { stderr } = await run(process.execPath, [...nodeArgs, '-e', PROBE, path.join(dir, 'index.js'), JSON.stringify(launchRequest())], { env });
    const line = stderr.split('\n').find((l) => l.startsWith('PROBE '));
    return JSON.parse(line?.slice('PROBE '.length) ?? '{}') as { status?: string; speech?: string };
  };
  const bundled = async (name: string) => {
    const dir = path.join(root, name);
    await bundleSkill(path.join(dir, 'index.js'));
    return dir;
  };

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-cache-skill-'));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('puts the loader at index.js and the skill beside it, with a cache made by a training launch that a new process uses', async () => {
    const dir = await bundled('always');
    const skill = fs.readFileSync(path.join(dir, 'index.js'));
    const outcome = await addCompileCache(dir, 'always');
    expect(outcome).toEqual({ cached: true, trainingStatus: 'absent' });
    expect(fs.readFileSync(path.join(dir, SKILL_FILE)).equals(skill)).toBe(true);
    expect(fs.statSync(path.join(dir, 'index.js')).size).toBeLessThan(8 * 1024);
    const stamp = JSON.parse(fs.readFileSync(path.join(dir, `${SKILL_FILE}${STAMP_SUFFIX}`), 'utf8')) as CompileCacheStamp;
    expect(stamp).toEqual(stampFor(skill.toString('utf8')));
    expect(await probe(dir)).toEqual({ status: 'used', speech: expect.stringContaining('Welcome') });
  }, 60_000);

  it('is refused by V8 in a node started with other V8 flags (not as Lambda starts it), and the skill answers the same', async () => {
    const dir = await bundled('other-flags');
    await addCompileCache(dir, 'always');
    expect(await probe(dir, [])).toEqual({ status: 'rejected', speech: expect.stringContaining('Welcome') });
  }, 60_000);

  it('after a runtime update to another V8, the shipped cache is not read and the skill answers the same', async () => {
    const dir = await bundled('other-v8');
    await addCompileCache(dir, 'always');
    const stampFile = path.join(dir, `${SKILL_FILE}${STAMP_SUFFIX}`);
    const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8')) as CompileCacheStamp;
    // What the container sees when Lambda's Node moved on: the cache names the V8 it was made by.
    fs.writeFileSync(stampFile, JSON.stringify({ ...stamp, node: 'v24.0.0', v8: '13.0.0.0-node.0' }));
    expect(await probe(dir)).toEqual({ status: 'other-runtime', speech: expect.stringContaining('Welcome') });
  }, 60_000);

  it('runs the skill beside it with its own require: a launch never loads node:module', async () => {
    const dir = await bundled('own-require');
    await addCompileCache(dir, 'never');
    // A script file, not -e: Node loads node:module itself to evaluate -e.
    const script = path.join(root, 'modules-probe.js');
    fs.writeFileSync(
      script,
      `require(process.argv[2]).handler(JSON.parse(process.argv[3])).then(() => process.stderr.write('MODULE ' + process.moduleLoadList.includes('NativeModule module') + '\\n'));`,
    );
    const { stderr } = await run(process.execPath, [...lambdaNodeArgs(), script, path.join(dir, 'index.js'), JSON.stringify(launchRequest())], { env });
    expect(stderr).toContain('MODULE false');
  }, 60_000);

  it('leaves the cache out when told to, and the skill answers the same', async () => {
    const dir = await bundled('never');
    expect(await addCompileCache(dir, 'never')).toEqual({ cached: false });
    expect(fs.existsSync(path.join(dir, `${SKILL_FILE}${CACHE_SUFFIX}`))).toBe(false);
    expect(await probe(dir)).toEqual({ status: 'absent', speech: expect.stringContaining('Welcome') });
  }, 60_000);
});
