/**
 * Alexa's response limits, enforced at the one point every answer passes through
 * (core/invokeSafely.ts) after it is built and escaped. Alexa rejects the whole response when
 * one is exceeded, so an over-long answer is shortened here rather than lost:
 *  - output speech and reprompt: 8,000 characters of SSML each (Alexa Skills Kit, "Request
 *    and Response JSON Reference", Response object / OutputSpeech);
 *  - a card: title and content together 8,000 characters;
 *  - the whole response: 24 KB, session attributes and an APL screen's datasources included.
 * Speech is cut between words of text, never inside a tag or an entity; open tags are closed
 * and the closing question (what keeps the conversation going) is kept.
 */
import type { RequestEnvelope, ResponseEnvelope, ui } from 'ask-sdk-model';
import { AplInterface, SessionKeys } from '../constants';
import { MAX_SPEECH_CHARS } from './ssml';

export const MAX_CARD_CHARS = 8000;
export const MAX_RESPONSE_BYTES = 24 * 1024;
/** A card's or a screen's image URL: at most 2,000 characters, https only (Alexa Skills Kit, "Include a Card in Your Skill's Response"). */
export const MAX_IMAGE_URL_CHARS = 2000;
/** Text a screen shows per field: a catalog string is cut here as speech cuts it (browsing/speech.ts). */
export const MAX_SCREEN_TEXT_CHARS = 300;

/** An image URL a card or a screen may carry. */
export function isSafeImageUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_IMAGE_URL_CHARS || !value.startsWith('https://')) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}
/** The final sentence is kept when it is no longer than this (the question that closes an answer). */
const MAX_KEPT_TAIL = 400;
const ELLIPSIS = '…';
const APL_DIRECTIVE_PREFIX = `${AplInterface}.`;
const DYNAMIC_ENTITIES = 'Dialog.UpdateDynamicEntities';

type Token = { kind: 'tag'; text: string; name: string; closing: boolean; selfClosing: boolean } | { kind: 'text'; text: string };

function tokenize(ssml: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /<[^>]*>/g;
  let last = 0;
  for (let m = pattern.exec(ssml); m !== null; m = pattern.exec(ssml)) {
    if (m.index > last) tokens.push({ kind: 'text', text: ssml.slice(last, m.index) });
    const text = m[0];
    const name = /^<\/?\s*([\w:-]+)/.exec(text)?.[1] ?? '';
    tokens.push({ kind: 'tag', text, name, closing: text.startsWith('</'), selfClosing: text.endsWith('/>') });
    last = m.index + text.length;
  }
  if (last < ssml.length) tokens.push({ kind: 'text', text: ssml.slice(last) });
  return tokens;
}

/** Text cut to at most `max` characters at a word boundary, never inside an entity or a surrogate pair. */
function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const amp = text.lastIndexOf('&', end);
  if (amp >= 0 && text.indexOf(';', amp) >= end) end = amp;
  const space = text.lastIndexOf(' ', end);
  if (space > end - 40 && space > 0) end = space;
  let cut = text.slice(0, end);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd();
}

/** The last sentence of plain text, when short: "What would you like to do next?" */
function closingSentence(text: string): string {
  const match = /(?:^|[.!?]\s+)([^.!?]+[.!?]?)\s*$/.exec(text);
  const tail = match?.[1]?.trim() ?? '';
  return tail.length > 0 && tail.length <= MAX_KEPT_TAIL && /\?$/.test(tail) ? tail : '';
}

/**
 * `ssml` within `max` characters: unchanged when it fits; else the text is cut between
 * words (tags are kept whole or dropped whole, open tags closed) and the closing question,
 * if any, is kept at the end.
 */
export function fitSsml(ssml: string, max: number = MAX_SPEECH_CHARS): string {
  if (ssml.length <= max) return ssml;
  const tokens = tokenize(ssml);
  const lastText = [...tokens].reverse().find((t) => t.kind === 'text');
  const tail = lastText === undefined ? '' : closingSentence(lastText.text);
  const open: string[] = [];
  let out = '';
  const closers = () =>
    open
      .map((name) => `</${name}>`)
      .reverse()
      .join('');
  const reserve = () => closers().length + (tail === '' ? 0 : tail.length + 1) + ELLIPSIS.length + 1;
  for (const token of tokens) {
    if (token.kind === 'tag') {
      if (token.closing) {
        if (open[open.length - 1] !== token.name) continue;
        if (token.name === 'speak') break;
        out += token.text;
        open.pop();
        continue;
      }
      if (out.length + token.text.length + `</${token.name}>`.length + reserve() > max) break;
      out += token.text;
      if (!token.selfClosing) open.push(token.name);
      continue;
    }
    const room = max - out.length - reserve();
    if (token.text.length <= room) {
      out += token.text;
      continue;
    }
    out += cutText(token.text, Math.max(0, room));
    break;
  }
  // The tail goes inside <speak>, after any other open tag is closed.
  const speakOpen = open[0] === 'speak';
  const inner = speakOpen ? open.slice(1) : open;
  let result = `${out}${ELLIPSIS}${inner
    .map((n) => `</${n}>`)
    .reverse()
    .join('')}`;
  if (tail !== '') result += ` ${tail}`;
  if (speakOpen) result += '</speak>';
  return result.length <= max ? result : `<speak>${ELLIPSIS}</speak>`;
}

function fitSpeech(speech: ui.OutputSpeech | undefined, max: number): void {
  if (speech === undefined) return;
  if (speech.type === 'SSML' && typeof speech.ssml === 'string') speech.ssml = fitSsml(speech.ssml, max);
  if (speech.type === 'PlainText' && typeof speech.text === 'string' && speech.text.length > max) speech.text = cutText(speech.text, max);
}

function fitCard(card: ui.Card | undefined): void {
  if (card === undefined) return;
  const c = card as { title?: unknown; content?: unknown; text?: unknown };
  const title = typeof c.title === 'string' ? c.title : '';
  if (title.length > MAX_CARD_CHARS / 2) c.title = cutText(title, MAX_CARD_CHARS / 2);
  const room = MAX_CARD_CHARS - (typeof c.title === 'string' ? c.title.length : 0);
  if (typeof c.content === 'string' && c.content.length > room) c.content = cutText(c.content, room);
  if (typeof c.text === 'string' && c.text.length > room) c.text = cutText(c.text, room);
}

export function responseBytes(envelope: ResponseEnvelope): number {
  return Buffer.byteLength(JSON.stringify(envelope), 'utf8');
}

/**
 * Drops what the session can do without, largest first: the remembered answer (repeat then
 * says there is nothing to repeat), then products beyond the page the customer heard.
 */
function shrinkSession(envelope: ResponseEnvelope): void {
  const attributes = envelope.sessionAttributes;
  if (attributes === undefined) return;
  delete attributes[SessionKeys.LastAnswer];
  if (responseBytes(envelope) <= MAX_RESPONSE_BYTES) return;
  const shopping = attributes[SessionKeys.Shopping] as { products?: unknown[]; pageStart?: unknown; pageSize?: unknown; current?: unknown } | undefined;
  if (shopping !== undefined && shopping !== null && Array.isArray(shopping.products)) {
    const start = typeof shopping.pageStart === 'number' ? shopping.pageStart : 0;
    const size = typeof shopping.pageSize === 'number' ? shopping.pageSize : 3;
    shopping.products = shopping.products.slice(start, start + size);
    if (typeof shopping.current === 'number') {
      const current = shopping.current - start;
      if (current >= 0 && current < shopping.products.length) shopping.current = current;
      else delete shopping.current;
    }
    shopping.pageStart = 0;
    // A shortened list has no "next page" to fetch from the middle of.
    delete (shopping as { totalResults?: unknown }).totalResults;
  }
  if (responseBytes(envelope) <= MAX_RESPONSE_BYTES) return;
  envelope.sessionAttributes = {};
}

/**
 * The session's record of the dynamic entities Alexa holds (DynamicEntitiesInterceptor) after
 * this turn's REPLACE was dropped: Alexa never got it, so the record goes back to what the
 * request carried in (the set still in force), or is removed when there was none. Recording
 * the dropped set would keep it from ever being sent.
 */
function recordEntitiesNotSent(envelope: ResponseEnvelope, request: RequestEnvelope | undefined): void {
  const attributes = envelope.sessionAttributes;
  if (attributes === undefined) return;
  const inForce = request?.session?.attributes?.[SessionKeys.DynamicEntities];
  if (typeof inForce === 'string') attributes[SessionKeys.DynamicEntities] = inForce;
  else delete attributes[SessionKeys.DynamicEntities];
}

/**
 * The envelope within every limit above, changed in place and returned. `request` is the one
 * it answers: what of the session it carried in still holds when a part is dropped.
 */
export function fitResponse(envelope: ResponseEnvelope, request?: RequestEnvelope): ResponseEnvelope {
  const response = envelope.response;
  if (response === undefined || response === null) return envelope;
  fitSpeech(response.outputSpeech, MAX_SPEECH_CHARS);
  fitSpeech(response.reprompt?.outputSpeech, MAX_SPEECH_CHARS);
  fitCard(response.card);
  if (responseBytes(envelope) <= MAX_RESPONSE_BYTES) return envelope;
  // A screen is what the answer can best do without: the speech says it all, and the list it
  // draws stays in the session for "the second one".
  if (response.directives !== undefined) {
    response.directives = response.directives.filter((d) => !d.type.startsWith(APL_DIRECTIVE_PREFIX));
    if (responseBytes(envelope) <= MAX_RESPONSE_BYTES) return envelope;
    // Then the list's dynamic entities: "only Anker" still reaches the skill as words without them.
    const kept = response.directives.filter((d) => d.type !== DYNAMIC_ENTITIES || d.updateBehavior !== 'REPLACE');
    if (kept.length < response.directives.length) recordEntitiesNotSent(envelope, request);
    response.directives = kept;
    if (responseBytes(envelope) <= MAX_RESPONSE_BYTES) return envelope;
  }
  shrinkSession(envelope);
  if (responseBytes(envelope) <= MAX_RESPONSE_BYTES) return envelope;
  // Multi-byte speech: both 8,000-character strings may still be too many bytes together.
  fitSpeech(response.outputSpeech, MAX_SPEECH_CHARS / 4);
  fitSpeech(response.reprompt?.outputSpeech, MAX_SPEECH_CHARS / 8);
  return envelope;
}
