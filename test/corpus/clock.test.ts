/**
 * A corpus line's outcome does not depend on how busy the machine is (runner.ts): the skill's
 * turn deadlines run on the runner's clock, which stands still. Here the catalog takes real
 * time, as every call does on a loaded machine, and the turn's budget is a millisecond: each
 * line still gets its outcome, where a deadline on elapsed time would have answered "Amazon
 * Business is taking too long". The catalog honours the deadline's signal as the real client
 * does, so the test fails if the turn's deadline passes.
 */
import type { Catalog } from '../../lambda/catalog/Catalog';
import { EmbeddedCatalog } from '../../lambda/catalog/embedded/EmbeddedCatalog';
import { CatalogError, CatalogErrorCodes } from '../../lambda/catalog/errors';
import { sleep } from '../../lambda/util/deadline';
import type { CorpusLine, Stage } from './corpus';
import { corpusClocks, CorpusRunner } from './runner';

/** Real time each catalog call takes: longer than the turn's budget below, short for the test. */
const CALL_MS = 25;

function slowCatalog(): Catalog {
  const embedded = new EmbeddedCatalog();
  const slow =
    <A, R>(call: (request: A) => Promise<R>) =>
    async (request: A, options?: { deadline?: { signal: AbortSignal } }): Promise<R> => {
      const signal = options?.deadline?.signal;
      await sleep(CALL_MS, signal);
      if (signal?.aborted === true) throw new CatalogError(CatalogErrorCodes.Timeout, 'the turn deadline passed');
      return call(request);
    };
  return {
    searchProducts: slow((r) => embedded.searchProducts(r)),
    getProduct: slow((r) => embedded.getProduct(r)),
    searchOffers: slow((r) => embedded.searchOffers(r)),
    getProductsByAsins: slow((r) => embedded.getProductsByAsins(r)),
  };
}

const line = (stage: Stage, said: string, outcome: string): CorpusLine => ({ locale: 'en-US', part: 'dev', stage, said, outcome, where: `clock.test ${stage}` });

describe('the corpus runner on a busy machine', () => {
  let runner: CorpusRunner;

  beforeAll(async () => {
    runner = await CorpusRunner.start('en-US', true, { catalog: slowCatalog(), budgets: { turnMs: 1, launchMs: 1 } });
  }, 120_000);

  afterAll(async () => {
    await runner.close();
  });

  it.each([
    line('eliciting', 'coffee', 'search coffee'),
    line('list', 'tell me about the second one', 'details 2'),
    line('purchase', 'the third one', 'details 3'),
    line('after-action', 'add the second one to my cart', 'cart 2'),
  ])(
    '$stage: "$said" gets $outcome though every catalog call outlasts the budget',
    async (l) => {
      const result = await runner.run(l);
      expect(result.observed).toMatch(new RegExp(`^${l.outcome}`));
      expect(result.passed).toBe(true);
    },
    120_000,
  );

  it('gives the skill deadlines on a clock that stands still, and one epoch for every turn', () => {
    const clocks = corpusClocks(1_000);
    expect([clocks.deadlineClock?.(), clocks.deadlineClock?.()]).toEqual([0, 0]);
    expect([clocks.now(), clocks.now()]).toEqual([1_000, 1_000]);
  });
});
