/**
 * Signed tokens are single-use where the state store answers, live ten minutes, and are only
 * issued to a customer. Transcripts: a flow comes back, then the same answer is sent again.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { IntentNames, SessionKeys } from '../../lambda/constants';
import type { VersionedPersistenceAdapter } from '../../lambda/persistence/adapter';
import { PersistenceError } from '../../lambda/persistence/errors';
import { MemoryPersistenceAdapter } from '../../lambda/persistence/memoryAdapter';
import { PURCHASE_TOKEN_MAX_AGE_SECONDS } from '../../lambda/purchasing/purchaseToken';
import { CONNECTION_TOKEN_MAX_AGE_SECONDS, readConnectionToken } from '../../lambda/shopping/connectionToken';
import { continueSession, directiveTokenOf, intentRequest, sessionResumedRequest, speechOf } from '../support/envelopes';
import { captureLogs } from '../support/logs';
import { TEST_TOKEN_SECRET, testSkill } from '../support/skill';
import { connectionsResponse, HEADPHONES, listed, type PurchasingHarness, sendRequestOf, startHarness } from '../purchasing/support';

const CUSTOMER = 'amzn1.ask.account.REPLAYCUSTOMER000000000000000000000000000000000';
const attributes = { [SessionKeys.Shopping]: { products: [{ asin: 'B000000AA1', title: 'Duracell AA batteries' }], pageStart: 0, pageSize: 3, current: 0 } };

let logs: ReturnType<typeof captureLogs>;
beforeEach(() => {
  logs = captureLogs();
});
afterEach(() => {
  logs.restore();
});

/** A state store that never answers: every call fails as DynamoDB down would. */
class DownStore extends MemoryPersistenceAdapter {
  override getAttributes(): Promise<Record<string, unknown>> {
    return Promise.reject(new PersistenceError('read'));
  }
  override saveAttributes(): Promise<void> {
    return Promise.reject(new PersistenceError('write'));
  }
}

describe('a Shopping Actions connection token', () => {
  async function addToCart(persistence?: VersionedPersistenceAdapter) {
    const skill = testSkill(persistence === undefined ? {} : { persistence });
    const started = await skill.invoke(intentRequest(IntentNames.AddToCart, { ordinal: '1' }, { attributes, userId: CUSTOMER }));
    const resume = () => continueSession(started, sessionResumedRequest({ token: directiveTokenOf(started), status: { code: '200' } }, { userId: CUSTOMER }));
    return { ...skill, started, resume };
  }

  it('is acted on once: the same result sent again names nothing', async () => {
    const { invoke, resume } = await addToCart();

    const first = await invoke(resume());
    const replayed = await invoke(resume());

    expect(speechOf(first)).toBe("I've added Duracell AA batteries to your cart. What would you like to do next?");
    expect(speechOf(replayed)).not.toMatch(/I've added|Duracell/);
    expect(logs.lines.some((l) => l.record.event === 'connection_token_rejected' && l.record.reason === 'replayed')).toBe(true);
  });

  it('is accepted when the state store is down: its ten minutes bound the replay', async () => {
    const { invoke, resume } = await addToCart(new DownStore());

    const answers = [await invoke(resume()), await invoke(resume())];

    expect(answers.map(speechOf)).toEqual(Array(2).fill("I've added Duracell AA batteries to your cart. What would you like to do next?"));
    expect(logs.events()).toContain('token_use_unchecked');
  });

  it('lives ten minutes', async () => {
    const { started, deps } = await addToCart();
    const key = Buffer.from(TEST_TOKEN_SECRET, 'utf8');
    const read = (afterSeconds: number) => readConnectionToken(directiveTokenOf(started), key, deps.now() + afterSeconds * 1000, CUSTOMER);

    expect(CONNECTION_TOKEN_MAX_AGE_SECONDS).toBe(600);
    expect(read(9 * 60).ok).toBe(true);
    expect(read(11 * 60)).toEqual({ ok: false, reason: 'expired' });
  });

  it('is not issued for an envelope without a user, and nothing starts', async () => {
    const { invoke } = testSkill();
    const envelope: RequestEnvelope = intentRequest(IntentNames.AddToCart, { ordinal: '1' }, { attributes });
    delete (envelope.context.System as { user?: unknown }).user;
    delete (envelope.session as { user?: unknown }).user;

    const answer = await invoke(envelope);

    expect(answer.response.directives ?? []).toEqual([]);
    expect(speechOf(answer)).toMatch(/which Alexa account is asking/);
  });
});

describe('an in-skill purchase token', () => {
  let h: PurchasingHarness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('continues an accepted upsell once: the same response sent again continues nothing', async () => {
    const first = await h.invoke(intentRequest(IntentNames.WatchPrice, {}, h.at({ attributes: listed(HEADPHONES), userId: CUSTOMER })));
    const directive = sendRequestOf(first);
    const response = () => connectionsResponse('Upsell', 'ACCEPTED', h.at({ token: directive?.token, productId: directive?.payload?.InSkillProduct.productId, userId: CUSTOMER }));

    const continued = await h.invoke(response());
    const continuations = logs.events().filter((e) => e === 'isp_continue').length;
    const replayed = await h.invoke(response());

    expect(speechOf(continued)).toContain("I'm watching Quiet Comfort Headphones");
    expect(speechOf(replayed)).not.toMatch(/watching/);
    expect(logs.events().filter((e) => e === 'isp_continue').length).toBe(continuations);
    expect(logs.lines.some((l) => l.record.event === 'purchase_token_rejected' && l.record.reason === 'replayed')).toBe(true);
    expect(PURCHASE_TOKEN_MAX_AGE_SECONDS).toBe(600);
  });
});
