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
  // Issue 20's fifth en-US sitting (79 lines, 995 in all, 74.7 % as written) and the step read by
  // mechanism: measured 97.7 % dev, 79.7 % held-out (295 lines; purchase 68.8 %, empty 71.4 %,
  // welcome 76.5 % lowest); three points under, rounded down.
  'en-US': { dev: 0.94, heldout: 0.76 },
  // Issue 20's second en-GB pass: measured 98.9 % dev (646 lines), 85.2 % held-out (169: the 129
  // first written at 85.3 %, 40 written later and never tuned on); three points under.
  'en-GB': { dev: 0.95, heldout: 0.82 },
  // Issue 22's fourth pass: measured it-IT 96.0 / 75.5 %, es-ES 97.9 / 83.1 %, es-US 97.1 / 83.7 %
  // (dev of 548 / 517 / 511 lines, held-out of 143 / 136 / 135, 24 / 24 / 23 of them written apart
  // after the fourth development pass; the earlier 119 / 112 / 112 alone measured 77.3 / 80.4 /
  // 83.0 %); the development part at issue 22's gate (95 %), the held-out part three points under
  // its rate.
  'it-IT': { dev: 0.95, heldout: 0.72 },
  'es-ES': { dev: 0.95, heldout: 0.8 },
  'es-US': { dev: 0.95, heldout: 0.8 },
  // Issue 22's third round: the development part at issue 22's gate (95 %; measured de-DE
  // 98.8 %, fr-FR 97.6 %, fr-CA 97.5 % of 510 / 500 / 480 lines), the held-out part three points
  // under its measured rate (de-DE 85.9 %, fr-FR 84.0 %, fr-CA 80.2 % of 128 / 125 / 121 lines;
  // the 105 older held-out lines of each 88.6 / 88.6 / 84.8 %, the lines added after the tuning
  // lower).
  'de-DE': { dev: 0.95, heldout: 0.82 },
  'fr-FR': { dev: 0.95, heldout: 0.81 },
  'fr-CA': { dev: 0.95, heldout: 0.77 },
  // Issue 22, third pass: ja-JP measured 96.3 % dev (404 lines, 60 of them new and 57 % as
  // written), en-CA 96.4 % dev (441, 64 new, 80 % as written); the held-out parts rose from
  // 91.0 to 93.3 % (ja-JP, 89 lines) and 90.5 to 91.6 % (en-CA, 95), then grew by 13 and 17
  // lines written after the tuning (89.2 % of 102, 91.1 % of 112). The development parts at
  // issue 22's gate; ja-JP's held-out floor stays where it was (the part grew), en-CA's three
  // points under its rate.
  'ja-JP': { dev: 0.95, heldout: 0.88 },
  'en-CA': { dev: 0.95, heldout: 0.88 },
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
    // The same lines with the resolver's ASSUMPTION rules off: printed, not gated.
    const strict = await CorpusRunner.start(locale, false);
    const off: Record<string, number> = {};
    for (const part of PARTS) {
      const done: LineResult[] = [];
      for (const line of readCorpus(locale, part)) done.push(await strict.run(line));
      off[part] = rate(done);
    }
    await strict.close();
    const report: string[] = [`corpus ${locale}`];
    for (const part of PARTS) {
      const list = results.get(key(locale, part)) ?? [];
      const stages = STAGES.map((stage) => {
        const s = list.filter((r) => r.line.stage === stage);
        return `${stage} ${pct(rate(s))} (${s.length})`;
      });
      const floor = REGRESSION_FLOOR[locale]?.[part];
      report.push(
        `  ${part}: ${pct(rate(list))} of ${list.length} (target ${pct(TARGET.locale)}, floor ${floor === undefined ? 'none' : pct(floor)}; assumptions off: ${pct(off[part] ?? 0)})`,
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
