/**
 * "none of them, thanks" to "Which one should I add?" comes as AMAZON.NoIntent (a decline said
 * with thanks): no yes/no question was asked, so it drops the question and keeps the list, as
 * "never mind" does. To "Should I add it to your cart?" (a product in focus) it stays a "no".
 */
import { IntentNames, SessionKeys } from '../../lambda/constants';
import { setTurnObserver, type TurnRecord } from '../../lambda/observe/turnRecord';
import { intentRequest } from '../support/envelopes';
import { captureLogs } from '../support/logs';
import { testSkill } from '../support/skill';

const logs = captureLogs();
afterAll(() => {
  setTurnObserver(undefined);
  logs.restore();
});

const products = [
  { asin: 'B00000ASN1', title: 'Folgers Cold Brew Coffee Packs' },
  { asin: 'B00000ASN2', title: 'Lavazza Instant Coffee' },
];
const waiting = (current?: number) => ({
  [SessionKeys.Shopping]: { products, pageStart: 0, pageSize: 3, ...(current === undefined ? {} : { current }) },
  [SessionKeys.AwaitingChoice]: IntentNames.AddToCart,
});

describe('a decline to a question', () => {
  const { invoke } = testSkill();
  const routes: string[] = [];
  beforeEach(() => {
    routes.length = 0;
    setTurnObserver((r: TurnRecord) => routes.push(r.route ?? '?'));
  });

  it('to "Which one?" drops the question and keeps the list', async () => {
    const out = await invoke(intentRequest(IntentNames.No, {}, { attributes: waiting() }));
    expect(routes).toEqual(['cancel']);
    expect(out.response.shouldEndSession).toBe(false);
    expect(out.sessionAttributes?.[SessionKeys.AwaitingChoice]).toBeUndefined();
    expect(out.sessionAttributes?.[SessionKeys.Shopping]).toMatchObject({ products });
  });

  it('to "Should I add it?" is a no, and keeps the list too', async () => {
    const out = await invoke(intentRequest(IntentNames.No, {}, { attributes: waiting(0) }));
    expect(routes).toEqual(['no']);
    expect(out.response.shouldEndSession).toBe(false);
  });
});
