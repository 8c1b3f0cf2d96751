/**
 * Logs that are safe and readable: no line over 8 KB whatever the request carries; upstream
 * error bodies reduced to code and status (the buyer's email never logged). The redactor
 * itself is tested in test/security/redaction.test.ts.
 */
import { describeError, log, MAX_LINE_BYTES } from '../../lambda/util/log';
import { CatalogError, CatalogErrorCodes } from '../../lambda/catalog/errors';
import { PRODUCT_SEARCH_TEST_EMAIL } from '../emulators/product-search/server';
import { skillWith } from '../catalog/helpers';
import { startUpstream } from '../catalog/upstream';
import { testSkill } from '../support/skill';
import { intentRequest, sessionEndedRequest } from '../support/envelopes';
import { captureLogs } from '../support/logs';

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

describe('errors in logs', () => {
  it('describes an error by name and code', () => {
    expect(describeError(new CatalogError(CatalogErrorCodes.Timeout, 'searchProducts timed out'))).toEqual({
      errorName: 'CatalogError',
      errorMessage: 'searchProducts timed out',
      errorCode: 'catalog_timeout',
    });
  });
});
