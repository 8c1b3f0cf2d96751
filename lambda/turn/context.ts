/**
 * The turn's context: everything one request carries from the first interceptor to the
 * answer, created ONCE by TurnContextInterceptor (lambda/interceptors/) and read here through
 * typed accessors. Before it, per-turn state went through a dozen request-attribute string
 * keys, cast where they were read, and accessors that quietly made a missing value (a second
 * deadline, a second translator) so the interceptors were optional in practice. Now a turn
 * without its context is a wiring bug, and every accessor says so (TurnContextMissingError).
 *
 * This module is the only one that touches the ASK SDK's request attributes
 * (test/architecture/turnContext.test.ts). Per-turn values that belong to one concern (the
 * customer's state read once, the entitlements fetched once, the yes/no question being
 * answered) are kept in typed slots that concern declares with `turnSlot<T>(name)`.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { interfaces, RequestEnvelope } from 'ask-sdk-model';
import { type Catalog as Messages, catalogFor, type Translator, translator } from '../i18n';
import { budgetsWithin, type Clock, DEFAULT_TURN_BUDGETS, Deadline, type TurnBudgets } from '../util/deadline';
import type { LogKeys } from '../util/log';
import { userIdOf } from '../security/userBinding';

/** The locale's data: today its messages; the locale's phrase lists join them here. */
export interface TurnLanguage {
  /** The locale whose data this is (a fallback of the request's when it has none of its own). */
  readonly locale: string;
  readonly messages: Messages;
}

/** Who the turn is for: the key of the customer's persisted state and of token bindings. */
export interface TurnCustomer {
  /** The Alexa user id; '' when the envelope has none. Never logged. */
  readonly userId: string;
}

/** What the device can show (Alexa Presentation Language reference, "Viewport"). */
export interface TurnDevice {
  /** The device declares `Alexa.Presentation.APL` among its supported interfaces. */
  readonly apl: boolean;
  /** The viewport the device reported, when it has a screen. */
  readonly viewport: interfaces.viewport.ViewportState | undefined;
}

export interface TurnContext {
  readonly requestId: string;
  /** The one deadline every upstream call of the turn shares (lambda/util/deadline.ts). */
  readonly deadline: Deadline;
  /** The budgets the deadline was made from (the launch's shorter one among them). */
  readonly budgets: TurnBudgets;
  /** The request's locale as Alexa sent it ('' when absent). */
  readonly locale: string;
  readonly translator: Translator;
  readonly language: TurnLanguage;
  readonly customer: TurnCustomer;
  readonly device: TurnDevice;
  /** Keys every log line of the turn carries (lambda/util/log.ts). */
  readonly logKeys: Readonly<LogKeys>;
  /** Date.now() when the turn began, for the response line's duration. */
  readonly startedAt: number;
}

export interface TurnOptions {
  budgets?: TurnBudgets;
  /** The deadline's clock (lambda/util/deadline.ts); tests pass a fake one. */
  clock?: Clock;
  /**
   * Milliseconds Lambda still gives this invocation (`context.getRemainingTimeInMillis()`),
   * when the runtime says: the deadline never outlives the function's own timeout.
   */
  lambdaRemainingMs?: number;
}

/** A turn reached code that reads its context before TurnContextInterceptor made one. */
export class TurnContextMissingError extends Error {
  constructor(what: string) {
    super(`no turn context (${what}): TurnContextInterceptor must run first`);
    this.name = 'TurnContextMissingError';
  }
}

/** A typed per-turn value owned by one concern; the type travels with the slot. */
export interface TurnSlot<T> {
  readonly name: string;
  /** Never set: carries T so get and set agree without a cast at the call site. */
  readonly valueType?: T;
}

export function turnSlot<T>(name: string): TurnSlot<T> {
  return { name };
}

/** The context and the slots' values, under the one request attribute this module owns. */
interface TurnRecord {
  context: TurnContext;
  slots: Map<TurnSlot<unknown>, unknown>;
}

const ATTRIBUTE = 'turn';

function deviceOf(envelope: RequestEnvelope): TurnDevice {
  const apl = envelope.context?.System?.device?.supportedInterfaces?.['Alexa.Presentation.APL'] !== undefined;
  return { apl, viewport: envelope.context?.Viewport };
}

/**
 * Makes the turn's context; called once per request, first thing, by TurnContextInterceptor.
 * The budget counts from here, the request's arrival in the skill.
 */
export function startTurnContext(input: HandlerInput, options: TurnOptions = {}): TurnContext {
  const envelope = input.requestEnvelope;
  const budgets = budgetsWithin(options.budgets ?? DEFAULT_TURN_BUDGETS, options.lambdaRemainingMs);
  const locale = typeof envelope.request.locale === 'string' ? envelope.request.locale : '';
  const { locale: dataLocale, catalog } = catalogFor(locale === '' ? undefined : locale);
  const requestId = typeof envelope.request.requestId === 'string' ? envelope.request.requestId : '';
  const context: TurnContext = {
    requestId,
    deadline: Deadline.after(budgets.turnMs, options.clock),
    budgets,
    locale,
    translator: translator(locale === '' ? undefined : locale),
    language: { locale: dataLocale, messages: catalog },
    customer: { userId: userIdOf(envelope) },
    device: deviceOf(envelope),
    logKeys: { requestId },
    startedAt: Date.now(),
  };
  const record: TurnRecord = { context, slots: new Map() };
  input.attributesManager.getRequestAttributes()[ATTRIBUTE] = record;
  return context;
}

function recordOf(input: HandlerInput, what: string): TurnRecord {
  const record: unknown = input.attributesManager.getRequestAttributes()[ATTRIBUTE];
  if (record === undefined) throw new TurnContextMissingError(what);
  return record as TurnRecord;
}

export function turnContext(input: HandlerInput): TurnContext {
  return recordOf(input, 'context').context;
}

/** This turn's deadline: the one every upstream call shares. */
export function turnDeadline(input: HandlerInput): Deadline {
  return recordOf(input, 'deadline').context.deadline;
}

/** The turn's budgets (the launch cap among them), already within Lambda's remaining time. */
export function turnBudgets(input: HandlerInput): TurnBudgets {
  return recordOf(input, 'budgets').context.budgets;
}

/** The translator for the request's locale. */
export function tr(input: HandlerInput): Translator {
  return recordOf(input, 'translator').context.translator;
}

export function turnLocale(input: HandlerInput): string {
  return recordOf(input, 'locale').context.locale;
}

export function turnLanguage(input: HandlerInput): TurnLanguage {
  return recordOf(input, 'language').context.language;
}

export function turnCustomer(input: HandlerInput): TurnCustomer {
  return recordOf(input, 'customer').context.customer;
}

export function turnDevice(input: HandlerInput): TurnDevice {
  return recordOf(input, 'device').context.device;
}

/** The value a concern kept for this turn, or undefined when it kept none yet. */
export function getTurnSlot<T>(input: HandlerInput, slot: TurnSlot<T>): T | undefined {
  // The map only ever holds, under a slot, a value set through that slot's own type.
  return recordOf(input, slot.name).slots.get(slot) as T | undefined;
}

export function setTurnSlot<T>(input: HandlerInput, slot: TurnSlot<T>, value: T): void {
  recordOf(input, slot.name).slots.set(slot, value);
}

export function clearTurnSlot(input: HandlerInput, slot: TurnSlot<unknown>): void {
  recordOf(input, slot.name).slots.delete(slot);
}

/**
 * Releases the turn's deadline once the turn has answered (TurnEndInterceptor): its timer and
 * AbortController would otherwise stay alive for the rest of the budget, one set per turn,
 * after nothing can wait on them.
 */
export function endTurn(input: HandlerInput): void {
  recordOf(input, 'end').context.deadline.dispose();
}
