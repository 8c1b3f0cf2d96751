/** The lambda/ source files the architecture tests read, as text. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const LAMBDA_DIR = path.resolve(__dirname, '../../lambda');

/** Every `.ts` file below `dir`, subfolders included. */
export function sourceFiles(dir: string = LAMBDA_DIR): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}
