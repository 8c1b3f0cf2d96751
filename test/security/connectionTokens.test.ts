/**
 * Tampered connection tokens never drive an action. A token the skill issued comes back in
 * `SessionResumedRequest.cause.token`; whatever an attacker does to it (flip a byte, forge
 * the payload, splice two tokens, sign with another key, replay it late) the answer names
 * no product and no task, claims no success, and starts nothing.
 */
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import type { ResponseEnvelope, interfaces } from 'ask-sdk-model';
import { IntentNames, SessionKeys } from '../../lambda/constants';
import { CONNECTION_TOKEN_MAX_AGE_SECONDS } from '../../lambda/shopping/connectionToken';
import type { ShoppingState } from '../../lambda/session';
import { intentRequest, repromptOf, sessionResumedRequest, speechOf } from '../support/envelopes';
import { captureLogs } from '../support/logs';
import { testSkill } from '../support/skill';
import { turnProblems } from '../fuzz/invariants';

const logs = captureLogs();
afterAll(() => logs.restore());

const listed: ShoppingState = {
  products: [
    { asin: 'B000000AA1', title: 'Duracell AA batteries' },
    { asin: 'B000000AA2', title: 'Energizer AAA batteries' },
    { asin: 'B000000AA3', title: 'Rechargeable C cells' },
  ],
  pageStart: 0,
  pageSize: 3,
};
const attributes = () => ({ [SessionKeys.Shopping]: structuredClone(listed) });
const TITLES = listed.products.map((p) => p.title);
/** Phrases of the success answers (DONE_* in i18n/en-US/shopping.ts). */
const SUCCESS = /I've added|has placed your order|Those are my recommendations/;

const TASK_INTENTS = [IntentNames.AddToCart, IntentNames.BuyProduct, IntentNames.AddToWishList] as const;

/** The token of the Shopping Action the answer starts. */
function startedToken(out: ResponseEnvelope): string {
  const [directive] = out.response.directives ?? [];
  const token = (directive as interfaces.connections.V1.StartConnectionDirective | undefined)?.token;
  if (directive?.type !== 'Connections.StartConnection' || token === undefined) throw new Error('the intent did not start a Shopping Action');
  return token;
}

function decode(part: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
}
const encode = (record: unknown) => Buffer.from(JSON.stringify(record), 'utf8').toString('base64url');
const sign = (payload: string, key: string) => createHmac('sha256', key).update(payload).digest('base64url');

function splitToken(token: string): [string, string] {
  const [payload = '', signature = ''] = token.split('.');
  return [payload, signature];
}

/** Replaces the character at `at` with one that differs from it. */
function flip(text: string, at: number): string {
  const i = at % text.length;
  const replacement = text[i] === 'A' ? 'B' : 'A';
  return `${text.slice(0, i)}${replacement}${text.slice(i + 1)}`;
}

type Tampering =
  | { kind: 'flip-payload'; at: number }
  | { kind: 'flip-signature'; at: number }
  | { kind: 'forge-asin'; product: number }
  | { kind: 'forge-task'; code: string }
  | { kind: 'other-key'; key: string }
  | { kind: 'splice' }
  | { kind: 'replay-late'; extraSeconds: number }
  | { kind: 'strip-signature' }
  | { kind: 'extra-segment' };

const tamperingArb: fc.Arbitrary<Tampering> = fc.oneof(
  fc.record({ kind: fc.constant('flip-payload' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip-signature' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('forge-asin' as const), product: fc.nat({ max: 2 }) }),
  fc.record({ kind: fc.constant('forge-task' as const), code: fc.constantFrom('C', 'B', 'L', 'R') }),
  fc.record({ kind: fc.constant('other-key' as const), key: fc.string({ minLength: 16, maxLength: 40 }) }),
  fc.constant({ kind: 'splice' as const }),
  fc.record({ kind: fc.constant('replay-late' as const), extraSeconds: fc.integer({ min: 1, max: 86_400 }) }),
  fc.constant({ kind: 'strip-signature' as const }),
  fc.constant({ kind: 'extra-segment' as const }),
);

describe('tampered connection tokens', () => {
  it.each(TASK_INTENTS)('a genuine %s token names the product and the task: the control case', async (intent) => {
    const { invoke } = testSkill();
    const token = startedToken(await invoke(intentRequest(intent, { ordinal: '2' }, { attributes: attributes() })));
    const out = await invoke(sessionResumedRequest({ token, status: { code: '200' } }, { attributes: attributes() }));
    expect(speechOf(out)).toMatch(/Energizer AAA batteries/);
    expect(speechOf(out)).toMatch(SUCCESS);
  });

  it('never name a product, claim a success or start an action, whatever the tampering', async () => {
    const { invoke, clock } = testSkill();
    const genuine: string[] = [];
    for (const intent of TASK_INTENTS) {
      genuine.push(startedToken(await invoke(intentRequest(intent, { ordinal: '1' }, { attributes: attributes() }))));
    }

    await fc.assert(
      fc.asyncProperty(fc.nat({ max: genuine.length - 1 }), tamperingArb, async (which, tampering) => {
        const token = genuine[which] ?? '';
        const [payload, signature] = splitToken(token);
        const record = decode(payload);
        let forged: string;
        let late = 0;
        switch (tampering.kind) {
          case 'flip-payload':
            forged = `${flip(payload, tampering.at)}.${signature}`;
            break;
          case 'flip-signature':
            forged = `${payload}.${flip(signature, tampering.at)}`;
            break;
          case 'forge-asin': {
            // Another listed product; for the same one, a changed issue time keeps it a forgery.
            const asin = listed.products[tampering.product]?.asin;
            const same = JSON.stringify(record.a) === JSON.stringify([asin]);
            forged = `${encode({ ...record, a: [asin], iat: Number(record.iat) + (same ? 1 : 0) })}.${signature}`;
            break;
          }
          case 'forge-task':
            forged = `${encode({ ...record, k: tampering.code, iat: Number(record.iat) - 1 })}.${signature}`;
            break;
          case 'other-key':
            forged = `${payload}.${sign(payload, tampering.key)}`;
            break;
          case 'splice':
            forged = `${payload}.${splitToken(genuine[(which + 1) % genuine.length] ?? '')[1]}`;
            break;
          case 'replay-late':
            forged = token;
            late = (CONNECTION_TOKEN_MAX_AGE_SECONDS + tampering.extraSeconds) * 1000;
            break;
          case 'strip-signature':
            forged = `${payload}.`;
            break;
          case 'extra-segment':
            forged = `${payload}.${signature}.${signature}`;
            break;
        }
        const started = clock.now;
        clock.now += late;
        logs.lines.splice(0);
        try {
          const event = sessionResumedRequest({ token: forged, status: { code: '200' } }, { attributes: attributes() });
          const out = await invoke(event);
          const speech = speechOf(out);
          expect(out.response.directives ?? []).toEqual([]);
          expect(speech).not.toMatch(SUCCESS);
          for (const title of TITLES) expect(speech).not.toContain(title);
          expect(speech).toMatch(/couldn't match it to this conversation/);
          expect(repromptOf(out)).not.toBe('');
          expect(turnProblems(event, out)).toEqual([]);
          expect(logs.lines.map((l) => l.record.event)).toContain('connection_token_rejected');
        } finally {
          clock.now = started;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reject a token whose signature differs only in the spare bits of its last character', async () => {
    // Found by the tampering property: base64url's last character carries two unused bits,
    // so a flipped low bit decoded to the same MAC and the altered string verified.
    const { invoke } = testSkill();
    const token = startedToken(await invoke(intentRequest(IntentNames.AddToCart, { ordinal: '1' }, { attributes: attributes() })));
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sibling = alphabet[alphabet.indexOf(token.slice(-1)) ^ 1] ?? '';
    const variant = `${token.slice(0, -1)}${sibling}`;
    expect(Buffer.from(splitToken(variant)[1], 'base64url')).toEqual(Buffer.from(splitToken(token)[1], 'base64url'));
    const out = await invoke(sessionResumedRequest({ token: variant, status: { code: '200' } }, { attributes: attributes() }));
    expect(speechOf(out)).not.toMatch(SUCCESS);
    expect(speechOf(out)).not.toContain('Duracell');
  });

  it('never turn a failed result into a success, even with a genuine token', async () => {
    const { invoke } = testSkill();
    const token = startedToken(await invoke(intentRequest(IntentNames.AddToCart, { ordinal: '1' }, { attributes: attributes() })));
    const out = await invoke(sessionResumedRequest({ token, status: { code: '200' }, result: { code: 'AlexaShopping.Unheard', message: 'no' } }, { attributes: attributes() }));
    expect(speechOf(out)).not.toMatch(SUCCESS);
    expect(out.response.directives ?? []).toEqual([]);
  });
});
