/**
 * A turn as a person wants to read it: the speech as plain text, the reprompt, cards, and
 * directives in one line each; or, with `json`, the raw envelopes.
 */
import type { ResponseEnvelope, ui } from 'ask-sdk-model';
import type { SimEvent } from './engine';
import { renderSsml } from './ssml';
import { describeDirective } from './summary';

export function speechText(speech: ui.OutputSpeech | undefined): string {
  if (speech === undefined) return '';
  return speech.type === 'SSML' ? renderSsml(speech.ssml) : speech.text.trim();
}

function cardLines(card: ui.Card | undefined): string[] {
  if (card === undefined) return [];
  switch (card.type) {
    case 'Simple':
      return [`  card: ${card.title ?? ''} | ${card.content ?? ''}`];
    case 'Standard':
      return [`  card: ${card.title ?? ''} | ${card.text ?? ''}${card.image === undefined ? '' : ' [image]'}`];
    case 'AskForPermissionsConsent':
      return [`  card: permissions ${card.permissions.join(', ')}`];
    default:
      return [`  card: ${card.type}`];
  }
}

export function responseLines(envelope: ResponseEnvelope): string[] {
  const response = envelope.response;
  const lines: string[] = [];
  const speech = speechText(response.outputSpeech);
  if (speech !== '') lines.push(`Skill: ${speech}`);
  const reprompt = speechText(response.reprompt?.outputSpeech);
  if (reprompt !== '') lines.push(`  reprompt: ${reprompt}`);
  lines.push(...cardLines(response.card));
  for (const directive of response.directives ?? []) lines.push(`  directive: ${describeDirective(directive)}`);
  if (lines.length === 0) lines.push('Skill: (no speech)');
  return lines;
}

export interface RenderOptions {
  json: boolean;
}

export function eventLines(event: SimEvent, options: RenderOptions): string[] {
  switch (event.kind) {
    case 'request':
      return options.json ? [`→ request\n${JSON.stringify(event.envelope, null, 2)}`] : [`  → ${event.summary}`];
    case 'response':
      return options.json ? [`← response\n${JSON.stringify(event.envelope, null, 2)}`, ...responseLines(event.envelope)] : responseLines(event.envelope);
    case 'alexa':
      return [`Alexa: ${event.text}`];
    case 'progressive':
      return [`Skill (progressive): ${event.text}`];
    case 'note':
      return [`  (${event.text})`];
    case 'screen':
      return ['  ┌─ screen', ...event.screen.lines.map((line) => `  │ ${line}`), '  └─'];
    case 'session':
      return [event.state === 'opened' ? '  ── session opened' : `  ── session ended (by ${event.by})`];
  }
}

/** Everything the customer heard in a turn, in order: Alexa's lines and the skill's speech. */
export function heardText(events: readonly SimEvent[]): string {
  const parts: string[] = [];
  for (const event of events) {
    if (event.kind === 'alexa' || event.kind === 'progressive') parts.push(event.text);
    if (event.kind === 'response') parts.push(speechText(event.envelope.response.outputSpeech));
  }
  return parts.filter((p) => p !== '').join(' ');
}

/** What the screens drawn in a turn show, line by line ('' when the turn drew none). */
export function shownText(events: readonly SimEvent[]): string {
  return events.flatMap((event) => (event.kind === 'screen' ? event.screen.lines : [])).join('\n');
}

/** The reprompt of the last response of a turn. */
export function lastReprompt(events: readonly SimEvent[]): string {
  const responses = events.filter((e): e is Extract<SimEvent, { kind: 'response' }> => e.kind === 'response');
  const last = responses[responses.length - 1];
  return last === undefined ? '' : speechText(last.envelope.response.reprompt?.outputSpeech);
}
