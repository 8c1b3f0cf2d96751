/**
 * Loads the skill's bundle with a V8 code cache made at build time, so a new container skips
 * compiling it: what Node's own `module.enableCompileCache()` does, but with the cache shipped
 * read-only in the deployment package (Lambda's /var/task cannot be written) and built before
 * the first customer, not by them.
 *
 * A cache is only ever a shortcut. It is used when its stamp names this very runtime (Node and
 * V8 versions, CPU architecture) and the bundle's exact bytes (SHA-256: V8 itself checks only
 * the source's length); V8 then checks its own version, flags and checksum and may still
 * reject it. In every other case the bundle compiles as if there were no cache, and the status
 * says why, so a deployment whose runtime moved on (Lambda updates its Node.js patch versions)
 * loses the saving, never the skill.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/** The skill's bundle beside the loader; the loader takes the name Lambda's handler setting points at. */
export const SKILL_FILE = 'skill.js';
export const CACHE_SUFFIX = '.cache';
export const STAMP_SUFFIX = '.cache.json';

/** What a cache was made by and for. */
export interface CompileCacheStamp {
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
 * - `other-runtime`: made by another Node, V8 or architecture: not read;
 * - `stale`: made for other bundle bytes: not read.
 */
export type CompileCacheStatus = 'used' | 'rejected' | 'absent' | 'other-runtime' | 'stale';

export interface LoadedBundle {
  exports: Record<string, unknown>;
  status: CompileCacheStatus;
  /** Writes a cache of everything compiled so far (the build's training run calls it after a turn). */
  writeCache(): void;
}

const sha256 = (source: string): string => createHash('sha256').update(source).digest('hex');

export function stampFor(source: string): CompileCacheStamp {
  return { node: process.version, v8: process.versions.v8, arch: process.arch, sha256: sha256(source) };
}

function readStamp(file: string): CompileCacheStamp | undefined {
  try {
    return JSON.parse(readFileSync(`${file}${STAMP_SUFFIX}`, 'utf8')) as CompileCacheStamp;
  } catch {
    return undefined;
  }
}

function cachedDataFor(file: string, source: string): { data?: Buffer; status: CompileCacheStatus } {
  const stamp = readStamp(file);
  if (stamp === undefined) return { status: 'absent' };
  if (stamp.node !== process.version || stamp.v8 !== process.versions.v8 || stamp.arch !== process.arch) return { status: 'other-runtime' };
  if (stamp.sha256 !== sha256(source)) return { status: 'stale' };
  try {
    return { data: readFileSync(`${file}${CACHE_SUFFIX}`), status: 'used' };
  } catch {
    return { status: 'absent' };
  }
}

/** Compiles and runs a CommonJS bundle as Node's loader would, from the cache when it may. */
export function loadBundle(file: string): LoadedBundle {
  const source = readFileSync(file, 'utf8');
  const cached = cachedDataFor(file, source);
  // Node's own CommonJS wrapper, so the bundle sees the module scope it was built for.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, ...(cached.data === undefined ? {} : { cachedData: cached.data }) });
  const status: CompileCacheStatus = cached.data !== undefined && script.cachedDataRejected === true ? 'rejected' : cached.status;
  const module = { exports: {} as Record<string, unknown> };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  return {
    exports: module.exports,
    status,
    writeCache: () => {
      writeFileSync(`${file}${CACHE_SUFFIX}`, script.createCachedData());
      writeFileSync(`${file}${STAMP_SUFFIX}`, JSON.stringify(stampFor(source)));
    },
  };
}
