/**
 * What "add another one" and "try again" repeat: the last one-product Shopping Action and
 * whether its result said to try later, kept in the session and read back defensively.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { SessionKeys } from '../../lambda/constants';
import { lastAction, noteActionResult } from '../../lambda/shopping/lastAction';

function inputWith(attributes: Record<string, unknown> = {}): HandlerInput {
  const session = { new: false, sessionId: 's', application: { applicationId: 'a' }, user: { userId: 'u' }, attributes };
  return {
    requestEnvelope: { session },
    attributesManager: { getSessionAttributes: () => attributes },
  } as unknown as HandlerInput;
}

const ASIN = 'B000000001';

describe('the last Shopping Action', () => {
  it('is kept after a success, to be repeated on the same product', () => {
    const input = inputWith();
    noteActionResult(input, 'AddToCart', [ASIN], 'success');
    expect(lastAction(input)).toEqual({ task: 'AddToCart', asin: ASIN, retryable: false });
  });

  it.each(['retry-later', 'internal-error'] as const)('is retryable after %s', (outcome) => {
    const input = inputWith();
    noteActionResult(input, 'Buy', [ASIN], outcome);
    expect(lastAction(input)).toEqual({ task: 'Buy', asin: ASIN, retryable: true });
  });

  it.each(['not-eligible', 'no-offers', 'not-in-marketplace', 'failed'] as const)('is forgotten after %s: trying again would fail the same way', (outcome) => {
    const input = inputWith();
    noteActionResult(input, 'AddToCart', [ASIN], 'success');
    noteActionResult(input, 'AddToCart', [ASIN], outcome);
    expect(lastAction(input)).toBeUndefined();
  });

  it('is not kept for recommendations (several products) or an unverified token (no task)', () => {
    const input = inputWith();
    noteActionResult(input, 'Recommend', [ASIN, 'B000000002'], 'success');
    expect(lastAction(input)).toBeUndefined();
    noteActionResult(input, undefined, [], 'success');
    expect(lastAction(input)).toBeUndefined();
  });

  it.each([
    ['an unknown task', { task: 'Steal', asin: ASIN, retryable: false }],
    ['a malformed ASIN', { task: 'Buy', asin: 'x', retryable: false }],
    ['no retryable flag', { task: 'Buy', asin: ASIN }],
    ['not a record', 'Buy'],
  ])('read back from the device, %s is no last action', (_what, raw) => {
    expect(lastAction(inputWith({ [SessionKeys.LastAction]: raw }))).toBeUndefined();
  });
});
