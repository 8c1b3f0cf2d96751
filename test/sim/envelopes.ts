/**
 * Request envelopes as Alexa sends them (ask-sdk-model types), for one simulated customer:
 * a stable user, device, skill id, `apiEndpoint` and `apiAccessToken`; a session id that is
 * new for each session; `session.new` true on the first request of a session only.
 */
import { randomUUID } from 'node:crypto';
import type {
  Intent,
  interfaces,
  RequestEnvelope,
  SessionEndedReason,
  SessionResumedRequest,
  Status,
} from 'ask-sdk-model';

export const SIM_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-00000000517e';
export const SIM_USER_ID = 'amzn1.ask.account.SIMULATEDUSER00000000000000000000000000000000000000';
export const SIM_DEVICE_ID = 'amzn1.ask.device.SIMULATEDDEVICE000000000000000000000000000000000000';
/** Shaped like an API access token (a JWT); the local emulators accept any bearer token. */
export const SIM_ACCESS_TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.eyJhdWQiOiJzaW11bGF0b3IifQ.c2ltdWxhdG9y';
/** Port 9 on loopback refuses at once: nothing leaves the machine when no emulator runs. */
export const CLOSED_API_ENDPOINT = 'http://127.0.0.1:9';

export interface Identity {
  skillId: string;
  userId: string;
  deviceId: string;
  apiEndpoint: string;
  apiAccessToken: string;
  locale: string;
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

  get currentSessionId(): string {
    return this.sessionId;
  }

  launch(): RequestEnvelope {
    return this.envelope({ type: 'LaunchRequest', ...this.stamp() }, {});
  }

  intent(intent: Intent, attributes: Attributes, dialogState: 'STARTED' | 'IN_PROGRESS' | 'COMPLETED' = 'COMPLETED'): RequestEnvelope {
    return this.envelope({ type: 'IntentRequest', ...this.stamp(), dialogState, intent }, attributes);
  }

  sessionEnded(reason: SessionEndedReason, attributes: Attributes): RequestEnvelope {
    return this.envelope({ type: 'SessionEndedRequest', ...this.stamp(), reason }, attributes);
  }

  sessionResumed(token: string | undefined, status: Status, result: { code: string; message: string } | undefined, attributes: Attributes): RequestEnvelope {
    const request: SessionResumedRequest = {
      type: 'SessionResumedRequest',
      ...this.stamp(),
      cause: { type: 'ConnectionCompleted', token, status, ...(result === undefined ? {} : { result }) },
    };
    return this.envelope(request, attributes);
  }

  connectionsResponse(
    name: string,
    status: Status,
    payload: Record<string, unknown>,
    token: string | undefined,
    attributes: Attributes,
  ): RequestEnvelope {
    const request: interfaces.connections.ConnectionsResponse = {
      type: 'Connections.Response',
      ...this.stamp(),
      name,
      status,
      payload,
      ...(token === undefined ? {} : { token }),
    };
    return this.envelope(request, attributes);
  }

  exceptionEncountered(error: interfaces.system.Error, causeRequestId: string, attributes: Attributes): RequestEnvelope {
    const request: interfaces.system.ExceptionEncounteredRequest = {
      type: 'System.ExceptionEncountered',
      ...this.stamp(),
      error,
      cause: { requestId: causeRequestId },
    };
    return this.envelope(request, attributes);
  }

  private stamp(): { requestId: string; timestamp: string; locale: string } {
    return { requestId: `amzn1.echo-api.request.${randomUUID()}`, timestamp: new Date().toISOString(), locale: this.identity.locale };
  }

  private envelope(request: RequestEnvelope['request'], attributes: Attributes): RequestEnvelope {
    const { skillId, userId, deviceId, apiEndpoint, apiAccessToken } = this.identity;
    const isNew = this.isNew;
    this.isNew = false;
    return {
      version: '1.0',
      session: {
        new: isNew,
        sessionId: this.sessionId,
        application: { applicationId: skillId },
        attributes: isNew ? {} : { ...attributes },
        user: { userId },
      },
      context: {
        System: {
          application: { applicationId: skillId },
          user: { userId },
          device: { deviceId, supportedInterfaces: {} },
          apiEndpoint,
          apiAccessToken,
        },
      },
      request,
    };
  }
}
