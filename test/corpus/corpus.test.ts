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
  // Issue 20, this round's merge: two sittings (79 lines for the understanding step, 104 for the
  // stages only samples hear; 1,099 in all, 74.7 % and 61.5 % as written), the step read by
  // mechanism and carrier templates where only samples listen: measured 96.3 % dev, 83.1 %
  // held-out (295 lines; empty 71.4 %, details 77.5 %, purchase 78.1 % lowest); three points
  // under, rounded down.
  // Issue 20's sixth en-US sitting (helper u26): 91 development lines for the weak stages, 70.3 %
  // as written; carrier templates (premium under every name, orders with when, other sellers, the
  // page before, the choices again) and American interjections in the simulator's en-US file:
  // measured 97.6 % dev (1,190 lines), 83.1 % held-out (301, 6 written after the tuning; empty
  // 72.4 %, details 73.8 %, purchase 78.8 % lowest); three points under, rounded down.
  'en-US': { dev: 0.94, heldout: 0.8 },
  // Issue 20's fourth en-GB pass: the templates' "oh … please" padding gone and template samples
  // left out by the filler-stripped comparison; measured 99.1 % dev (798 lines, 71 of them new and
  // 74.6 % as written), 89.6 % held-out (202: 15 written after the tuning and never tried;
  // welcome 83.3 %, purchase 84.6 %, list 87.8 % lowest); three points under, rounded down.
  'en-GB': { dev: 0.96, heldout: 0.86 },
  // Issue 22's sixth pass: 85 new development lines each (50.6 / 69.4 / 64.7 % as written), the
  // templates' filler padding taken out (samples equal to a corpus line once fillers are
  // stripped left out), carrier templates and phrase data; measured it-IT 94.9 / 76.1 %, es-ES
  // 95.8 / 84.0 %, es-US 95.3 / 83.7 % (dev of 693 / 662 / 656 lines, held-out of 176 / 169 / 166,
  // 22 / 23 / 23 of them written after the first tuning and never tuned on; before the pass
  // 97.5 / 77.8, 97.2 / 85.6, 97.7 / 86.7 % with the padding). Three points under, rounded down:
  // the development part too, since the stricter copy check (fillers stripped) lowers it further.
  'it-IT': { dev: 0.91, heldout: 0.73 },
  'es-ES': { dev: 0.92, heldout: 0.81 },
  'es-US': { dev: 0.92, heldout: 0.8 },
  // Issue 22's fourth round: the development part at issue 22's gate (95 %; measured de-DE
  // 98.5 %, fr-FR 97.0 %, fr-CA 96.9 % of 584 / 574 / 549 lines, 74 / 74 / 69 of them new and
  // 81 / 59 / 57 % as written), the held-out part three points under its measured rate (de-DE
  // 86.4 %, fr-FR 84.7 %, fr-CA 84.3 % of 147 / 144 / 140 lines, 19 of each written apart before
  // the tuning so that a fifth stays held out; the third round measured 85.9 / 84.8 / 80.2 % of
  // 128 / 125 / 121).
  'de-DE': { dev: 0.95, heldout: 0.83 },
  // Copy check on filler-stripped forms (test/corpus/copies.ts): padded samples equal to a corpus
  // line left out or removed; measured fr-FR 92.9 % dev, 80.6 % held-out; both floors three points under,
  // rounded down.
  'fr-FR': { dev: 0.89, heldout: 0.77 },
  // Copy check on filler-stripped forms (test/corpus/copies.ts): padded samples equal to a corpus
  // line left out or removed; measured fr-CA 90.0 / 80.0 % (before the runner's stage phrases were
  // exempt, so a lower bound); both floors three points under.
  'fr-CA': { dev: 0.87, heldout: 0.77 },
  // Issue 22, third pass: ja-JP measured 96.3 % dev (404 lines, 60 of them new and 57 % as
  // written), en-CA 96.4 % dev (441, 64 new, 80 % as written); the held-out parts rose from
  // 91.0 to 93.3 % (ja-JP, 89 lines) and 90.5 to 91.6 % (en-CA, 95), then grew by 13 and 17
  // lines written after the tuning (89.2 % of 102, 91.1 % of 112). The development parts at
  // issue 22's gate; ja-JP's held-out floor stays where it was (the part grew), en-CA's three
  // points under its rate.
  // Issue 22, fourth ja-JP pass: measured 97.9 % dev (470 lines, 66 new and 58 % as written),
  // 89.5 % held-out (124 lines, 22 written apart after the tuning); the held-out floor stays where
  // it was (the part grew with lines never tuned on), the development part at issue 22's gate.
  // Issue 22, fifth and sixth ja-JP passes (j26): 109 new development lines (74 % and 62 % as
  // written); endings split alike (words.ts) and carrier templates: measured 98.4 % dev (579),
  // held-out 90.3 % (145, 21 of them written apart and never tuned on). Three points under.
  'ja-JP': { dev: 0.95, heldout: 0.87 },
  // Issues 20/22, en-CA's fourth pass (32 development lines, 56 % as written; carrier templates in
  // en-US's model, which en-CA extends): measured 95.8 % dev (473 lines), held-out 93.8 % on the
  // 112 lines before and 90.1 % with 9 written after the tuning (121); the development part at
  // issue 22's gate, the held-out floor where it was (the part grew by harder lines).
  // Issues 20/22, en-CA's fifth pass (34 development lines, 82.4 % as written; en-US's templates and
  // Canadian praise in the simulator's en-CA file): measured 97.6 % dev (507 lines), 91.5 % held-out
  // (130, 9 written after the tuning; purchase 81.8 %, welcome 77.8 % lowest). The development
  // part stays at issue 22's gate, the held-out floor three points under.
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
