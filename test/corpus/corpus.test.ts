/**
 * The utterance corpus through the simulator: every line from its stage, its outcome
 * observed (runner.ts). Prints the rates per locale and per stage, the development and
 * held-out parts apart, beside the target: 97 % in a locale, 90 % in a stage, in either part.
 * Failing development lines are listed; held-out lines are only counted, so they never
 * become a tuning list.
 *
 * The target is not met yet (issue 20 stays open): what fails the test is a regression floor
 * per locale and part, a few points under the rates last measured (en-US 95.0 % dev of 812
 * lines, 73.9 % held-out; en-GB 95.5 % dev of 404 lines, 71.3 % held-out; the development parts
 * grew by 180 and 104 harder lines, so their floors stay where they were). Raise a floor when
 * the rate rises; never lower one to pass.
 */
import { corpusLocales, type CorpusLine, type Part, readCorpus, STAGES } from './corpus';
import { CorpusRunner, type LineResult } from './runner';

/** The gate the corpus is meant to pass: printed beside the rates, not yet asserted. */
const TARGET = { locale: 0.97, stage: 0.9 };
/** Regression floors, per locale and part: three points under the last measured rates. */
const REGRESSION_FLOOR: Record<string, Record<Part, number>> = {
  // Rates measured after this round's merges (dev / held-out, lines in brackets). Each floor is
  // three points under its rate, rounded down, or the floor before if that is higher and the rate
  // still clears it. Every part grew this round: new development lines and, in the same sittings
  // and before any tuning, new held-out lines (a fifth stays held out). Where a held-out floor is
  // lower than before (en-CA, ja-JP), that part's new lines, measured as written,
  // are why. Raise a floor when the rate rises; never lower one to pass.
  // en-US: 97.5 % (1,395) / 85.2 % (357), lowest held-out stage empty 79.5 % (round 8: 73 and 23
  // new lines, 75.3 % and 69.6 % as written).
  'en-US': { dev: 0.94, heldout: 0.82 },
  // en-GB: 99.2 % (923) / 93.7 % (237), lowest held-out stage which-one 90.0 % (round 8: 48 and 15
  // new lines, 81.3 % and 100 % as written).
  'en-GB': { dev: 0.96, heldout: 0.9 },
  // en-CA: 97.2 % (616) / 88.7 % (159), lowest held-out stage after-action 74.1 % (round 8: 43 and 11
  // new lines, 76.7 % and 81.8 % as written).
  'en-CA': { dev: 0.94, heldout: 0.85 },
  // de-DE: 98.3 % (768) / 86.6 % (201), lowest held-out stage welcome 76.7 %.
  'de-DE': { dev: 0.95, heldout: 0.83 },
  // fr-FR: 95.4 % (763) / 80.7 % (197), lowest held-out stage after-action 66.7 % (held-out lower for its new lines as written).
  'fr-FR': { dev: 0.95, heldout: 0.77 },
  // fr-CA: 95.6 % (733) / 81.1 % (190), lowest held-out stage purchase 66.7 % (held-out lower for its new lines as written).
  'fr-CA': { dev: 0.95, heldout: 0.78 },
  // it-IT: 96.3 % (814) / 82.8 % (209), lowest held-out stage after-action 72.2 % (issue 22's sitting 28;
  // development floor at the 95 % the issue asks of a new locale).
  'it-IT': { dev: 0.95, heldout: 0.79 },
  // es-ES: 96.9 % (782) / 85.1 % (202), lowest held-out stage after-action 72.2 %.
  'es-ES': { dev: 0.95, heldout: 0.82 },
  // es-US: 96.0 % (776) / 85.4 % (198), lowest held-out stage purchase 73.9 %.
  'es-US': { dev: 0.95, heldout: 0.82 },
  // ja-JP: 96.5 % (706) / 84.1 % (182), lowest held-out stage purchase 74.1 % (seventh sitting:
  // 48 development and 16 held-out lines; the held-out part was 85.5 % of 166 before them).
  'ja-JP': { dev: 0.95, heldout: 0.81 },
};
/** Hundreds of simulated turns per locale: a generous bound for a loaded machine, not a speed test. */
const RUN_TIMEOUT_MS = 600_000;

/** CORPUS_PARTS=dev while tuning: the held-out part is run only for a measurement. */
const PARTS: Part[] = process.env.CORPUS_PARTS === 'dev' ? ['dev'] : ['dev', 'heldout'];

/** CORPUS_LOCALES=en-US while tuning one locale. */
const LOCALES = corpusLocales().filter((l) => process.env.CORPUS_LOCALES === undefined || process.env.CORPUS_LOCALES.split(',').includes(l));

/**
 * The misses of a part by category only: the stage, the kind of outcome wanted, the intent
 * Alexa sent and the route taken, counted. This is all the held-out part may show: a mechanism
 * to fix, never a line to copy.
 */
function confusions(list: LineResult[]): string[] {
  const counts = new Map<string, number>();
  for (const r of list.filter((x) => !x.passed)) {
    const wanted = r.line.outcome.split(' ')[0] ?? '';
    const k = `${r.line.stage}: ${wanted} ← ${r.category}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `    ${String(n).padStart(3)}  ${k}`);
}

const results = new Map<string, LineResult[]>();
const key = (locale: string, part: Part) => `${locale}/${part}`;

function rate(list: LineResult[]): number {
  return list.length === 0 ? 1 : list.filter((r) => r.passed).length / list.length;
}
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

describe.each(LOCALES)('the %s corpus', (locale) => {
  let runner: CorpusRunner;

  beforeAll(async () => {
    runner = await CorpusRunner.start(locale);
    for (const part of PARTS) {
      const lines: CorpusLine[] = readCorpus(locale, part);
      const done: LineResult[] = [];
      for (const line of lines) done.push(await runner.run(line));
      results.set(key(locale, part), done);
    }
  }, RUN_TIMEOUT_MS);

  afterAll(async () => {
    await runner.close();
    // The same lines with the resolver's ASSUMPTION rules off: printed, not gated
    // (CORPUS_ASSUMPTIONS_OFF=skip leaves it out of a comparison run, halving its time).
    const off: Record<string, number> = {};
    if (process.env.CORPUS_ASSUMPTIONS_OFF !== 'skip') {
      const strict = await CorpusRunner.start(locale, false);
      for (const part of PARTS) {
        const done: LineResult[] = [];
        for (const line of readCorpus(locale, part)) done.push(await strict.run(line));
        off[part] = rate(done);
      }
      await strict.close();
    }
    const report: string[] = [`corpus ${locale}`];
    for (const part of PARTS) {
      const list = results.get(key(locale, part)) ?? [];
      const stages = STAGES.map((stage) => {
        const s = list.filter((r) => r.line.stage === stage);
        return `${stage} ${pct(rate(s))} (${s.length})`;
      });
      const floor = REGRESSION_FLOOR[locale]?.[part];
      report.push(
        `  ${part}: ${pct(rate(list))} of ${list.length} (target ${pct(TARGET.locale)}, floor ${floor === undefined ? 'none' : pct(floor)}; assumptions off: ${off[part] === undefined ? 'not run' : pct(off[part])})`,
        `    stages (target ${pct(TARGET.stage)} each): ${stages.join(', ')}`,
      );
      if (process.env.CORPUS_CONFUSIONS !== undefined) report.push(`    misses by stage, outcome wanted, intent heard > route:`, ...confusions(list));
      if (part === 'dev') for (const r of list.filter((x) => !x.passed)) report.push(`    ✗ ${r.line.where} "${r.line.said}" => ${r.line.outcome}; got ${r.observed}`);
    }
    process.stdout.write(`${report.join('\n')}\n`);
  }, RUN_TIMEOUT_MS);

  it.each(PARTS)('%s: no fewer lines get their outcome than the regression floor', (part) => {
    const list = results.get(key(locale, part)) ?? [];
    const floor = REGRESSION_FLOOR[locale]?.[part];
    expect(list.length).toBeGreaterThan(0);
    // A locale with no measured floor yet is held to the target itself.
    expect(rate(list)).toBeGreaterThanOrEqual(floor ?? TARGET.locale);
  });

  it.each(PARTS)('%s: every turn had exactly one handler', (part) => {
    const list = results.get(key(locale, part)) ?? [];
    expect(list.filter((r) => !r.routedOnce).map((r) => r.line.where)).toEqual([]);
  });
});
