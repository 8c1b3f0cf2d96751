/**
 * Progressive responses ("Looking for batteries…") while the upstream is slow. Sent through
 * the directive service (`POST {apiEndpoint}/v1/directives`) only when the catalog has not
 * answered within PROGRESSIVE_AFTER_MS, under a short cap of the turn's deadline (its request
 * is aborted when that passes), and never allowed to delay or fail the turn: failures are
 * logged and forgotten.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';
import { serviceClientsFor } from '../util/abortableApiClient';
import { settlesWithin } from '../util/deadline';
import { turnDeadline } from '../turn/context';
import { describeError, log } from '../util/log';

/** A fast answer needs no "please wait"; a slow one gets it after this long. */
export const PROGRESSIVE_AFTER_MS = 300;
/** The directive service call may take at most this long before it is abandoned. */
export const PROGRESSIVE_TIMEOUT_MS = 1000;

export interface ProgressiveOptions {
  afterMs?: number;
  timeoutMs?: number;
}

function sendProgressive(input: HandlerInput, ssml: string, timeoutMs: number): void {
  const deadline = turnDeadline(input).capped(timeoutMs);
  const factory = serviceClientsFor(input, deadline.signal);
  const requestId = input.requestEnvelope.request.requestId;
  if (factory === undefined) {
    deadline.dispose();
    return;
  }
  const directive: services.directive.SendDirectiveRequest = {
    header: { requestId },
    directive: { type: 'VoicePlayer.Speak', speech: `<speak>${ssml}</speak>` },
  };
  let sending: Promise<void>;
  try {
    sending = factory.getDirectiveServiceClient().enqueue(directive);
  } catch (err) {
    deadline.dispose();
    log.warn('progressive_response_failed', describeError(err));
    return;
  }
  // The request itself is aborted at the cap, so this settles by then; nothing awaits it.
  sending
    .then(() => log.debug('progressive_response_sent'))
    .catch((err: unknown) => log.warn('progressive_response_failed', describeError(err)))
    .finally(() => deadline.dispose());
}

/**
 * Waits for `work`; if it takes longer than `afterMs`, sends `ssml` as a progressive
 * response meanwhile. Resolves or rejects exactly like `work`.
 */
export async function withProgressiveResponse<T>(input: HandlerInput, work: Promise<T>, ssml: string, options: ProgressiveOptions = {}): Promise<T> {
  const afterMs = options.afterMs ?? PROGRESSIVE_AFTER_MS;
  if (!(await settlesWithin(work, afterMs))) sendProgressive(input, ssml, options.timeoutMs ?? PROGRESSIVE_TIMEOUT_MS);
  return work;
}
