/**
 * One codec for every signed token: the frame (kind tag, binding, issue time, nonce, saved
 * context id) is written and checked once; each kind only validates its own fields.
 */
import { issuePurchaseToken, readPurchaseToken } from '../../lambda/purchasing/purchaseToken';
import { signRecord } from '../../lambda/security/signedToken';
import { issueToken, readToken, type TokenKind } from '../../lambda/security/tokenCodec';
import { userBinding } from '../../lambda/security/userBinding';
import { issueConnectionToken, readConnectionToken } from '../../lambda/shopping/connectionToken';
import { TASKS } from '../../lambda/shopping/tasks';

const key = Buffer.from('a-test-key-that-is-long-enough-1234');
const now = Date.UTC(2026, 10, 22, 12, 0, 0);
const USER = 'amzn1.ask.account.UNIT-TEST-CUSTOMER-A';
const parties = { key, nowMs: now, userId: USER };

/** A kind with one field, to show what the frame does on its own. */
const NOTE: TokenKind<{ note: string }> = {
  tag: 'n',
  maxAgeSeconds: 60,
  write: ({ note }) => ({ m: note }),
  read: ({ m }) => (typeof m === 'string' && m.length <= 20 ? { note: m } : undefined),
};

function fieldsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('the token codec', () => {
  it('round-trips a payload with its issue time, a nonce and the saved context id', () => {
    const token = issueToken(NOTE, { note: 'hello' }, parties, 'AbCd-_12');
    expect(readToken(NOTE, token, parties)).toEqual({
      ok: true,
      record: { payload: { note: 'hello' }, issuedAt: Math.floor(now / 1000), nonce: expect.stringMatching(/^[\w-]{16}$/), context: 'AbCd-_12' },
    });
  });

  it('gives every token its own nonce, even two of the same payload in the same second', () => {
    const first = readToken(NOTE, issueToken(NOTE, { note: 'same' }, parties), parties);
    const second = readToken(NOTE, issueToken(NOTE, { note: 'same' }, parties), parties);
    expect(first.ok && second.ok).toBe(true);
    if (first.ok && second.ok) expect(first.record.nonce).not.toBe(second.record.nonce);
  });

  it("never reads one kind's token as another's", () => {
    const connection = issueConnectionToken(TASKS.AddToCart, ['B00000ASN1'], now, key, USER);
    const purchase = issuePurchaseToken({ request: 'Buy', referenceName: 'premium_shopper', productId: 'amzn1.adg.product.test', pending: undefined }, now, key, USER);
    expect(readPurchaseToken(connection, key, now, USER)).toEqual({ ok: false, reason: 'malformed' });
    expect(readConnectionToken(purchase, key, now, USER)).toEqual({ ok: false, reason: 'malformed' });
    // A record with both kinds' fields is still only the kind its tag names.
    const bothFields = { ...fieldsOf(connection), iat: Math.floor(now / 1000), n: 'Buy', r: 'premium_shopper', p: 'amzn1.adg.product.test' };
    const both = signRecord(bothFields, key);
    expect(readPurchaseToken(both, key, now, USER)).toEqual({ ok: false, reason: 'malformed' });
    expect(readConnectionToken(both, key, now, USER).ok).toBe(true);
  });

  it('refuses a current token without its nonce or tag, and a payload its kind does not accept', () => {
    const frame = { v: 2, t: 'n', u: userBinding(USER, key), iat: Math.floor(now / 1000), o: 'AAAAAAAAAAAAAAAA', m: 'ok' };
    expect(readToken(NOTE, signRecord(frame, key), parties).ok).toBe(true);
    const { o: _nonce, ...withoutNonce } = frame;
    const { t: _tag, ...withoutTag } = frame;
    for (const record of [withoutNonce, withoutTag, { ...frame, o: 'short' }, { ...frame, t: 'c' }, { ...frame, m: 'x'.repeat(21) }, { ...frame, v: 3 }]) {
      expect(readToken(NOTE, signRecord(record, key), parties)).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('still reads a token issued before the frame (version 1: no tag, no nonce)', () => {
    const wire = { v: 1, m: 'old', u: userBinding(USER, key), iat: Math.floor(now / 1000), x: 'AbCd-_12' };
    const legacy = signRecord(wire, key);
    expect(readToken(NOTE, legacy, parties)).toEqual({
      ok: true,
      record: { payload: { note: 'old' }, issuedAt: Math.floor(now / 1000), nonce: undefined, context: 'AbCd-_12' },
    });
  });

  it('drops a context id that is not one the skill makes, and keeps the rest', () => {
    const token = issueToken(NOTE, { note: 'hi' }, parties, 'not an id');
    expect(readToken(NOTE, token, parties)).toMatchObject({ ok: true, record: { payload: { note: 'hi' }, context: undefined } });
  });

  it("checks the kind's age and the customer after the signature", () => {
    const token = issueToken(NOTE, { note: 'hi' }, parties);
    expect(readToken(NOTE, token, { ...parties, nowMs: now + 61_000 })).toEqual({ ok: false, reason: 'expired' });
    expect(readToken(NOTE, token, { ...parties, userId: 'someone-else' })).toEqual({ ok: false, reason: 'other-user' });
  });
});
