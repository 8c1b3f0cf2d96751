/**
 * Client-side price and sort look at whole API pages: at most two a turn, a second one only
 * while the turn's catalog budget allows, and the next pages when the customer pages on.
 * The clock is a fake one the test moves; no wall-clock time is measured.
 */
import type { Catalog, SearchProductsRequest } from '../../../lambda/catalog/Catalog';
import { Deadline } from '../../../lambda/util/deadline';
import { EmbeddedCatalog } from '../../../lambda/catalog/embedded/EmbeddedCatalog';
import { listRefined, MIN_MS_FOR_ANOTHER_PAGE, scanMore } from '../../../lambda/browsing/refine/search';
import type { RefinementState } from '../../../lambda/session/refinements';

const US = { productRegion: 'US' as const, locale: 'en_US' };

function recording(onCall: () => void = () => {}): { catalog: Catalog; pages: (number | undefined)[] } {
  const base = new EmbeddedCatalog();
  const pages: (number | undefined)[] = [];
  const catalog: Catalog = {
    searchProducts: async (r: SearchProductsRequest) => {
      pages.push(r.pageNumber);
      onCall();
      return base.searchProducts(r);
    },
    getProduct: (r) => base.getProduct(r),
    searchOffers: (r) => base.searchOffers(r),
    getProductsByAsins: (r) => base.getProductsByAsins(r),
  };
  return { catalog, pages };
}

const underOne = (): RefinementState => ({ applied: { price: { max: 1 } }, order: ['price'], offered: { brands: [], ratings: [] } });

describe('scanning API pages for price and sort', () => {
  it('reads a second page in the same turn while the list is too short to read out', async () => {
    const { catalog, pages } = recording();
    const outcome = await listRefined(catalog, US, 'paper', underOne());
    expect(pages).toEqual([0, 1]);
    expect(outcome.state.refinements).toMatchObject({ scanned: 35, matching: 35 });
  });

  it('stops after one page when the turn budget is nearly spent, and says what it looked at', async () => {
    let now = 0;
    const deadline = Deadline.after(MIN_MS_FOR_ANOTHER_PAGE + 1000, () => now);
    const { catalog, pages } = recording(() => {
      now += 1001;
    });
    const outcome = await listRefined(catalog, US, 'paper', underOne(), { deadline });
    expect(pages).toEqual([0]);
    expect(outcome.state.refinements).toMatchObject({ scanned: 24, matching: 35 });
  });

  it('looks at the following page when the customer pages on, and never twice at one', async () => {
    const { catalog, pages } = recording();
    const sorted: RefinementState = { applied: { sort: 'price-asc' }, order: ['sort'], offered: { brands: [], ratings: [] } };
    const { state } = await listRefined(catalog, US, 'paper', sorted);
    expect(pages).toEqual([0]);
    expect(state.products).toHaveLength(24);
    const more = await scanMore(catalog, US, state);
    expect(more).toEqual({ from: 25, to: 35, added: 11 });
    expect(pages).toEqual([0, 1]);
    expect(await scanMore(catalog, US, state)).toBeUndefined();
    expect(pages).toEqual([0, 1]);
  });
});
