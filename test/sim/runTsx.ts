/** Runs a TypeScript file with the project's tsx in a child process and collects what it prints. */
import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

export interface TsxRun {
  code: number | null;
  out: string;
  err: string;
}

/** @param env the child's environment (default: this process's). */
export function runTsx(script: string, args: string[] = [], stdin?: string, env: NodeJS.ProcessEnv = process.env): Promise<TsxRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [script, ...args], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
    // With nothing to type, stdin is closed at once: the script sees end of input.
    child.stdin.end(stdin ?? '');
  });
}
