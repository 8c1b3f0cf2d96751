import { CONNECTION_TOKEN_MAX_AGE_SECONDS, issueConnectionToken, readConnectionToken } from '../../lambda/shopping/connectionToken';
import { signRecord } from '../../lambda/security/signedToken';
import { userBinding } from '../../lambda/security/userBinding';
import { TASKS } from '../../lambda/shopping/tasks';

const key = Buffer.from('a-test-key-that-is-long-enough-1234');
const otherKey = Buffer.from('another-key-that-is-long-enough-567');
const now = Date.UTC(2026, 10, 22, 12, 0, 0);
const USER = 'amzn1.ask.account.UNIT-TEST-CUSTOMER-A';

function flip(text: string, index: number): string {
  const ch = text[index] === 'A' ? 'B' : 'A';
  return text.slice(0, index) + ch + text.slice(index + 1);
}

describe('connection tokens', () => {
  it('round-trips the task, the ASINs and the issue time', () => {
    const token = issueConnectionToken(TASKS.AddToCart, ['B00000ASN1'], now, key, USER);
    const read = readConnectionToken(token, key, now + 5_000, USER);
    expect(read).toEqual({
      ok: true,
      record: { task: TASKS.AddToCart, asins: ['B00000ASN1'], issuedAt: Math.floor(now / 1000) },
    });
  });

  it('still reads a token issued with the former locale claim, and ignores it', () => {
    const wire = { v: 1, k: TASKS.AddToCart.code, a: ['B00000ASN1'], l: 'en-GB', u: userBinding(USER, key), iat: Math.floor(now / 1000) };
    const legacy = signRecord(wire, key);
    expect(readConnectionToken(legacy, key, now, USER)).toEqual({
      ok: true,
      record: { task: TASKS.AddToCart, asins: ['B00000ASN1'], issuedAt: Math.floor(now / 1000) },
    });
  });

  it('is compact and URL-safe', () => {
    const token = issueConnectionToken(
      TASKS.Recommend,
      Array.from({ length: 10 }, (_v, i) => `B00000ASN${i}`),
      now,
      key,
      USER,
    );
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    // Ten ASINs, the customer's keyed hash and the MAC.
    expect(token.length).toBeLessThan(360);
  });

  it('rejects a token whose payload was altered', () => {
    const token = issueConnectionToken(TASKS.Buy, ['B00000ASN1'], now, key, USER);
    const [payload, mac] = token.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ v: 1, k: 'B', a: ['B0000EVIL1'], l: 'en-US', iat: Math.floor(now / 1000) })).toString('base64url');
    expect(readConnectionToken(`${forged}.${mac}`, key, now, USER)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(readConnectionToken(`${flip(payload, 3)}.${mac}`, key, now, USER)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('rejects a token whose signature was altered or cut', () => {
    const token = issueConnectionToken(TASKS.Buy, ['B00000ASN1'], now, key, USER);
    const [payload, mac] = token.split('.') as [string, string];
    expect(readConnectionToken(`${payload}.${flip(mac, 5)}`, key, now, USER)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(readConnectionToken(`${payload}.${mac.slice(0, 20)}`, key, now, USER)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(readConnectionToken(`${payload}.`, key, now, USER)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('rejects a token signed with another key', () => {
    const token = issueConnectionToken(TASKS.AddToList, ['B00000ASN1'], now, otherKey, USER);
    expect(readConnectionToken(token, key, now, USER)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('rejects a token older than an hour, and accepts one just inside the hour', () => {
    const token = issueConnectionToken(TASKS.AddToCart, ['B00000ASN1'], now, key, USER);
    expect(readConnectionToken(token, key, now + CONNECTION_TOKEN_MAX_AGE_SECONDS * 1000, USER).ok).toBe(true);
    expect(readConnectionToken(token, key, now + (CONNECTION_TOKEN_MAX_AGE_SECONDS + 1) * 1000, USER)).toEqual({ ok: false, reason: 'expired' });
  });

  it('rejects a token issued in the future beyond clock skew', () => {
    const token = issueConnectionToken(TASKS.AddToCart, ['B00000ASN1'], now + 3_600_000, key, USER);
    expect(readConnectionToken(token, key, now, USER)).toEqual({ ok: false, reason: 'not-yet-valid' });
  });

  it.each([
    ['missing', undefined, 'missing'],
    ['empty', '', 'missing'],
    ['a number', 42, 'missing'],
    ['no separator', 'abcdef', 'malformed'],
    ['three parts', 'a.b.c', 'malformed'],
    ['not base64url', 'ab$cd.ef!gh', 'malformed'],
    ['huge', `${'a'.repeat(5000)}.b`, 'malformed'],
  ])('rejects a token that is %s', (_label, token, reason) => {
    expect(readConnectionToken(token, key, now, USER)).toEqual({ ok: false, reason });
  });

  it('rejects a correctly signed record that is not a connection token', () => {
    const iat = Math.floor(now / 1000);
    const signed = signRecord({ iat }, key);
    expect(readConnectionToken(signed, key, now, USER)).toEqual({ ok: false, reason: 'malformed' });
    const unknownTask = { v: 1, k: 'Z', a: ['B00000ASN1'], l: 'en-US', iat };
    const badTask = signRecord(unknownTask, key);
    expect(readConnectionToken(badTask, key, now, USER)).toEqual({ ok: false, reason: 'malformed' });
    const notAnAsin = { v: 1, k: 'C', a: ['nope'], l: 'en-US', iat };
    const badAsin = signRecord(notAnAsin, key);
    expect(readConnectionToken(badAsin, key, now, USER)).toEqual({ ok: false, reason: 'malformed' });
  });

  it("refuses another customer's token, and carries no user id in the clear", () => {
    const token = issueConnectionToken(TASKS.AddToCart, ['B00000ASN1'], now, key, USER);
    expect(readConnectionToken(token, key, now, 'amzn1.ask.account.UNIT-TEST-CUSTOMER-B')).toEqual({ ok: false, reason: 'other-user' });
    expect(readConnectionToken(token, key, now, USER).ok).toBe(true);
    expect(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')).not.toContain('CUSTOMER-A');
  });
});
