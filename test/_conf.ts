import { readFileSync, writeFileSync } from 'node:fs';
import { findConflicts } from './sim/conflicts';
import { loadLanguageModel } from './sim/model';
const loc = process.argv[2] ?? 'en-US';
const c = findConflicts(loadLanguageModel(loc));
const counts = new Map<string, number>();
for (const x of c) counts.set(`${x.by}\t${x.bySample}`, (counts.get(`${x.by}\t${x.bySample}`) ?? 0) + 1);
console.log(c.length);
const bad = [...counts.entries()].sort((a, b) => b[1] - a[1]);
for (const [k, n] of bad) console.log(n, k);
if (process.argv[3] === 'drop') {
  const p = `lambda/i18n/${loc}/model.json`;
  const d = JSON.parse(readFileSync(p, 'utf8'));
  const kill = new Set(bad.map(([k]) => k));
  for (const [intent, list] of Object.entries(d.samples) as [string, string[]][]) d.samples[intent] = list.filter((s) => !kill.has(`${intent}\t${s}`));
  writeFileSync(p, JSON.stringify(d, null, 2) + '\n');
}
