/**
 * Every log line is made of bounded fields (strings, numbers, booleans, null, short lists of
 * strings), whatever a caller or an envelope hands the logger: objects are summarized, never
 * written whole; one redactor cuts emails, tokens and customer ids; no line passes 8 KB.
 */
import { log, MAX_LINE_BYTES } from '../../lambda/util/log';
import { REDACTED, redact } from '../../lambda/util/redact';
import { launchRequest, sessionEndedRequest, TEST_USER_ID } from '../support/envelopes';
import { captureLogs, type CapturedLine } from '../support/logs';
import { testSkill } from '../support/skill';
import { logLineProblems } from '../fuzz/invariants';

const REFRESH = 'Atzr|IwEBIrefresh-token-in-a-log-0123456789';
const EMAIL = 'jane.doe+alexa@example.org';

function captured(work: () => Promise<unknown> | unknown): Promise<CapturedLine[]> {
  const logs = captureLogs();
  return Promise.resolve()
    .then(work)
    .finally(() => logs.restore())
    .then(() => logs.lines);
}

describe('log lines', () => {
  it('summarize an object field instead of writing it whole: a constructed 200 KB field', async () => {
    const big = { refreshToken: REFRESH, userId: TEST_USER_ID, email: EMAIL, padding: 'x'.repeat(200_000) };

    const lines = await captured(() => log.warn('constructed', { detail: big as unknown as string }));

    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(Buffer.byteLength(line?.line ?? '', 'utf8')).toBeLessThanOrEqual(MAX_LINE_BYTES);
    expect(line?.record['detail']).toBe('[object with 4 keys]');
    for (const secret of [REFRESH, TEST_USER_ID, EMAIL]) expect(line?.line).not.toContain(secret);
  });

  it('stay under 8 KB by construction, even when every key escapes to six bytes a character', async () => {
    const control = '\u0001'.repeat(64);
    const fields: Record<string, string> = {};
    for (let i = 0; i < 60; i++) fields[`${i}${control}`] = '\u0002'.repeat(1000);

    const lines = await captured(() => log.info('escaped', fields));

    expect(Buffer.byteLength(lines[0]?.line ?? '', 'utf8')).toBeLessThanOrEqual(MAX_LINE_BYTES);
    expect(lines[0]?.record['event']).toBe('escaped');
  });

  it('redact email addresses, AWS key ids and Amazon account ids, as the one redactor does for tokens', () => {
    expect(redact(`failed for ${EMAIL} with AKIAABCDEFGHIJKLMNOP as amzn1.account.AEXAMPLE123`)).toBe(`failed for ${REDACTED} with ${REDACTED} as ${REDACTED}`);
    expect(redact('ASIN B00000ASN1 at 10:30 for $5 @ 2 each')).toBe('ASIN B00000ASN1 at 10:30 for $5 @ 2 each');
  });

  it('keep every field bounded when the envelope sends requestId and locale as objects', async () => {
    const { invoke } = testSkill();
    const envelope = launchRequest();
    const hostile = { token: REFRESH, user: TEST_USER_ID, email: EMAIL, more: 'y'.repeat(18_000) };
    (envelope.request as unknown as Record<string, unknown>)['requestId'] = hostile;
    (envelope.request as unknown as Record<string, unknown>)['locale'] = hostile;

    const lines = await captured(() => invoke(envelope));

    expect(lines.length).toBeGreaterThan(0);
    expect(logLineProblems(lines.map((l) => l.line))).toEqual([]);
    for (const secret of [REFRESH, TEST_USER_ID, EMAIL]) expect(lines.some((l) => l.line.includes(secret))).toBe(false);
  });

  it("cut an email address echoed in a SessionEndedRequest's error message, and summarize an error object", async () => {
    const { invoke } = testSkill();
    const withEmail = sessionEndedRequest('ERROR', {});
    (withEmail.request as unknown as Record<string, unknown>)['error'] = { type: 'INVALID_RESPONSE', message: `Invalid SSML for ${EMAIL}` };
    const withObject = sessionEndedRequest('ERROR', {});
    (withObject.request as unknown as Record<string, unknown>)['error'] = { type: { nested: EMAIL }, message: { refresh: REFRESH, padding: 'z'.repeat(10_000) } };

    const lines = await captured(async () => {
      await invoke(withEmail);
      await invoke(withObject);
    });

    expect(lines.some((l) => l.record['event'] === 'session_ended_with_error')).toBe(true);
    expect(logLineProblems(lines.map((l) => l.line))).toEqual([]);
    for (const secret of [REFRESH, EMAIL]) expect(lines.some((l) => l.line.includes(secret))).toBe(false);
  });
});
