/**
 * A corpus line's outcome is its own: the same lines in another order get the same outcome,
 * line by line. The fr-CA development part (its welcome-back lines once passed or failed by
 * what ran before them) is played twice in one process: in file order, then shuffled with a
 * fixed seed, so every stage is reached after other stages' lines, and lines that end the
 * session, start a Shopping Action or a purchase flow come before and after each line.
 * Only the development part is played: the held-out part is never a test's input.
 */
import { mulberry32 } from '../../lambda/util/prng';
import { type CorpusLine, readCorpus } from './corpus';
import { CorpusRunner, type LineResult } from './runner';

const LOCALE = 'fr-CA';
/** Hundreds of simulated turns, twice: a generous bound for a loaded machine, not a speed test. */
const RUN_TIMEOUT_MS = 600_000;

/** Fisher–Yates with a fixed seed: the same "other order" on every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = mulberry32(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Each line's result by where it is written, from one runner playing `lines` in that order. */
async function play(lines: readonly CorpusLine[]): Promise<Map<string, LineResult>> {
  const runner = await CorpusRunner.start(LOCALE);
  try {
    const results = new Map<string, LineResult>();
    for (const line of lines) results.set(line.where, await runner.run(line));
    return results;
  } finally {
    await runner.close();
  }
}

it(
  `gives every ${LOCALE} development line the same outcome in file order and shuffled`,
  async () => {
    const lines = readCorpus(LOCALE, 'dev');
    const other = shuffled(lines, 20261207);
    expect(other.map((l) => l.where)).not.toEqual(lines.map((l) => l.where));

    const inFileOrder = await play(lines);
    const inOtherOrder = await play(other);

    const differing = lines
      .map((line) => ({ line, a: inFileOrder.get(line.where), b: inOtherOrder.get(line.where) }))
      .filter(({ a, b }) => a?.observed !== b?.observed || a?.passed !== b?.passed)
      .map(({ line, a, b }) => `${line.where} "${line.said}" => ${line.outcome}: in file order ${a?.observed}, shuffled ${b?.observed}`);
    expect(differing).toEqual([]);
    expect(inFileOrder.size).toBe(lines.length);
  },
  RUN_TIMEOUT_MS,
);
