/**
 * An action said with a listed product's title ("put the lavazza in too", "buy the starbucks",
 * 「ラバッツァもカートに」) acts on that item of the list heard; it is not a search, which would
 * lose the list for a product the customer already has in front of them. Words no listed title
 * holds are still searched.
 */
import { IntentNames, SessionKeys } from '../../lambda/constants';
import { intentRequest } from '../support/envelopes';
import { captureLogs } from '../support/logs';
import { testSkill } from '../support/skill';
import { COFFEE_PAGE, startedTask } from '../support/coffeePage';

const logs = captureLogs();
afterAll(() => logs.restore());

const products = COFFEE_PAGE;
const listed = () => ({ [SessionKeys.Shopping]: { products, pageStart: 0, pageSize: 3 } });
const taskOf = startedTask;

describe('an action on a listed product named by its title', () => {
  const { invoke } = testSkill();

  it.each([
    [IntentNames.AddToCart, 'the lavazza in too', 'B00000ASN2'],
    [IntentNames.AddToCart, 'lavazza as well', 'B00000ASN2'],
    [IntentNames.BuyProduct, 'the starbucks', 'B00000ASN3'],
    [IntentNames.AddToWishList, 'folgers cold brew', 'B00000ASN1'],
  ])('%s "%s" acts on that item', async (intent, query, asin) => {
    const out = await invoke(intentRequest(intent, { query }, { attributes: listed() }));
    expect(taskOf(out)?.products).toEqual([{ asin }]);
  });

  it('words no listed title holds are searched, and one title word shared by every title names none', async () => {
    const searched = await invoke(intentRequest(IntentNames.AddToCart, { query: 'the dark roast in' }, { attributes: listed() }));
    expect(taskOf(searched)).toBeUndefined();
    const shared = await invoke(intentRequest(IntentNames.AddToCart, { query: 'coffee' }, { attributes: listed() }));
    expect(taskOf(shared)).toBeUndefined();
  });
});
