/**
 * The one set of request-envelope builders (ask-sdk-model types), for the tests and the
 * simulator (test/sim/envelopes.ts keeps a session going with them), so tests say what
 * differs instead of dumping JSON. Everything has a stable default: one user, one
 * device, one session, a skill id, an apiEndpoint and an apiAccessToken.
 */
import type { Intent, interfaces, RequestEnvelope, SupportedInterfaces, ResponseEnvelope, SessionEndedReason, SessionResumedRequest, Slot, Status, ui } from 'ask-sdk-model';
import { ssmlToText } from '../../lambda/util/ssml';

export const TEST_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000001';
export const TEST_USER_ID = 'amzn1.ask.account.TESTUSER0000000000000000000000000000000000000000';
export const TEST_DEVICE_ID = 'amzn1.ask.device.TESTDEVICE00000000000000000000000000000000000000';
/**
 * Port 9 (discard) on loopback refuses connections at once: a test that forgets to start an
 * emulator fails fast and never reaches Amazon.
 */
export const CLOSED_API_ENDPOINT = 'http://127.0.0.1:9';
export const TEST_ACCESS_TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJ0ZXN0In0.c2lnbmF0dXJl';

export interface EnvelopeOptions {
  locale?: string;
  attributes?: Record<string, unknown>;
  newSession?: boolean;
  skillId?: string;
  userId?: string;
  deviceId?: string;
  apiEndpoint?: string;
  apiAccessToken?: string;
  sessionId?: string;
  /** A numbered id (`amzn1.echo-api.request.00000001`) unless given. */
  requestId?: string;
  /** The device's screen: none (a voice-only device, the default), or one from `screenDevice`. */
  screen?: ScreenDevice;
}

/** What a device with a screen declares: the APL interface and its viewport. */
export interface ScreenDevice {
  supportedInterfaces: SupportedInterfaces;
  viewport: interfaces.viewport.ViewportState;
}

/**
 * Devices as Alexa describes them (APL reference, "Viewport object in the skill request"):
 * an Echo Show 10 (1280×800 px at 160 dpi), an Echo Show 8 (1280×800 at 213 dpi), an Echo Show 5
 * (960×480 at 160 dpi), an Echo Spot (480×480 round) and a Fire TV (1920×1080 at 320 dpi).
 */
const SCREEN_DEVICES = {
  show10: { mode: 'HUB', shape: 'RECTANGLE', pixelWidth: 1280, pixelHeight: 800, dpi: 160 },
  show8: { mode: 'HUB', shape: 'RECTANGLE', pixelWidth: 1280, pixelHeight: 800, dpi: 213 },
  show5: { mode: 'HUB', shape: 'RECTANGLE', pixelWidth: 960, pixelHeight: 480, dpi: 160 },
  spot: { mode: 'HUB', shape: 'ROUND', pixelWidth: 480, pixelHeight: 480, dpi: 160 },
  tv: { mode: 'TV', shape: 'RECTANGLE', pixelWidth: 1920, pixelHeight: 1080, dpi: 320 },
} as const;
export type ScreenDeviceName = keyof typeof SCREEN_DEVICES;
export const SCREEN_DEVICE_NAMES = Object.keys(SCREEN_DEVICES) as ScreenDeviceName[];

export function screenDevice(name: ScreenDeviceName = 'show10'): ScreenDevice {
  const v = SCREEN_DEVICES[name];
  return {
    supportedInterfaces: { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.2' } } } as SupportedInterfaces,
    viewport: {
      ...v,
      currentPixelWidth: v.pixelWidth,
      currentPixelHeight: v.pixelHeight,
      touch: v.mode === 'TV' ? [] : ['SINGLE'],
      keyboard: v.mode === 'TV' ? ['DIRECTION'] : [],
    },
  };
}

let counter = 0;
function nextId(prefix: string): string {
  counter += 1;
  return `amzn1.echo-api.${prefix}.${counter.toString().padStart(8, '0')}`;
}

/** The fields every request carries: its id, when it was sent, the customer's locale. */
function stamp(options: EnvelopeOptions): { requestId: string; timestamp: string; locale: string } {
  return { requestId: options.requestId ?? nextId('request'), timestamp: new Date().toISOString(), locale: options.locale ?? 'en-US' };
}

/** The one place a request envelope (session, context, request) is put together. */
export function requestEnvelope(request: RequestEnvelope['request'], options: EnvelopeOptions = {}): RequestEnvelope {
  const skillId = options.skillId ?? TEST_SKILL_ID;
  const userId = options.userId ?? TEST_USER_ID;
  return {
    version: '1.0',
    session: {
      new: options.newSession ?? false,
      sessionId: options.sessionId ?? 'amzn1.echo-api.session.TEST',
      application: { applicationId: skillId },
      attributes: options.attributes ?? {},
      user: { userId },
    },
    context: {
      System: {
        application: { applicationId: skillId },
        user: { userId },
        device: { deviceId: options.deviceId ?? TEST_DEVICE_ID, supportedInterfaces: options.screen?.supportedInterfaces ?? {} },
        apiEndpoint: options.apiEndpoint ?? CLOSED_API_ENDPOINT,
        apiAccessToken: options.apiAccessToken ?? TEST_ACCESS_TOKEN,
      },
      ...(options.screen === undefined ? {} : { Viewport: options.screen.viewport }),
    },
    request,
  };
}

export function launchRequest(options: EnvelopeOptions = {}): RequestEnvelope {
  return requestEnvelope({ type: 'LaunchRequest', ...stamp(options) }, { newSession: true, ...options });
}

export type DialogState = 'STARTED' | 'IN_PROGRESS' | 'COMPLETED';

/**
 * AlexaSkillEvent.SkillDisabled as the Skill Events reference shows it: no session, no locale,
 * the user in context.System, and the body saying whether the user id survives re-enabling.
 */
export function skillDisabledEvent(options: EnvelopeOptions = {}): RequestEnvelope {
  const { locale: _none, ...stamped } = stamp(options);
  const request = {
    type: 'AlexaSkillEvent.SkillDisabled',
    ...stamped,
    eventCreationTime: stamped.timestamp,
    eventPublishingTime: stamped.timestamp,
    body: { userInformation: { persistenceStatus: 'NOT_PERSISTED' } },
  };
  const { session: _noSession, ...envelope } = requestEnvelope(request as RequestEnvelope['request'], options);
  return envelope;
}

/** An IntentRequest for an intent as Alexa's NLU resolved it. */
export function intentEnvelope(intent: Intent, options: EnvelopeOptions & { dialogState?: DialogState } = {}): RequestEnvelope {
  return requestEnvelope({ type: 'IntentRequest', ...stamp(options), dialogState: options.dialogState ?? 'COMPLETED', intent }, options);
}

/** An IntentRequest by intent name and slot values (an undefined value: the slot is empty). */
export function intentRequest(name: string, slots: Record<string, string | undefined> = {}, options: EnvelopeOptions = {}): RequestEnvelope {
  const slotMap: Record<string, Slot> = {};
  for (const [slotName, value] of Object.entries(slots)) {
    slotMap[slotName] = { name: slotName, value: value ?? '', confirmationStatus: 'NONE' };
  }
  return intentEnvelope({ name, confirmationStatus: 'NONE', slots: slotMap }, options);
}

/** An Alexa.Presentation.APL.UserEvent: a touch on a screen the skill drew (`SendEvent` arguments). */
export function aplUserEvent(args: unknown[], token: string | undefined, options: EnvelopeOptions = {}): RequestEnvelope {
  const request: interfaces.alexa.presentation.apl.UserEvent = {
    type: 'Alexa.Presentation.APL.UserEvent',
    ...stamp(options),
    arguments: args,
    source: { type: 'TouchWrapper', handler: 'Press', id: '' },
    ...(token === undefined ? {} : { token }),
  };
  return requestEnvelope(request, options);
}

export function sessionResumedRequest(
  cause: { token?: string | undefined; status?: { code: string; message?: string }; result?: { code: string; message: string } | null },
  options: EnvelopeOptions = {},
): RequestEnvelope {
  // Tests send causes Alexa's types do not allow (no status message, a null result): cast once.
  const request = { type: 'SessionResumedRequest', ...stamp(options), cause: { type: 'ConnectionCompleted', ...cause } } as SessionResumedRequest;
  return requestEnvelope(request, options);
}

/** A Connections.Response (the answer to a Connections.SendRequest: Buy, Upsell, Cancel). */
export function connectionsResponseRequest(
  name: string,
  status: Status,
  payload: Record<string, unknown>,
  options: EnvelopeOptions & { token?: string | undefined } = {},
): RequestEnvelope {
  const request: interfaces.connections.ConnectionsResponse = {
    type: 'Connections.Response',
    ...stamp(options),
    name,
    status,
    payload,
    ...(options.token === undefined ? {} : { token: options.token }),
  };
  return requestEnvelope(request, options);
}

export function exceptionEncountered(
  error: interfaces.system.Error = { type: 'INVALID_RESPONSE', message: 'The directive failed.' },
  options: EnvelopeOptions & { causeRequestId?: string } = {},
): RequestEnvelope {
  return requestEnvelope(
    { type: 'System.ExceptionEncountered', ...stamp(options), error, cause: { requestId: options.causeRequestId ?? 'amzn1.echo-api.request.CAUSE' } },
    options,
  );
}

export function sessionEndedRequest(reason: SessionEndedReason = 'USER_INITIATED', options: EnvelopeOptions = {}): RequestEnvelope {
  return requestEnvelope(
    {
      type: 'SessionEndedRequest',
      ...stamp(options),
      reason,
      ...(reason === 'ERROR' ? { error: { type: 'INVALID_RESPONSE', message: 'bad response' } } : {}),
    },
    options,
  );
}

/** What is heard: the skill's own SSML-to-text (tags removed, entities decoded). */
function textOf(speech: ui.OutputSpeech | undefined): string {
  if (speech === undefined) return '';
  return speech.type === 'SSML' ? ssmlToText(speech.ssml) : speech.text.replace(/\s+/g, ' ').trim();
}

/** The spoken text of a response, for readable assertions. */
export function speechOf(envelope: ResponseEnvelope): string {
  return textOf(envelope.response.outputSpeech);
}

export function repromptOf(envelope: ResponseEnvelope): string {
  return textOf(envelope.response.reprompt?.outputSpeech);
}

/** Carries the session attributes of a response into the next request, as Alexa does. */
export function continueSession(previous: ResponseEnvelope, next: RequestEnvelope): RequestEnvelope {
  if (next.session !== undefined) next.session.attributes = { ...(previous.sessionAttributes ?? {}) };
  return next;
}

/** The token of a response's first directive (StartConnection, SendRequest), or '' without one. */
export function directiveTokenOf(envelope: { response: { directives?: unknown[] } }): string {
  const [directive] = (envelope.response.directives ?? []) as { token?: string }[];
  return directive?.token ?? '';
}
