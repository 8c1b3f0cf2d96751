/**
 * What Alexa does with a line before the skill's NLU sees it: "open voice shopper" launches
 * the skill, "ask voice shopper to find tea" starts a session with an intent, "exit" ends
 * the open session. Everything else is an utterance for the open session.
 *
 * A verb is said before the skill's name ("open", "öffne"), or around it where the language
 * puts the name first: a verb with `{name}` in it is that phrase ("{name}を開いて").
 */
import { simLanguage } from './language';
import { normalize, stripPrefix } from './text';

export type Invocation = { kind: 'launch' } | { kind: 'one-shot'; utterances: string[] } | { kind: 'exit' } | { kind: 'utterance'; text: string };

export function parseInvocation(line: string, invocationName: string, locale = 'en-US'): Invocation {
  const { exitPhrases, launchVerbs, oneShotVerbs, oneShotConnectors, politePrefixes, elisions, writing } = simLanguage(locale);
  const said = (words: string) => normalize(words, true, elisions, writing);
  const text = stripPrefix(said(line), ['alexa', 'アレクサ']);
  const name = said(invocationName);
  if (exitPhrases.map(said).includes(text)) return { kind: 'exit' };

  const withName = (verb: string) => (verb.includes('{name}') ? said(verb.replace('{name}', invocationName)) : `${said(verb)} ${name}`);
  for (const verb of launchVerbs) {
    if (text === withName(verb)) return { kind: 'launch' };
  }
  for (const verb of oneShotVerbs) {
    const head = `${withName(verb)} `;
    if (!text.startsWith(head)) continue;
    const rest = text.slice(head.length);
    // "ask voice shopper for coffee": try the words after the connector first, then all of them.
    // An elided connector stays on its word ("d'ajouter"): it is taken off with its apostrophe.
    const elided = elisions.map((e) => `${e}'`).find((e) => oneShotConnectors.includes(e) && rest.startsWith(e));
    const withoutConnector = elided === undefined ? stripPrefix(rest, oneShotConnectors, elisions) : rest.slice(elided.length);
    const utterances = withoutConnector === rest ? [rest] : [withoutConnector, rest];
    return { kind: 'one-shot', utterances: utterances.map((u) => stripPrefix(u, politePrefixes, elisions)) };
  }
  return { kind: 'utterance', text: line.trim() };
}
