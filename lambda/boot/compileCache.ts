/**
 * Loads the skill's bundle with a V8 code cache made at build time, so a new container skips
 * compiling it: what Node's own `module.enableCompileCache()` does, but with the cache shipped
 * read-only in the deployment package (Lambda's /var/task cannot be written) and built before
 * the first customer, not by them.
 *
 * A cache is only ever a shortcut. It is used when its stamp names this very V8 (its full
 * version, with the `-node.N` suffix Node adds when it patches V8) and CPU architecture, and
 * the bundle's exact bytes (SHA-256: V8 itself checks only the source's length); V8 then
 * checks its own version and flags and may still reject it. The Node version is recorded, not
 * compared: the code cache is V8's format, so a Lambda runtime update to a Node patch release
 * on the same V8 keeps the saving. In every other case the bundle compiles as if there were no
 * cache, and the status says why, so a deployment whose runtime moved on to another V8 loses
 * the saving, never the skill.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

/** The skill's bundle beside the loader; the loader takes the name Lambda's handler setting points at. */
export const SKILL_FILE = 'skill.js';
export const CACHE_SUFFIX = '.cache';
export const STAMP_SUFFIX = '.cache.json';

/** What a cache was made by and for. */
export interface CompileCacheStamp {
  /** The Node that made the cache: for the log and for people, not compared. */
  node: string;
  v8: string;
  arch: string;
  /** SHA-256 of the bundle's bytes, hex. */
  sha256: string;
}

/**
 * - `used`: compiled from the cache;
 * - `rejected`: the stamp matched but V8 refused the data (other V8 flags, a damaged file);
 * - `absent`: no cache shipped (the build's Node was not the deployed one);
 * - `other-runtime`: made by another V8 or architecture: not read;
 * - `stale`: made for other bundle bytes: not read.
 */
export type CompileCacheStatus = 'used' | 'rejected' | 'absent' | 'other-runtime' | 'stale';

export interface LoadedBundle {
  exports: Record<string, unknown>;
  status: CompileCacheStatus;
  /** Writes a cache of everything compiled so far (the build's training run calls it after a turn). */
  writeCache(): void;
}

// Over the bytes as read: hashing the decoded text would encode all of it to UTF-8 again.
const sha256 = (source: string | Buffer): string => createHash('sha256').update(source).digest('hex');

/** `source`: the bundle's bytes, or its text (the same hash). */
export function stampFor(source: string | Buffer): CompileCacheStamp {
  return { node: process.version, v8: process.versions.v8, arch: process.arch, sha256: sha256(source) };
}

function readStamp(file: string): CompileCacheStamp | undefined {
  try {
    return JSON.parse(readFileSync(`${file}${STAMP_SUFFIX}`, 'utf8')) as CompileCacheStamp;
  } catch {
    return undefined;
  }
}

/** Whether a cache with this stamp may be given to this process's V8 for `bytes`. */
function stampStatus(stamp: CompileCacheStamp | undefined, bytes: Buffer): 'absent' | 'other-runtime' | 'stale' | 'matches' {
  if (stamp === undefined) return 'absent';
  if (stamp.v8 !== process.versions.v8 || stamp.arch !== process.arch) return 'other-runtime';
  return stamp.sha256 === sha256(bytes) ? 'matches' : 'stale';
}

function cachedDataFor(file: string, bytes: Buffer): { data?: Buffer; status: CompileCacheStatus } {
  const checked = stampStatus(readStamp(file), bytes);
  if (checked !== 'matches') return { status: checked };
  try {
    return { data: readFileSync(`${file}${CACHE_SUFFIX}`), status: 'used' };
  } catch {
    return { status: 'absent' };
  }
}

/**
 * The `require` the bundle runs with. The deployed bundle sits beside this loader, so the
 * loader's own `require` resolves for it exactly as one made for its path would, and
 * node:module (about 0.7 ms of CPU in a new container: Lambda's V8 flags make Node compile it
 * from source) is loaded only for a bundle elsewhere.
 */
function requireFor(file: string): NodeJS.Require {
  if (path.dirname(file) === __dirname) return require;
  const { createRequire } = require('node:module') as typeof import('node:module');
  return createRequire(file);
}

/** Compiles and runs a CommonJS bundle as Node's loader would, from the cache when it may. */
export function loadBundle(file: string): LoadedBundle {
  const bytes = readFileSync(file);
  const source = bytes.toString('utf8');
  const cached = cachedDataFor(file, bytes);
  // Node's own CommonJS wrapper, so the bundle sees the module scope it was built for.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, ...(cached.data === undefined ? {} : { cachedData: cached.data }) });
  const status: CompileCacheStatus = cached.data !== undefined && script.cachedDataRejected === true ? 'rejected' : cached.status;
  const module = { exports: {} as Record<string, unknown> };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, requireFor(file), module, file, path.dirname(file));
  return {
    exports: module.exports,
    status,
    writeCache: () => {
      writeFileSync(`${file}${CACHE_SUFFIX}`, script.createCachedData());
      writeFileSync(`${file}${STAMP_SUFFIX}`, JSON.stringify(stampFor(bytes)));
    },
  };
}
