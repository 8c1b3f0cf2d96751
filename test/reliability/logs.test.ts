/**
 * Logs that are safe and readable: no line over 8 KB whatever the request carries; upstream
 * error bodies reduced to code and status (the buyer's email never logged); every token
 * format the skill issues or receives redacted, the two-part signed tokens included.
 */
import { issuePurchaseToken } from '../../lambda/purchasing/purchaseToken';
import { issueConnectionToken } from '../../lambda/shopping/connectionToken';
import { TASKS } from '../../lambda/shopping/tasks';
import { describeError, log, MAX_LINE_BYTES, redact } from '../../lambda/util/log';
import { CatalogTimeoutError } from '../../lambda/catalog/errors';
import { PRODUCT_SEARCH_TEST_EMAIL } from '../emulators/product-search/server';
import { skillWith } from '../catalog/helpers';
import { startUpstream } from '../catalog/upstream';
import { testSkill } from '../support/skill';
import { intentRequest, sessionEndedRequest, TEST_ACCESS_TOKEN } from '../support/envelopes';
import { captureLogs } from '../support/logs';

const KEY = Buffer.from('logs-test-token-secret-0123456789', 'utf8');
const NOW = Date.UTC(2026, 10, 22, 12);

describe('log lines stay under 8 KB', () => {
  it('caps a SessionEndedRequest error message and request id of megabytes', async () => {
    const logs = captureLogs();
    try {
      const envelope = sessionEndedRequest('ERROR');
      const request = envelope.request as { requestId: string; error?: { type: string; message: string } };
      request.requestId = `amzn1.echo-api.request.${'r'.repeat(3_000_000)}`;
      request.error = { type: 'INVALID_RESPONSE', message: `bad ${'m'.repeat(3_670_000)}` };
      await testSkill().invoke(envelope);
      expect(logs.events()).toContain('session_ended_with_error');
      for (const { line } of logs.lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(MAX_LINE_BYTES);
    } finally {
      logs.restore();
    }
  });

  it('keeps many long fields together under the line limit', () => {
    const logs = captureLogs();
    try {
      const fields = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`field${i}`, '€'.repeat(5000)]));
      log.warn('wide', fields);
      expect(Buffer.byteLength(logs.lines[0]?.line ?? '', 'utf8')).toBeLessThanOrEqual(MAX_LINE_BYTES);
      expect(logs.lines[0]?.record.field0).toMatch(/^€+…\[\d+ more\]$/);
    } finally {
      logs.restore();
    }
  });
});

describe('upstream errors in the logs', () => {
  it('never logs the buyer email an upstream error message echoes', async () => {
    const upstream = await startUpstream({ api: { userEmail: 'someone-else@example.com' } });
    const logs = captureLogs();
    try {
      const answer = await skillWith(upstream.catalog)(intentRequest('SearchProductsIntent', { query: 'batteries' }));
      expect(answer.response.outputSpeech).toBeDefined();
      const all = logs.lines.map((l) => l.line).join('\n');
      expect(all).toContain('EMAIL_ID_NOT_FOUND');
      expect(all).not.toContain(PRODUCT_SEARCH_TEST_EMAIL);
    } finally {
      logs.restore();
      await upstream.close();
    }
  });
});

describe('redaction', () => {
  it('covers two-part connection and purchase tokens, JWTs and LWA tokens', () => {
    const connection = issueConnectionToken(TASKS.AddToCart, ['B00000ASN1'], NOW, KEY, 'user-1');
    const purchase = issuePurchaseToken({ request: 'Buy', referenceName: 'premium_shopper', productId: 'amzn1.adg.product.test', pending: undefined }, NOW, KEY, 'user-1');
    for (const token of [connection, purchase, TEST_ACCESS_TOKEN, 'Atza|IwEBIabc-def.ghi', 'Atzr|IwEBIrefresh']) {
      const text = redact(`token=${token} rest`);
      expect(text).not.toContain(token);
      expect(text).toContain('[redacted]');
    }
    // A two-part token whose payload is not JSON-looking is still caught by its 43-character MAC.
    const opaque = `${'a'.repeat(20)}.${'B'.repeat(43)}`;
    expect(redact(opaque)).toBe('[redacted]');
  });

  it('describes an error by name and code', () => {
    expect(describeError(new CatalogTimeoutError('searchProducts timed out'))).toEqual({
      errorName: 'CatalogTimeoutError',
      errorMessage: 'searchProducts timed out',
      errorCode: 'catalog_timeout',
    });
  });
});

describe('customer ids', () => {
  it('are redacted wherever they appear in a logged string', () => {
    expect(redact('for amzn1.ask.account.ABC123-x and amzn1.ask.device.DEF')).toBe('for [redacted] and [redacted]');
  });
});
