/**
 * fast-check arbitraries for request envelopes: well-formed envelopes of every request type
 * the skill handles (and some it does not), then mutated the ways real traffic and attackers
 * mutate them: fields missing, wrong types, huge strings, odd Unicode, unknown fields.
 * Every event goes through a JSON round trip before the handler sees it, as Lambda's do.
 */
import fc from 'fast-check';
import type { RequestEnvelope } from 'ask-sdk-model';
import { IntentNames, PurchaseRequestNames, PurchaseResults, RequestTypes, SessionKeys, ShoppingResultCodes, SlotNames, SUPPORTED_LOCALES } from '../../lambda/constants';
import { issueConnectionToken } from '../../lambda/shopping/connectionToken';
import { TASKS } from '../../lambda/shopping/tasks';
import { exceptionEncountered, intentRequest, launchRequest, sessionEndedRequest, sessionResumedRequest, TEST_SKILL_ID, TEST_USER_ID } from '../support/envelopes';
import { ASIN_PATTERN } from '../../lambda/util/asin';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Strings that have broken parsers, templates and speech engines before. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\t\r\n',
  '<',
  '&',
  '"',
  "'",
  '<speak>',
  '</speak>',
  '<break time="10s"/>',
  '<audio src="https://example.com/a.mp3"/>',
  ']]>',
  '&amp;',
  '&#0;',
  '\u0000',
  '\u0007',
  '\uFFFE',
  '\uFEFF',
  '\u202Eevil',
  '\u200B',
  '\uD800',
  '\uDFFF',
  'Z\u0334\u0322\u0353a\u0335l\u0336g\u0338o',
  '🛒🔋👨‍👩‍👧',
  '__proto__',
  'constructor',
  'toString',
  '{title}',
  '$&',
  '%s',
  '../../etc/passwd',
  'undefined',
  'null',
  '0',
  '-1',
  '1e309',
  '99999999999999999999',
  'B000000AA1',
  'amzn1.ask.skill.other',
  // What names a customer or unlocks something, to be cut from any log line that echoes it.
  'jane.doe+alexa@example.org',
  'Atzr|IwEBIfuzz-refresh-token-0123456789',
  'amzn1.account.AFUZZACCOUNT0000000000',
];

/** Unpaired surrogates: what broken clients and truncated UTF-16 produce. */
const loneSurrogates = fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 4 });

/** 10 k to 120 k characters of one unit: cheap to make, expensive to mishandle. */
export const hugeString = fc
  .tuple(fc.constantFrom('a', '<&"', '😀', '\u0301', ' ', 'x'.repeat(9)), fc.integer({ min: 10_000, max: 120_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

export const oddString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY_STRINGS), weight: 4 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 1 },
  { arbitrary: loneSurrogates, weight: 1 },
  { arbitrary: hugeString, weight: 1 },
);

/** A JSON value of any type, for "wrong type" mutations. */
export const anyJson: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  oddString,
  fc.constant<Json>([]),
  fc.constant<Json>({}),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

const asin = fc.stringMatching(ASIN_PATTERN);
const locale = fc.oneof({ arbitrary: fc.constantFrom(...SUPPORTED_LOCALES, 'en-AU', 'en-IN', 'de-DE', 'ja-JP'), weight: 4 }, { arbitrary: oddString, weight: 1 });

const listedProduct = fc.record(
  {
    asin: fc.oneof({ arbitrary: asin, weight: 4 }, { arbitrary: oddString, weight: 1 }),
    title: oddString,
    price: fc.record({ amount: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer()), currency: fc.constantFrom('USD', 'GBP', 'EUR', 'XXX', '', '<&') }),
    rating: fc.oneof(fc.double({ min: 0, max: 5, noNaN: true }), fc.integer()),
    unavailableReason: fc.constantFrom('blocked', 'restricted', 'other'),
  },
  { requiredKeys: ['asin', 'title'] },
);

/** A shopping state as the skill writes it, sometimes subtly wrong. */
export const shoppingState = fc.record(
  {
    query: oddString,
    products: fc.array(listedProduct, { maxLength: 12 }),
    pageStart: fc.integer({ min: -2, max: 14 }),
    pageSize: fc.integer({ min: -1, max: 12 }),
    current: fc.integer({ min: -1, max: 13 }),
    totalResults: fc.integer(),
  },
  { requiredKeys: ['products'] },
);

const sessionAttributes: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.constant({}),
  shoppingState.map((state) => ({ [SessionKeys.Shopping]: state })),
  fc
    .record({ shopping: shoppingState, lastAnswer: fc.record({ speech: fc.constantFrom('<speak>Hello.</speak>', 'Hello.'), reprompt: fc.constant('What next?') }) })
    .map(({ shopping, lastAnswer }) => ({ [SessionKeys.Shopping]: shopping, [SessionKeys.LastAnswer]: lastAnswer })),
  fc.dictionary(fc.oneof(fc.constantFrom(...Object.values(SessionKeys)), fc.string({ maxLength: 8 })), anyJson, { maxKeys: 4 }),
);

const options = fc.record({ locale, attributes: sessionAttributes, newSession: fc.boolean() });

const UNKNOWN_INTENTS = ['AMAZON.ScrollDownIntent', 'AMAZON.PauseIntent', 'OrderPizzaIntent', 'AMAZON.SearchAction<object@Product>'];
const intentName = fc.oneof(
  { arbitrary: fc.constantFrom(...Object.values(IntentNames)), weight: 6 },
  { arbitrary: fc.constantFrom(...UNKNOWN_INTENTS), weight: 1 },
  { arbitrary: oddString, weight: 1 },
);
const slots = fc.dictionary(
  fc.oneof({ arbitrary: fc.constantFrom(...Object.values(SlotNames)), weight: 4 }, { arbitrary: fc.string({ maxLength: 10 }), weight: 1 }),
  fc.option(fc.oneof({ arbitrary: fc.constantFrom('1', '2', '3', '10', 'first', 'batteries', 'premium shopper'), weight: 2 }, { arbitrary: oddString, weight: 3 }), {
    nil: undefined,
  }),
  { maxKeys: 3 },
);

/** The key the fuzzed skill verifies tokens with, so some tokens are valid. */
export interface TokenContext {
  key: Uint8Array;
  now: () => number;
}

function tokenArb(ctx: TokenContext): fc.Arbitrary<string | undefined> {
  const valid = fc
    .tuple(fc.constantFrom(...Object.values(TASKS)), fc.array(asin, { minLength: 1, maxLength: 3 }), fc.integer({ min: -7200, max: 600 }))
    .map(([task, asins, ageShift]) => issueConnectionToken(task, asins.slice(0, task.maxProducts), ctx.now() + ageShift * 1000, ctx.key, TEST_USER_ID));
  const tampered = fc.tuple(valid, fc.nat(), fc.constantFrom('A', 'z', '-', '_', '.', '')).map(([token, at, ch]) => {
    const i = at % token.length;
    return `${token.slice(0, i)}${ch}${token.slice(i + 1)}`;
  });
  return fc.oneof(valid, tampered, oddString, fc.constant(undefined));
}

function resumedArb(ctx: TokenContext) {
  const status = fc.option(fc.record({ code: fc.oneof(fc.constantFrom('200', '201', '400', '500'), oddString), message: fc.constant('OK') }), { nil: undefined });
  const result = fc.option(fc.oneof(fc.constant(null), fc.record({ code: fc.oneof(fc.constantFrom(...Object.values(ShoppingResultCodes)), oddString), message: oddString })), {
    nil: undefined,
  });
  return fc.tuple(tokenArb(ctx), status, result, options).map(([token, st, res, opts]) => {
    const cause: Parameters<typeof sessionResumedRequest>[0] = {};
    if (token !== undefined) cause.token = token;
    if (st !== undefined) cause.status = st;
    if (res !== undefined) cause.result = res;
    return sessionResumedRequest(cause, opts);
  });
}

/** An in-skill purchase result (Connections.Response), as Alexa sends after Buy/Upsell/Cancel. */
function purchaseResponseArb(ctx: TokenContext) {
  return fc
    .tuple(
      fc.oneof(fc.constantFrom(...Object.values(PurchaseRequestNames)), oddString),
      fc.oneof(fc.constantFrom(...Object.values(PurchaseResults)), oddString),
      fc.oneof(fc.constantFrom('amzn1.adg.product.00000000-0000-0000-0000-000000000001'), oddString),
      tokenArb(ctx),
      options,
    )
    .map(([name, purchaseResult, productId, token, opts]) => {
      const envelope = launchRequest(opts);
      if (envelope.session !== undefined) envelope.session.new = false;
      (envelope as { request: unknown }).request = {
        type: RequestTypes.ConnectionsResponse,
        requestId: 'amzn1.echo-api.request.purchase',
        timestamp: new Date().toISOString(),
        locale: opts.locale,
        name,
        status: { code: '200', message: 'OK' },
        payload: { purchaseResult, productId, message: 'optional' },
        token,
      };
      return envelope;
    });
}

const UNKNOWN_REQUEST_TYPES = [
  'CanFulfillIntentRequest',
  'Alexa.Presentation.APL.UserEvent',
  'AudioPlayer.PlaybackStarted',
  'Messaging.MessageReceived',
  'Display.ElementSelected',
  'Dialog.API.Invoked',
];

function unknownTypeArb() {
  return fc.tuple(fc.oneof(fc.constantFrom(...UNKNOWN_REQUEST_TYPES), oddString), options).map(([type, opts]) => {
    const envelope = launchRequest(opts);
    (envelope as { request: unknown }).request = { type, requestId: 'amzn1.echo-api.request.unknown', timestamp: new Date().toISOString(), locale: opts.locale };
    return envelope;
  });
}

/** A well-formed envelope of any request type (before mutation). */
export function envelopeArb(ctx: TokenContext): fc.Arbitrary<RequestEnvelope> {
  return fc.oneof(
    { arbitrary: options.map((o) => launchRequest(o)), weight: 2 },
    { arbitrary: fc.tuple(intentName, slots, options).map(([name, s, o]) => intentRequest(name, s, o)), weight: 8 },
    { arbitrary: resumedArb(ctx), weight: 3 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom('USER_INITIATED', 'ERROR', 'EXCEEDED_MAX_REPROMPTS') as fc.Arbitrary<'USER_INITIATED' | 'ERROR' | 'EXCEEDED_MAX_REPROMPTS'>, options)
        .map(([reason, o]) => sessionEndedRequest(reason, o)),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(fc.record({ type: fc.constantFrom('INVALID_RESPONSE', 'INTERNAL_ERROR'), message: oddString }), options)
        .map(([error, o]) => exceptionEncountered(error as { type: 'INVALID_RESPONSE'; message: string }, o)),
      weight: 1,
    },
    { arbitrary: purchaseResponseArb(ctx), weight: 2 },
    { arbitrary: unknownTypeArb(), weight: 1 },
  );
}

type Path = Array<string | number>;

function paths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (typeof value !== 'object' || value === null) return out;
  const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, child] of entries) {
    const path = [...prefix, key];
    out.push(path);
    paths(child, path, out);
  }
  return out;
}

export type Mutation = { op: 'delete'; at: number } | { op: 'replace'; at: number; value: Json } | { op: 'add'; at: number; key: string; value: Json };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: anyJson }),
  fc.record({
    op: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'slots', 'token')),
    value: anyJson,
  }),
);

function parentOf(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/**
 * Sets an own property to a copy of `value`: generated values may be shared between cases
 * (fc.constant), and a plain assignment to "__proto__" would change the prototype instead.
 */
function setOwn(target: Record<string | number, unknown>, key: string | number, value: Json): void {
  Object.defineProperty(target, key, { value: structuredClone(value), enumerable: true, writable: true, configurable: true });
}

/** Applies mutations to a JSON copy of `envelope`; `at` picks a path modulo the path count. */
export function mutate(envelope: unknown, mutations: readonly Mutation[]): unknown {
  const root = JSON.parse(JSON.stringify(envelope)) as unknown;
  for (const mutation of mutations) {
    const all = paths(root);
    if (all.length === 0) break;
    const path = all[mutation.at % all.length] ?? [];
    const parent = parentOf(root, path);
    const key = path[path.length - 1];
    if (typeof parent !== 'object' || parent === null || key === undefined) continue;
    const target = parent as Record<string | number, unknown>;
    if (mutation.op === 'delete') {
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else delete target[key];
    } else if (mutation.op === 'replace') {
      setOwn(target, key, mutation.value);
    } else {
      const child = target[key];
      if (typeof child === 'object' && child !== null && !Array.isArray(child)) setOwn(child as Record<string, unknown>, mutation.key, mutation.value);
    }
  }
  // Lambda hands the handler parsed JSON: the same round trip drops anything JSON cannot carry.
  return JSON.parse(JSON.stringify(root)) as unknown;
}

/** A well-formed envelope with 0 to 4 mutations. */
export function mutatedEnvelopeArb(ctx: TokenContext): fc.Arbitrary<unknown> {
  return fc.tuple(envelopeArb(ctx), fc.array(mutationArb, { maxLength: 4 })).map(([envelope, mutations]) => mutate(envelope, mutations));
}

/** Random JSON, and random objects that look a little like envelopes. */
export const randomEventArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.record({ version: anyJson, request: fc.record({ type: fc.oneof(fc.constantFrom(...Object.values(RequestTypes)), oddString) }), context: anyJson, session: anyJson }),
  fc.tuple(fc.oneof(fc.constantFrom(...Object.values(RequestTypes), ...UNKNOWN_REQUEST_TYPES), oddString), anyJson).map(([type, extra]) => ({
    version: '1.0',
    context: { System: { application: { applicationId: TEST_SKILL_ID }, user: extra } },
    request: { type, requestId: extra, locale: extra, intent: extra, cause: extra },
    session: { attributes: {} },
  })),
);
