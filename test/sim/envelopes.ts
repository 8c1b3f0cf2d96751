/**
 * Request envelopes as Alexa sends them, for one simulated customer:
 * a stable user, device, skill id, `apiEndpoint` and `apiAccessToken`; a session id that is
 * new for each session; `session.new` true on the first request of a session only.
 */
import { randomUUID } from 'node:crypto';
import type { Intent, interfaces, RequestEnvelope, SessionEndedReason, Status } from 'ask-sdk-model';
import {
  aplUserEvent,
  CLOSED_API_ENDPOINT,
  connectionsResponseRequest,
  type DialogState,
  type EnvelopeOptions,
  exceptionEncountered,
  intentEnvelope,
  launchRequest,
  type ScreenDevice,
  sessionEndedRequest,
  sessionResumedRequest,
} from '../support/envelopes';

export const SIM_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-00000000517e';
export const SIM_USER_ID = 'amzn1.ask.account.SIMULATEDUSER00000000000000000000000000000000000000';
export const SIM_DEVICE_ID = 'amzn1.ask.device.SIMULATEDDEVICE000000000000000000000000000000000000';
/** Shaped like an API access token (a JWT); the local emulators accept any bearer token. */
export const SIM_ACCESS_TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.eyJhdWQiOiJzaW11bGF0b3IifQ.c2ltdWxhdG9y';

export interface Identity {
  skillId: string;
  userId: string;
  deviceId: string;
  apiEndpoint: string;
  apiAccessToken: string;
  locale: string;
  /** The device's screen; none: a voice-only device. */
  screen?: ScreenDevice;
}

export function defaultIdentity(overrides: Partial<Identity> = {}): Identity {
  return {
    skillId: SIM_SKILL_ID,
    userId: SIM_USER_ID,
    deviceId: SIM_DEVICE_ID,
    apiEndpoint: CLOSED_API_ENDPOINT,
    apiAccessToken: SIM_ACCESS_TOKEN,
    locale: 'en-US',
    ...overrides,
  };
}

export type Attributes = Record<string, unknown>;

/**
 * Keeps one simulated customer's session going: the session id, `session.new`, and the
 * attributes carried from the last answer. The envelopes themselves are built by
 * test/support/envelopes.ts, the builders every test uses.
 */
export class EnvelopeFactory {
  private sessionId = '';
  private isNew = true;

  constructor(readonly identity: Identity) {
    this.startSession();
  }

  /** The next request opens a new session. */
  startSession(): void {
    this.sessionId = `amzn1.echo-api.session.${randomUUID()}`;
    this.isNew = true;
  }

  /** The next request continues the session (a restored one): not new, attributes carried. */
  continueSession(): void {
    this.isNew = false;
  }

  get currentSessionId(): string {
    return this.sessionId;
  }

  launch(): RequestEnvelope {
    return launchRequest(this.next({}));
  }

  intent(intent: Intent, attributes: Attributes, dialogState: DialogState = 'COMPLETED'): RequestEnvelope {
    return intentEnvelope(intent, { ...this.next(attributes), dialogState });
  }

  sessionEnded(reason: SessionEndedReason, attributes: Attributes): RequestEnvelope {
    return sessionEndedRequest(reason, this.next(attributes));
  }

  sessionResumed(token: string | undefined, status: Status, result: { code: string; message: string } | undefined, attributes: Attributes): RequestEnvelope {
    return sessionResumedRequest({ token, status, ...(result === undefined ? {} : { result }) }, this.next(attributes));
  }

  connectionsResponse(name: string, status: Status, payload: Record<string, unknown>, token: string | undefined, attributes: Attributes): RequestEnvelope {
    return connectionsResponseRequest(name, status, payload, { ...this.next(attributes), token });
  }

  /** A touch on the screen the skill drew last: its `SendEvent` arguments and the document's token. */
  userEvent(args: unknown[], token: string | undefined, attributes: Attributes): RequestEnvelope {
    return aplUserEvent(args, token, this.next(attributes));
  }

  exceptionEncountered(error: interfaces.system.Error, causeRequestId: string, attributes: Attributes): RequestEnvelope {
    return exceptionEncountered(error, { ...this.next(attributes), causeRequestId });
  }

  /** The options of the next request: this customer, this session; new only once. */
  private next(attributes: Attributes): EnvelopeOptions {
    const { skillId, userId, deviceId, apiEndpoint, apiAccessToken, locale, screen } = this.identity;
    const isNew = this.isNew;
    this.isNew = false;
    return {
      skillId,
      userId,
      deviceId,
      apiEndpoint,
      apiAccessToken,
      locale,
      sessionId: this.sessionId,
      newSession: isNew,
      attributes: isNew ? {} : { ...attributes },
      requestId: `amzn1.echo-api.request.${randomUUID()}`,
      ...(screen === undefined ? {} : { screen }),
    };
  }
}
