/**
 * The `:` commands shared by the console and transcript files: they set what Alexa's side
 * does next, they are never sent to the skill.
 */
import type { PurchaseAnswer } from './purchases';
import { knownResultCodes, parseResultCode } from './shoppingResults';

export type Command =
  | { kind: 'next-result'; code: string }
  | { kind: 'purchase'; answer: PurchaseAnswer | 'ask' }
  | { kind: 'json'; on: boolean }
  | { kind: 'timeout' }
  | { kind: 'touch'; which: string }
  | { kind: 'help' }
  | { kind: 'quit' };

export type ParsedCommand = { ok: true; command: Command } | { ok: false; error: string };

export const COMMAND_HELP = [
  ':next-result <code>      result of the next Shopping Action: success, or one of',
  `                         ${knownResultCodes()
    .map((c) => c.replace(/^AlexaShopping\./, ''))
    .join(', ')}`,
  ':purchase accept|decline|error|ask   the answer to the next purchase flow (ask: prompt)',
  ':json on|off             show raw request and response envelopes',
  ':timeout                 the customer stays silent: SessionEndedRequest EXCEEDED_MAX_REPROMPTS',
  ':touch 2 | AddToCart     (with --device show) touch the screen: a touchable by number, or by the event it sends;',
  '                         ":touch ShowDetails B000000000" sends those arguments as they are (a forged touch)',
  'exit                     end the session: SessionEndedRequest USER_INITIATED',
  ':help                    this list',
  ':quit                    leave the console',
].join('\n');

export function isCommand(line: string): boolean {
  return line.trim().startsWith(':');
}

export function parseCommand(line: string): ParsedCommand {
  const [name = '', ...args] = line.trim().slice(1).split(/\s+/);
  const arg = args.join(' ');
  switch (name.toLowerCase()) {
    case 'next-result': {
      const code = parseResultCode(arg);
      return code === undefined ? { ok: false, error: `unknown result "${arg}"; try :help` } : { ok: true, command: { kind: 'next-result', code } };
    }
    case 'purchase': {
      const answer = arg.toLowerCase();
      if (answer === 'accept' || answer === 'decline' || answer === 'error' || answer === 'ask') return { ok: true, command: { kind: 'purchase', answer } };
      return { ok: false, error: ':purchase takes accept, decline, error or ask' };
    }
    case 'json':
      return { ok: true, command: { kind: 'json', on: arg.toLowerCase() !== 'off' } };
    case 'timeout':
      return { ok: true, command: { kind: 'timeout' } };
    case 'touch':
      return arg === '' ? { ok: false, error: ':touch takes a number or an event name, like :touch 2 or :touch AddToCart' } : { ok: true, command: { kind: 'touch', which: arg } };
    case 'help':
      return { ok: true, command: { kind: 'help' } };
    case 'quit':
    case 'q':
      return { ok: true, command: { kind: 'quit' } };
    default:
      return { ok: false, error: `unknown command :${name}; try :help` };
  }
}
