/**
 * Where the production cold first turn goes: a few fresh processes of the deployed bundle in
 * the production configuration under `node --cpu-prof`, each profile cut to the window from
 * `require` to the first LaunchRequest's answer (cold-child.ts prints it on the same monotonic
 * clock), and its samples sorted into what they were doing. Used to explain a missed target.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ColdProfile {
  runs: number;
  /** Milliseconds per run, by category, for `require` and for the first LaunchRequest. */
  require: Record<string, number>;
  firstTurn: Record<string, number>;
}

/** The category of one sample, from the function it was in. */
function categorize(frame: ProfileNode['callFrame'], bundle: string): string {
  const { functionName: fn, url } = frame;
  if (fn === '(idle)') return 'idle: waiting for I/O (the DynamoDB answer)';
  if (fn === '(garbage collector)') return 'garbage collection';
  if (fn === 'wrapSafe' || fn === 'compileFunction') return 'compiling the bundle';
  if (url === bundle || url === `file://${bundle}`) return "the bundle's own code (skill + ASK SDK)";
  if (fn === 'compileForInternalLoader' || fn === 'internalBinding' || fn === 'requireBuiltin') return 'loading Node built-in modules';
  if (/node:(_http|http|https|net|_tls|tls|stream|dns)|internal\/(streams|http|net)|_http_|readable|writable|node:events/.test(url) || /writev|Socket|connect/i.test(fn)) {
    return 'Node HTTP client, sockets and streams';
  }
  if (/node:crypto|internal\/crypto/.test(url) || fn === 'Hash' || fn === 'Hmac') return 'hashing and signing (node:crypto)';
  if (/console|sync_write_stream|is_main_thread|inspect|util/.test(url)) return 'console.log (the log lines)';
  if (fn === '(program)') return 'V8 and native work outside JavaScript';
  return 'other Node internals (module loader, timers, promises)';
}

function add(into: Record<string, number>, key: string, ms: number): void {
  into[key] = (into[key] ?? 0) + ms;
}

export async function profileColdStart(args: { coldChild: string; bundle: string; env: NodeJS.ProcessEnv; runs: number }): Promise<ColdProfile> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'skill-cold-profile-'));
  const require: Record<string, number> = {};
  const firstTurn: Record<string, number> = {};
  try {
    for (let i = 0; i < args.runs; i++) {
      const runDir = path.join(dir, String(i));
      const stderr = await new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-interval', '50', '--cpu-prof-dir', runDir, args.coldChild, args.bundle], {
          env: args.env,
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let text = '';
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (chunk: string) => {
          text += chunk;
        });
        child.on('error', reject);
        child.on('close', () => resolve(text));
      });
      const line = stderr.split('\n').find((l) => l.startsWith('BENCH '));
      const file = readdirSync(runDir).find((f) => f.endsWith('.cpuprofile'));
      if (line === undefined || file === undefined) throw new Error(`profiled cold start failed: ${stderr.slice(0, 500)}`);
      const window = JSON.parse(line.slice('BENCH '.length)) as { startedUs: number; requiredUs: number; answeredUs: number };
      const profile = JSON.parse(readFileSync(path.join(runDir, file), 'utf8')) as CpuProfile;
      const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
      let t = profile.startTime;
      profile.samples.forEach((id, k) => {
        const delta = profile.timeDeltas[k] ?? 0;
        t += delta;
        const node = nodes.get(id);
        if (node === undefined || t < window.startedUs || t > window.answeredUs) return;
        add(t <= window.requiredUs ? require : firstTurn, categorize(node.callFrame, args.bundle), delta / 1000 / args.runs);
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { runs: args.runs, require, firstTurn };
}
