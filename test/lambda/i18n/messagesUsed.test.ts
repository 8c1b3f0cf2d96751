/**
 * Every en-US message is spoken somewhere: a key that no module of lambda/ names is dead
 * wording that translators would keep paying for. The catalogs themselves do not count.
 */
import fs from 'node:fs';
import path from 'node:path';
import { enUS } from '../../../lambda/i18n/en-US';

const LAMBDA = path.resolve(__dirname, '../../../lambda');
const CATALOG_DIR = /[\\/]i18n[\\/][a-z]{2}-[A-Z]{2}$/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return CATALOG_DIR.test(full) ? [] : sources(full);
    return entry.name.endsWith('.ts') ? [fs.readFileSync(full, 'utf8')] : [];
  });
}

describe('en-US messages', () => {
  const code = sources(LAMBDA).join('\n');

  it('reads the skill code, not the catalogs', () => {
    expect(code).toContain('SearchProductsIntent');
    expect(code).not.toContain('export const enUS');
  });

  it.each(Object.keys(enUS))('%s is used by lambda/', (key) => {
    expect(code).toMatch(new RegExp(`\\b${key}\\b`));
  });
});
