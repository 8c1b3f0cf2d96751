/**
 * The result of a Shopping Action. The signed token says which task and product it was for;
 * `cause.status` and `cause.result` say how it went (see results.ts for the rules). A token
 * that does not verify still gets an honest answer, just one that names nothing.
 */
import { getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response, SessionResumedRequest } from 'ask-sdk-model';
import { RequestTypes } from '../constants';
import type { ShoppingDependencies } from './deps';
import { getShoppingState } from '../session';
import { marketplaceFor } from '../catalog/regions';
import { log } from '../util/log';
import { restoreShoppingContext } from '../conversation/shoppingContext';
import { markStage } from '../conversation/stage';
import { ask, tr } from '../turn/respond';
import { CONNECTION_TOKEN_MAX_AGE_SECONDS, readConnectionToken } from './connectionToken';
import { useToken } from '../persistence/usedTokens';
import { classifyOutcome, readCause, resultSpeech } from './results';
import { noteActionResult } from './lastAction';
import { turnCustomer, turnDeadline } from '../turn/context';
import { isRecord } from '../util/guards';
import { MetricNames } from '../config/metrics';

export class SessionResumedRequestHandler implements RequestHandler {
  constructor(private readonly deps: Pick<ShoppingDependencies, 'now' | 'tokenKey' | 'persistence'>) {}

  canHandle(input: HandlerInput): boolean {
    return getRequestType(input.requestEnvelope) === RequestTypes.SessionResumed;
  }

  async handle(input: HandlerInput): Promise<Response> {
    const request = input.requestEnvelope.request as SessionResumedRequest;
    const cause: unknown = request.cause;
    const token = isRecord(cause) ? cause['token'] : undefined;
    const now = this.deps.now();
    const read = readConnectionToken(token, await this.deps.tokenKey(turnDeadline(input).signal), now, turnCustomer(input).userId);
    // Single-use: a token already acted on is refused like one that does not verify.
    const replayed =
      read.ok && typeof token === 'string' && (await useToken(input, this.deps.persistence, token, now + CONNECTION_TOKEN_MAX_AGE_SECONDS * 1000, now)) === 'replayed';
    const verified = replayed ? ({ ok: false, reason: 'replayed' } as const) : read;
    const parts = readCause(cause);
    const outcome = classifyOutcome(parts);

    if (!verified.ok) log.warn('connection_token_rejected', { reason: verified.reason });
    if (outcome === 'associates-invalid') {
      // Not the customer's problem: the action went ahead, the attribution did not.
      log.error('associates_attribution_invalid', { resultCode: parts.resultCode, statusCode: parts.statusCode });
      log.metric(MetricNames.AssociatesAttributionInvalid, 1);
    }

    // Alexa normally resumes the same session with its attributes; if they did not come back,
    // the context saved before the action does.
    if (verified.ok) await restoreShoppingContext(input, this.deps.persistence, verified.record.context, now);
    markStage(input, 'action');
    const task = verified.ok ? verified.record.task.name : undefined;
    let title: string | undefined;
    if (verified.ok && verified.record.asins.length === 1) {
      const [asin] = verified.record.asins;
      title = getShoppingState(input).products.find((p) => p.asin === asin)?.title;
    }
    // The marketplace is named so a refused task (InvalidTaskForMarketplace) says where it was refused.
    const { productRegion } = marketplaceFor(request.locale);
    const logged = { task, outcome, statusCode: parts.statusCode, resultCode: parts.resultCode, locale: request.locale, productRegion };
    (outcome === 'not-in-marketplace' ? log.warn : log.info)('shopping_task_result', logged);
    // "add another one" and "try again" repeat it on the same product.
    noteActionResult(input, task, verified.ok ? verified.record.asins : [], outcome);

    const { speech, reprompt } = resultSpeech(tr(input), outcome, task, title);
    return ask(input, speech, reprompt);
  }
}
