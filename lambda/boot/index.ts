/**
 * The deployed entry point: loads the skill's bundle (`skill.js` beside this file) through its
 * compile cache (compileCache.ts) and hands Lambda its handler. Bundled apart from the skill
 * by infra/compileCache.ts, which also makes the cache.
 */
import path from 'node:path';
import { type CompileCacheStatus, loadBundle, SKILL_FILE } from './compileCache';

const loaded = loadBundle(path.join(__dirname, SKILL_FILE));

// One line per new container: whether the saving happened, and if not, why (a runtime update).
console.log(JSON.stringify({ level: 'info', event: 'compile_cache', status: loaded.status }));

export const handler = loaded.exports['handler'];
export const compileCacheStatus: CompileCacheStatus = loaded.status;
/** For the build's training run only (infra/compileCache.ts); Lambda calls `handler` alone. */
export const writeCompileCache = loaded.writeCache;
