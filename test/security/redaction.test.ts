/**
 * The one redactor (lambda/util/redact.ts), used by the skill's logger and by the ISP sync
 * tool: every token format either of them issues or receives is cut, wherever it sits in
 * the text (a query string, a JSON body, a header), and known secret values of any shape.
 */
import { issuePurchaseToken } from '../../lambda/purchasing/purchaseToken';
import { issueConnectionToken } from '../../lambda/shopping/connectionToken';
import { TASKS } from '../../lambda/shopping/tasks';
import fc from 'fast-check';
import { MAY_HOLD_TOKEN, REDACTED, redact, TOKEN_PATTERNS } from '../../lambda/util/redact';
import { TEST_ACCESS_TOKEN } from '../support/envelopes';

const KEY = Buffer.from('redaction-test-token-secret-0123456789', 'utf8');
const NOW = Date.UTC(2026, 10, 22, 12);

describe('redact', () => {
  const connection = issueConnectionToken(TASKS.AddToCart, ['B00000ASN1'], NOW, KEY, 'user-1');
  const purchase = issuePurchaseToken({ request: 'Buy', referenceName: 'premium_shopper', productId: 'amzn1.adg.product.test', pending: undefined }, NOW, KEY, 'user-1');
  const tokens: Record<string, string> = {
    'LWA access token': 'Atza|IwEBIabc-def.ghi/jk+l=',
    'LWA refresh token': 'Atzr|IwEBIrefresh|part2',
    'JWT (the Alexa apiAccessToken)': TEST_ACCESS_TOKEN,
    'signed connection token': connection,
    'signed purchase token': purchase,
    // A two-part token whose payload is not JSON-looking is still caught by its 43-character MAC.
    'opaque two-part token': `${'a'.repeat(20)}.${'B'.repeat(43)}`,
  };

  it.each(Object.entries(tokens))('cuts a bare %s', (_name, token) => {
    expect(redact(token)).toBe(REDACTED);
    expect(redact(`before ${token} after`)).toBe(`before ${REDACTED} after`);
  });

  it.each([
    ['a query string', (v: string) => `grant_type=refresh_token&refresh_token=${v}&client_secret=${v}`],
    ['a JSON body', (v: string) => JSON.stringify({ access_token: v, clientSecret: v, refreshToken: v })],
    ['a header', (v: string) => `x-amz-access-token: ${v}\nAuthorization: Bearer ${v}`],
    ['camel-case assignments', (v: string) => `accessToken=${v} apiAccessToken=${v}`],
  ])('cuts named secrets in %s, keeping the names', (_where, text) => {
    const value = 'plain-secret-value';
    const out = redact(text(value));
    expect(out).not.toContain(value);
    expect(out).toContain(REDACTED);
    expect(out).toMatch(/refresh_token|clientSecret|x-amz-access-token|accessToken/);
  });

  it('cuts known secret values of any format, but not short ones that would blank out words', () => {
    const out = redact('failed for client s3cr3t!value#long and for "on"', ['s3cr3t!value#long', 'on']);
    expect(out).toBe(`failed for client ${REDACTED} and for "on"`);
  });

  it('cuts Alexa customer ids, which name a customer', () => {
    expect(redact('for amzn1.ask.account.ABC123-x and amzn1.ask.device.DEF')).toBe(`for ${REDACTED} and ${REDACTED}`);
  });

  it('leaves ordinary text, ASINs, skill and product ids alone', () => {
    const text = 'createIsp amzn1.ask.skill.0000-1 amzn1.adg.product.test B00000ASN1 failed: 429 Too Many Requests';
    expect(redact(text)).toBe(text);
  });
});

describe('redact leaves prose that names a secret', () => {
  it('keeps the ISP tool\'s own "no credentials" message whole', async () => {
    const { loadCredentials } = await import('../../infra/isp/credentials');
    const message = await loadCredentials({ env: {}, homeDir: '/nonexistent-home', profile: 'default' }).then(
      () => '',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );

    expect(message).toContain('ASK_REFRESH_TOKEN');
    expect(redact(message)).toBe(message);
  });

  it.each(['set ASK_REFRESH_TOKEN (and ASK_CLIENT_ID) or run ask configure', 'the refresh_token expired; ask for a new refresh token', 'clientSecret missing from the profile'])(
    'keeps %j',
    (text) => {
      expect(redact(text)).toBe(text);
    },
  );

  it('still cuts a named value after = or :, with quotes or spaces around it', () => {
    expect(redact('ASK_REFRESH_TOKEN=plainvalue123 next')).toBe(`ASK_REFRESH_TOKEN=${REDACTED} next`);
    expect(redact('"refreshToken" : "plainvalue123"')).toBe(`"refreshToken" : "${REDACTED}"`);
  });
});

describe('the quick check before the patterns', () => {
  // Pieces of every format the patterns know, and of ordinary text, in any order.
  const piece = fc.constantFrom(
    'Atza|',
    'Atzr|',
    'eyJ',
    'amzn1',
    'ask',
    'account',
    'person',
    'device',
    'AKIA',
    'ASIA',
    'bearer ',
    'Bearer\t',
    'access_token',
    'refreshToken',
    'password',
    '.',
    '@',
    '|',
    '=',
    ':',
    '"',
    "'",
    ' ',
    '-',
    '_',
    'a',
    'Z',
    '7',
    'example',
    'com',
    'x'.repeat(16),
    'Q'.repeat(43),
    'ABCDEFGHIJKLMNOP',
    'batteries',
  );
  const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

  it('lets through everything any pattern would cut', () => {
    fc.assert(
      fc.property(text, (t) => {
        const cut = TOKEN_PATTERNS.some((pattern) => new RegExp(pattern.source, pattern.flags.replace('g', '')).test(t));
        expect(!cut || MAY_HOLD_TOKEN.test(t)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('skips text with none of the characters and words, which no pattern cuts', () => {
    for (const t of ['request', 'SearchProductsIntent', 'en-US', 'deadline_passed', 'I found 28 results for batteries']) {
      expect(MAY_HOLD_TOKEN.test(t)).toBe(false);
      expect(redact(t)).toBe(t);
    }
  });
});
