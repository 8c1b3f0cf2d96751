/**
 * The last one-product Shopping Action and how it went, kept in the session: "add another
 * one" repeats it on the same product, and "try again" repeats one whose result said it may
 * work later (RetryLaterError, InternalError: Alexa Shopping Actions API reference).
 */
import type { HandlerInput } from 'ask-sdk-core';
import { SessionKeys, type ShoppingTaskName } from '../constants';
import { sessionAttributes } from '../session';
import { isAsin } from '../util/asin';
import { isRecord } from '../util/guards';
import type { ShoppingOutcome } from './results';
import { TASKS } from './tasks';

export interface LastAction {
  task: ShoppingTaskName;
  asin: string;
  /** The result said to try again later. */
  retryable: boolean;
}

const RETRYABLE: readonly ShoppingOutcome[] = ['retry-later', 'internal-error'];
/** Outcomes after which the same action on the same product means something. */
const REPEATABLE: readonly ShoppingOutcome[] = ['success', 'associates-invalid', ...RETRYABLE];

/** Remembers a finished one-product action; any other result forgets the last one. */
export function noteActionResult(input: HandlerInput, task: ShoppingTaskName | undefined, asins: readonly string[], outcome: ShoppingOutcome): void {
  const [asin] = asins;
  const session = sessionAttributes(input);
  if (task === undefined || asin === undefined || asins.length !== 1 || TASKS[task].maxProducts !== 1 || !REPEATABLE.includes(outcome)) {
    delete session[SessionKeys.LastAction];
    return;
  }
  session[SessionKeys.LastAction] = { task, asin, retryable: RETRYABLE.includes(outcome) } satisfies LastAction;
}

/** The last action, read back defensively (session attributes come back from the device). */
export function lastAction(input: HandlerInput): LastAction | undefined {
  const raw = sessionAttributes(input)[SessionKeys.LastAction];
  if (!isRecord(raw)) return undefined;
  const { task, asin, retryable } = raw;
  const spec = Object.values(TASKS).find((t) => t.name === task);
  if (spec === undefined || !isAsin(asin) || typeof retryable !== 'boolean') return undefined;
  return { task: spec.name, asin, retryable };
}
