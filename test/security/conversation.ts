/**
 * A full shopping conversation, driven turn by turn with the session carried forward as
 * Alexa does: launch → search → details → add to cart → the cart result → a result with a
 * forged token → premium products → help → stop → the session's end. Security tests run it
 * and inspect everything the skill said and logged along the way.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { IntentNames } from '../../lambda/constants';
import { continueSession, exceptionEncountered, intentRequest, launchRequest, sessionEndedRequest, sessionResumedRequest } from '../support/envelopes';

export type Invoke = (event: RequestEnvelope) => Promise<ResponseEnvelope>;

export interface Turn {
  name: string;
  request: RequestEnvelope;
  response: ResponseEnvelope;
}

/** What identifies the customer in every request of the conversation. */
export interface Identity {
  apiAccessToken: string;
  /** Account-linking token, on session.user and context.System.user. */
  linkedAccessToken: string;
  personId: string;
}

function withIdentity(request: RequestEnvelope, identity: Identity): RequestEnvelope {
  const system = request.context.System;
  system.apiAccessToken = identity.apiAccessToken;
  system.user.accessToken = identity.linkedAccessToken;
  system.person = { personId: identity.personId, accessToken: identity.linkedAccessToken };
  if (request.session !== undefined) request.session.user.accessToken = identity.linkedAccessToken;
  return request;
}

function directiveToken(response: ResponseEnvelope): string | undefined {
  const [directive] = response.response.directives ?? [];
  const token = (directive as { token?: unknown } | undefined)?.token;
  return typeof token === 'string' ? token : undefined;
}

export async function runConversation(invoke: Invoke, identity: Identity, query = 'batteries'): Promise<Turn[]> {
  const turns: Turn[] = [];
  let last: ResponseEnvelope | undefined;
  const turn = async (name: string, request: RequestEnvelope): Promise<ResponseEnvelope> => {
    const next = withIdentity(last === undefined ? request : continueSession(last, request), identity);
    const response = await invoke(next);
    turns.push({ name, request: next, response });
    last = response;
    return response;
  };

  await turn('launch', launchRequest());
  await turn('search', intentRequest(IntentNames.SearchProducts, { query }));
  await turn('details', intentRequest(IntentNames.ProductDetails, { ordinal: '1' }));
  const cart = await turn('add to cart', intentRequest(IntentNames.AddToCart, {}));
  const token = directiveToken(cart) ?? 'no-token-issued';
  await turn('cart result', sessionResumedRequest({ token, status: { code: '200', message: 'OK' } }));
  await turn('forged result', sessionResumedRequest({ token: `${token.slice(0, -2)}xx`, status: { code: '200', message: 'OK' } }));
  await turn('what can I buy', intentRequest(IntentNames.WhatCanIBuy));
  await turn('help', intentRequest(IntentNames.Help));
  await turn('stop', intentRequest(IntentNames.Stop));
  await turn('session ended with an error', sessionEndedRequest('ERROR'));
  await turn('exception', exceptionEncountered({ type: 'INVALID_RESPONSE', message: `Bad directive for token ${identity.apiAccessToken}` }));
  return turns;
}
