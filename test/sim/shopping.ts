/**
 * Alexa's side of a Shopping Action: what Alexa Shopping does with a
 * `Connections.StartConnection` and what it sends back (Alexa Shopping Actions API reference).
 * `RESUME_SESSION` (the default) always resumes the skill with a `SessionResumedRequest`;
 * `SEND_ERRORS_ONLY` (RecommendShoppingProducts) resumes nothing on success, and reports a
 * failure as `System.ExceptionEncountered`.
 */
import type { Directive } from 'ask-sdk-model';
import { ASSOCIATES_CODE_PATTERN, ShoppingTasks } from '../../lambda/constants';
import { SUCCESS, resultMessage } from './shoppingResults';
import { field } from '../../lambda/util/guards';

export interface ShoppingConnection {
  uri: string;
  task: keyof typeof ShoppingTasks | undefined;
  asins: string[];
  token: string | undefined;
  sendErrorsOnly: boolean;
}

/** A Shopping Action's `Connections.StartConnection`, or undefined for any other directive. */
export function readShoppingConnection(directive: Directive): ShoppingConnection | undefined {
  if (directive.type !== 'Connections.StartConnection') return undefined;
  const uri = String(field(directive, 'uri') ?? '');
  if (!uri.startsWith('connection://AMAZON.') || !/Shopping|AddToList/.test(uri)) return undefined;
  const task = (Object.keys(ShoppingTasks) as (keyof typeof ShoppingTasks)[]).find((name) => ShoppingTasks[name].uri === uri);
  const products = field(field(directive, 'input'), 'products');
  const asins = Array.isArray(products) ? products.map((p) => field(p, 'asin')).filter((a): a is string => typeof a === 'string') : [];
  const token = field(directive, 'token');
  return {
    uri,
    task,
    asins,
    token: typeof token === 'string' ? token : undefined,
    sendErrorsOnly: field(directive, 'onCompletion') === 'SEND_ERRORS_ONLY',
  };
}

const DONE: Record<keyof typeof ShoppingTasks, (what: string) => string> = {
  AddToCart: (what) => `added ${what} to your cart.`,
  Buy: (what) => `placed your order for ${what} (simulated: nothing is bought).`,
  AddToList: (what) => `added ${what} to your Wish List.`,
  Recommend: (what) => `here are my recommendations: ${what}. (Alexa's own recommendation experience; on success the skill is not resumed.)`,
};

/** What Alexa says in its own voice for a task and its outcome. */
export function alexaLine(connection: ShoppingConnection, code: string, titleOf: (asin: string) => string | undefined): string {
  const names = connection.asins.map((asin) => {
    const title = titleOf(asin);
    return title === undefined ? asin : `${title} (${asin})`;
  });
  const what = names.length === 0 ? 'nothing' : names.join(', ');
  if (connection.task === undefined) return `I can't do ${connection.uri} (unknown Shopping Action).`;
  if (code === SUCCESS) return DONE[connection.task](what);
  // The reference: an invalid Associates parameter does not stop the action, only the commission.
  if (ASSOCIATES_CODE_PATTERN.test(code)) return `${DONE[connection.task](what)} (${code}: no Associates commission.)`;
  return `couldn't finish ${connection.task} for ${what}: ${code} (${resultMessage(code)})`;
}
