/**
 * The last guard between Lambda and the SDK. The ASK SDK dereferences `context.System`
 * before any handler or error handler runs, so a malformed envelope would reject the
 * invocation. Here it gets an honest, valid response instead, and a log line. A request
 * for another skill id is still rejected: that refusal is the point of SKILL_ID.
 */
import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { RequestTypes } from '../constants';
import { translator } from '../i18n';
import { fitResponse, MAX_RESPONSE_BYTES } from '../util/limits';
import { describeError, log, withLogScope } from '../util/log';
import { field, isRecord } from '../util/guards';

export class SkillIdMismatchError extends Error {
  constructor() {
    super('request is for another skill id');
    this.name = 'SkillIdMismatchError';
  }
}

/** Enough of an envelope for the SDK to dispatch it. */
export function envelopeProblem(event: unknown): string | undefined {
  const request = field(event, 'request');
  if (typeof field(request, 'type') !== 'string') return 'request.type missing';
  const system = field(field(event, 'context'), 'System');
  if (!isRecord(system)) return 'context.System missing';
  if (typeof field(field(system, 'application'), 'applicationId') !== 'string') return 'context.System.application.applicationId missing';
  const session = field(event, 'session');
  if (session !== undefined && !isRecord(session)) return 'session is not an object';
  const attributes = field(session, 'attributes');
  if (attributes !== undefined && attributes !== null && (typeof attributes !== 'object' || Array.isArray(attributes))) {
    return 'session.attributes is not an object';
  }
  return undefined;
}

/**
 * Session attributes come back from the device. The skill never sends more than a response
 * can hold (24 KB, util/limits.ts), so a larger object is not the skill's own: it is dropped
 * whole before any handler reads it (each key is then shape-checked where it is read).
 */
function withoutOversizedSessionAttributes(envelope: RequestEnvelope): RequestEnvelope {
  const session = envelope.session;
  if (session?.attributes === undefined || session.attributes === null) return envelope;
  let size: number;
  try {
    size = Buffer.byteLength(JSON.stringify(session.attributes), 'utf8');
  } catch {
    size = Number.POSITIVE_INFINITY;
  }
  if (size <= MAX_RESPONSE_BYTES) return envelope;
  log.warn('session_attributes_dropped', { bytes: Number.isFinite(size) ? size : -1 });
  return { ...envelope, session: { ...session, attributes: {} } };
}

function apology(event: unknown): ResponseEnvelope {
  const request = field(event, 'request');
  const type = field(request, 'type');
  if (type === RequestTypes.SessionEnded || type === RequestTypes.ExceptionEncountered) {
    return { version: '1.0', response: {} };
  }
  const locale = field(request, 'locale');
  const t = translator(typeof locale === 'string' ? locale : undefined);
  return {
    version: '1.0',
    response: {
      outputSpeech: { type: 'SSML', ssml: `<speak>${t('GENERIC_ERROR')}</speak>` },
      shouldEndSession: true,
    },
  };
}

/** One turn, in its own log scope: every line it logs carries its request id (lambda/util/log.ts). */
export function invokeSafely(skill: Skill, skillId: string | undefined, event: unknown, context?: unknown): Promise<ResponseEnvelope> {
  return withLogScope(() => invokeChecked(skill, skillId, event, context));
}

async function invokeChecked(skill: Skill, skillId: string | undefined, event: unknown, context?: unknown): Promise<ResponseEnvelope> {
  const problem = envelopeProblem(event);
  if (problem !== undefined) {
    log.warn('malformed_envelope', { problem });
    return apology(event);
  }
  const envelope = withoutOversizedSessionAttributes(event as RequestEnvelope);
  if (skillId !== undefined && envelope.context.System.application.applicationId !== skillId) {
    log.warn('skill_id_rejected', { requestType: envelope.request.type });
    throw new SkillIdMismatchError();
  }
  try {
    // The one point every answer passes: Alexa's speech, card and size limits (util/limits.ts).
    return fitResponse(await skill.invoke(envelope, context), envelope);
  } catch (err) {
    log.error('invoke_failed', describeError(err));
    return apology(event);
  }
}
