/**
 * Small typed builders for real-shaped request envelopes (ask-sdk-model types), so tests
 * say what differs instead of dumping JSON. Everything has a stable default: one user, one
 * device, one session, a skill id, an apiEndpoint and an apiAccessToken.
 */
import type { Intent, RequestEnvelope, ResponseEnvelope, Slot, interfaces } from 'ask-sdk-model';
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
  apiEndpoint?: string;
  apiAccessToken?: string;
  sessionId?: string;
}

let counter = 0;
function nextId(prefix: string): string {
  counter += 1;
  return `amzn1.echo-api.${prefix}.${counter.toString().padStart(8, '0')}`;
}

function base(request: RequestEnvelope['request'], options: EnvelopeOptions = {}): RequestEnvelope {
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
        device: { deviceId: TEST_DEVICE_ID, supportedInterfaces: {} },
        apiEndpoint: options.apiEndpoint ?? CLOSED_API_ENDPOINT,
        apiAccessToken: options.apiAccessToken ?? TEST_ACCESS_TOKEN,
      },
    },
    request,
  };
}

const now = () => new Date().toISOString();

export function launchRequest(options: EnvelopeOptions = {}): RequestEnvelope {
  return base(
    { type: 'LaunchRequest', requestId: nextId('request'), timestamp: now(), locale: options.locale ?? 'en-US' },
    { newSession: true, ...options },
  );
}

export function intentRequest(name: string, slots: Record<string, string | undefined> = {}, options: EnvelopeOptions = {}): RequestEnvelope {
  const slotMap: Record<string, Slot> = {};
  for (const [slotName, value] of Object.entries(slots)) {
    slotMap[slotName] = value === undefined ? { name: slotName, value: '', confirmationStatus: 'NONE' } : { name: slotName, value, confirmationStatus: 'NONE' };
  }
  const intent: Intent = { name, confirmationStatus: 'NONE', slots: slotMap };
  return base(
    { type: 'IntentRequest', requestId: nextId('request'), timestamp: now(), locale: options.locale ?? 'en-US', dialogState: 'COMPLETED', intent },
    options,
  );
}

export function sessionResumedRequest(
  cause: { token?: string; status?: { code: string; message?: string }; result?: { code: string; message: string } | null },
  options: EnvelopeOptions = {},
): RequestEnvelope {
  return base(
    {
      type: 'SessionResumedRequest',
      requestId: nextId('request'),
      timestamp: now(),
      locale: options.locale ?? 'en-US',
      cause: { type: 'ConnectionCompleted', ...cause },
    } as RequestEnvelope['request'],
    options,
  );
}

export function exceptionEncountered(
  error: interfaces.system.Error = { type: 'INVALID_RESPONSE', message: 'The directive failed.' },
  options: EnvelopeOptions = {},
): RequestEnvelope {
  return base(
    {
      type: 'System.ExceptionEncountered',
      requestId: nextId('request'),
      timestamp: now(),
      locale: options.locale ?? 'en-US',
      error,
      cause: { requestId: 'amzn1.echo-api.request.CAUSE' },
    },
    options,
  );
}

export function sessionEndedRequest(
  reason: 'USER_INITIATED' | 'ERROR' | 'EXCEEDED_MAX_REPROMPTS' = 'USER_INITIATED',
  options: EnvelopeOptions = {},
): RequestEnvelope {
  return base(
    {
      type: 'SessionEndedRequest',
      requestId: nextId('request'),
      timestamp: now(),
      locale: options.locale ?? 'en-US',
      reason,
      ...(reason === 'ERROR' ? { error: { type: 'INVALID_RESPONSE', message: 'bad response' } } : {}),
    },
    options,
  );
}

/** The spoken text of a response, tags removed, for readable assertions. */
export function speechOf(envelope: ResponseEnvelope): string {
  const speech = envelope.response.outputSpeech;
  if (speech === undefined) return '';
  return ssmlToText(speech.type === 'SSML' ? speech.ssml : speech.text);
}

export function repromptOf(envelope: ResponseEnvelope): string {
  const speech = envelope.response.reprompt?.outputSpeech;
  if (speech === undefined) return '';
  return ssmlToText(speech.type === 'SSML' ? speech.ssml : speech.text);
}

/** Carries the session attributes of a response into the next request, as Alexa does. */
export function continueSession(previous: ResponseEnvelope, next: RequestEnvelope): RequestEnvelope {
  if (next.session !== undefined) next.session.attributes = { ...(previous.sessionAttributes ?? {}) };
  return next;
}
