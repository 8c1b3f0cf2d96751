/**
 * Turns a `SessionResumedRequest` cause into an outcome, and an outcome into speech. Pure:
 * the handler reads the request and the token, these decide what the customer hears.
 *
 * Rules from the Alexa Shopping Actions API reference: `cause.status.code` is an HTTP status as a
 * string, and a 200 may still carry a failing `cause.result`: always read `result`; no
 * `result` means success. An invalid Associates parameter does not stop the action but
 * overrides other codes, so it is reported to the operator, not blamed on the customer.
 */
import { ASSOCIATES_CODE_PATTERN, ShoppingResultCodes, type ShoppingTaskName } from '../constants';
import { type MessageKey, type Translator, ssml } from '../i18n';
import { isRecord } from '../util/guards';

export type ShoppingOutcome = 'success' | 'associates-invalid' | 'not-eligible' | 'no-offers' | 'not-in-marketplace' | 'retry-later' | 'internal-error' | 'failed';

const OUTCOME_BY_CODE: Record<string, ShoppingOutcome> = {
  [ShoppingResultCodes.ItemNotEligible]: 'not-eligible',
  [ShoppingResultCodes.NoOffersFound]: 'no-offers',
  [ShoppingResultCodes.InvalidTaskForMarketplace]: 'not-in-marketplace',
  [ShoppingResultCodes.RetryLaterError]: 'retry-later',
  [ShoppingResultCodes.InternalError]: 'internal-error',
  [ShoppingResultCodes.InvalidAssociatesParameter]: 'associates-invalid',
};

export interface ResultCause {
  statusCode: string | undefined;
  resultCode: string | undefined;
}

/** Reads the parts of `cause` that matter without trusting their types. */
export function readCause(cause: unknown): ResultCause {
  if (!isRecord(cause)) return { statusCode: undefined, resultCode: undefined };
  const { status, result } = cause as { status?: unknown; result?: unknown };
  const statusCode = isRecord(status) && 'code' in status ? String(status['code']) : undefined;
  let resultCode: string | undefined;
  if (result !== undefined && result !== null) {
    const code = typeof result === 'object' && 'code' in result ? (result as { code: unknown }).code : undefined;
    // A result without a readable code is still a result: it is not a success.
    resultCode = typeof code === 'string' && code !== '' ? code : 'Unknown';
  }
  return { statusCode, resultCode };
}

export function classifyOutcome({ statusCode, resultCode }: ResultCause): ShoppingOutcome {
  const status = statusCode === undefined ? Number.NaN : Number(statusCode);
  const is2xx = Number.isInteger(status) && status >= 200 && status < 300;
  if (resultCode !== undefined) {
    const known = Object.hasOwn(OUTCOME_BY_CODE, resultCode) ? OUTCOME_BY_CODE[resultCode] : undefined;
    if (known !== undefined) return known;
    if (ASSOCIATES_CODE_PATTERN.test(resultCode)) return 'associates-invalid';
    return 'failed';
  }
  return is2xx ? 'success' : 'failed';
}

const DONE_KEY: Record<ShoppingTaskName, MessageKey> = {
  AddToCart: 'DONE_CART',
  Buy: 'DONE_BUY',
  AddToList: 'DONE_WISHLIST',
  Recommend: 'DONE_RECOMMEND',
};
const ACTION_KEY: Record<ShoppingTaskName, MessageKey> = {
  AddToCart: 'ACTION_CART',
  Buy: 'ACTION_BUY',
  AddToList: 'ACTION_WISHLIST',
  Recommend: 'ACTION_RECOMMEND',
};

export interface ResultSpeech {
  speech: string;
  reprompt: string;
}

/**
 * What the customer hears for an outcome. `task` and `title` are undefined when the token
 * did not verify: the answer then names no product and no task.
 */
export function resultSpeech(t: Translator, outcome: ShoppingOutcome, task: ShoppingTaskName | undefined, title: string | undefined): ResultSpeech {
  const whatNext = t('WHAT_NEXT');
  const somethingElse = t('ASK_SOMETHING_ELSE_REPROMPT');
  const params = {
    title: title ?? t('THAT_ITEM'),
    action: ssml(t(task === undefined ? 'ACTION_UNKNOWN' : ACTION_KEY[task])),
  };
  const withNext = (key: MessageKey): ResultSpeech => ({ speech: `${t(key, params)} ${whatNext}`, reprompt: whatNext });
  const withElse = (key: MessageKey): ResultSpeech => ({ speech: t(key, params), reprompt: somethingElse });

  switch (outcome) {
    case 'success':
    case 'associates-invalid':
      if (task === undefined) return withNext('UNMATCHED_RESULT');
      return withNext(DONE_KEY[task]);
    case 'not-eligible':
      return withElse('NOT_ELIGIBLE');
    case 'no-offers':
      return withElse('NO_OFFERS');
    case 'not-in-marketplace':
      return withNext('NOT_IN_MARKETPLACE');
    case 'retry-later':
      return withNext('RETRY_LATER');
    case 'internal-error':
      return withNext('INTERNAL_ERROR');
    case 'failed':
      return withNext('GENERIC_FAILURE');
  }
}
