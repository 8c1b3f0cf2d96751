/**
 * The README is the front door: it must name every environment variable the Lambda reads and
 * only `npm run` commands that exist, and its layout table must match the folders. The quick start
 * comes first and the table of contents lists every section, so a new reader finds both.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EnvNames } from '../../lambda/config/env';

const root = path.resolve(__dirname, '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
function githubAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_\- ]/gu, '')
    .replaceAll(' ', '-');
}

describe('README.md', () => {
  it.each(Object.values(EnvNames))('documents the environment variable %s', (name) => {
    expect(readme).toContain(`\`${name}\``);
  });

  it('shows the two commands a developer starts with', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });

  it('opens with the table of contents, then the quick start', () => {
    const sections = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(sections.slice(0, 2)).toEqual(['Contents', 'Quick start']);
  });

  it('lists every section and subsection in its table of contents, in order, with working anchors', () => {
    const outsideCode = readme.replace(/^```[\s\S]*?^```/gm, '');
    const contents = outsideCode.slice(outsideCode.indexOf('## Contents'), outsideCode.indexOf('\n## ', outsideCode.indexOf('## Contents') + 1));
    const listed = [...contents.matchAll(/^ *- \[([^\]]+)\]\(#([\w-]+)\)$/gm)].map((m) => ({ title: m[1], anchor: m[2] }));
    const headings = [...outsideCode.matchAll(/^###? (.+)$/gm)]
      .map((m) => m[1] ?? '')
      .filter((title) => title !== 'Contents')
      .map((title) => ({ title: title.replaceAll('`', ''), anchor: githubAnchor(title) }));
    expect(listed).toEqual(headings);
  });

  it('names only npm scripts that exist', () => {
    const named = [...readme.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1] ?? '');
    expect(named.length).toBeGreaterThan(5);
    for (const name of new Set(named)) expect({ script: name, exists: name in scripts }).toEqual({ script: name, exists: true });
  });

  it('gives every infra/ folder a layout row, and names in its layout table only paths that exist', () => {
    const layout = readme.slice(readme.indexOf('## Layout'), readme.indexOf('\n## ', readme.indexOf('## Layout') + 1));
    const rows = [...layout.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1] ?? '');
    const infraFolders = readdirSync(path.join(root, 'infra'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'cdk.out')
      .map((entry) => `infra/${entry.name}/`);
    expect(infraFolders.length).toBeGreaterThan(2);
    expect(infraFolders.filter((folder) => !rows.includes(folder))).toEqual([]);
    expect(rows.filter((row) => !existsSync(path.join(root, row)))).toEqual([]);
  });

  it('gives every lambda/ folder a layout row whose backquoted files are in that folder', () => {
    const layout = readme.slice(readme.indexOf('## Layout'), readme.indexOf('\n## ', readme.indexOf('## Layout') + 1));
    const rows = new Map([...layout.matchAll(/^\| `(lambda\/[^`]+\/)` \| (.*) \|$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']));
    const lambdaFolders = readdirSync(path.join(root, 'lambda'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `lambda/${entry.name}/`);
    expect(lambdaFolders.length).toBeGreaterThan(10);
    expect(lambdaFolders.filter((folder) => !rows.has(folder))).toEqual([]);
    // A file or subfolder a row names in backquotes ("`deadline.ts`", "`refine/`") is in that folder.
    const missing = [...rows].flatMap(([folder, purpose]) =>
      [...purpose.matchAll(/`([\w.-]+(?:\.ts|\/))`/g)].map((m) => `${folder}${m[1] ?? ''}`).filter((named) => !existsSync(path.join(root, named))),
    );
    expect(missing).toEqual([]);
  });
});
