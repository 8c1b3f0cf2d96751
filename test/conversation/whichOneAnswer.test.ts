/**
 * "Which one should I add?" answered in a request's carrier ("I'd like the second one", which
 * Alexa hears as SearchProductsIntent's own sample rather than the listened-for slot answer):
 * an item chosen with no action named finishes the question's action; an action named, or a
 * product, is a new request and the question is dropped.
 */
import { IntentNames, SessionKeys } from '../../lambda/constants';
import { intentRequest } from '../support/envelopes';
import { captureLogs } from '../support/logs';
import { testSkill } from '../support/skill';
import { COFFEE_PAGE, startedTask } from '../support/coffeePage';

const logs = captureLogs();
afterAll(() => logs.restore());

const products = COFFEE_PAGE;
const waiting = () => ({ [SessionKeys.Shopping]: { products, pageStart: 0, pageSize: 3 }, [SessionKeys.AwaitingChoice]: IntentNames.AddToCart });
const taskOf = startedTask;

describe('an answer to "which one?" said in a carrier', () => {
  const { invoke } = testSkill();

  it('"the second one" finishes the add with the second product', async () => {
    const out = await invoke(intentRequest(IntentNames.SearchProducts, { query: 'the second one' }, { attributes: waiting() }));
    expect(taskOf(out)?.products).toEqual([{ asin: 'B00000ASN2' }]);
    expect(out.sessionAttributes?.[SessionKeys.AwaitingChoice]).toBeUndefined();
  });

  it('not when another action is named, nor for a product', async () => {
    const bought = await invoke(intentRequest(IntentNames.SearchProducts, { query: 'buy the second one' }, { attributes: waiting() }));
    expect(bought.sessionAttributes?.[SessionKeys.AwaitingChoice]).toBeUndefined();
    const searched = await invoke(intentRequest(IntentNames.SearchProducts, { query: 'batteries' }, { attributes: waiting() }));
    expect(taskOf(searched)).toBeUndefined();
    expect(searched.sessionAttributes?.[SessionKeys.AwaitingChoice]).toBeUndefined();
  });
});
