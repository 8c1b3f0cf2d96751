/**
 * What Alexa does with a line before the skill's NLU sees it: "open voice shopper" launches
 * the skill, "ask voice shopper to find tea" starts a session with an intent, "exit" ends
 * the open session. Everything else is an utterance for the open session.
 */
import { EXIT_PHRASES, LAUNCH_VERBS, ONE_SHOT_CONNECTORS, ONE_SHOT_VERBS, POLITE_PREFIXES } from './builtins';
import { normalize, stripPrefix } from './text';

export type Invocation =
  | { kind: 'launch' }
  | { kind: 'one-shot'; utterances: string[] }
  | { kind: 'exit' }
  | { kind: 'utterance'; text: string };

export function parseInvocation(line: string, invocationName: string): Invocation {
  const text = stripPrefix(normalize(line), ['alexa']);
  const name = normalize(invocationName);
  if (EXIT_PHRASES.map((p) => normalize(p)).includes(text)) return { kind: 'exit' };

  for (const verb of LAUNCH_VERBS) {
    if (text === `${normalize(verb)} ${name}`) return { kind: 'launch' };
  }
  for (const verb of ONE_SHOT_VERBS) {
    const head = `${normalize(verb)} ${name} `;
    if (!text.startsWith(head)) continue;
    const rest = text.slice(head.length);
    // "ask voice shopper for coffee": try the words after the connector first, then all of them.
    const withoutConnector = stripPrefix(rest, ONE_SHOT_CONNECTORS);
    const utterances = withoutConnector === rest ? [rest] : [withoutConnector, rest];
    return { kind: 'one-shot', utterances: utterances.map((u) => stripPrefix(u, POLITE_PREFIXES)) };
  }
  return { kind: 'utterance', text: line.trim() };
}
