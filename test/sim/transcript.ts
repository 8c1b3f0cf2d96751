/**
 * Transcript files: conversations written the way they read.
 *
 *   # a comment
 *   @locale en-GB                  (optional, before the first turn)
 *   @device show                   (optional: the device, as `npm start -- --device` takes it)
 *   U: open voice shopper          what the customer says ("exit" ends the session,
 *                                  "(silence)" lets the reprompt time out)
 *   A: welcome what would you like  the answer holds these words, in this order
 *   A: /added .* to your cart/i    or matches this regular expression
 *   R: what would you like         the reprompt holds these words
 *   S: open | ended                the session is open / ended after the turn
 *   U: (touch 2)                   a touch on the screen instead of words (`:touch` in the console)
 *   D: results for coffee          the screen the turn drew shows these words (D: (none): it drew none)
 *   :next-result NoOffersFound     Alexa's side for the next turn (console commands)
 *   :purchase decline
 *
 * The answer of a turn is everything heard after the customer spoke, in order: Alexa's own
 * lines (Shopping Actions, purchase flows) and the skill's speech.
 */
import { type Command, parseCommand } from './commands';
import { normalize } from './text';

export type Expectation = { kind: 'words'; words: string[]; source: string } | { kind: 'regex'; pattern: RegExp; source: string } | { kind: 'silence'; source: string };

export interface Turn {
  line: number;
  utterance: string;
  answer: Expectation[];
  reprompt: Expectation[];
  session: 'open' | 'ended' | undefined;
  /** What the screen drawn in this turn shows. */
  display: Expectation[];
  /** Commands given before this turn. */
  commands: Command[];
}

export interface Transcript {
  locale: string | undefined;
  device: string | undefined;
  turns: Turn[];
}

export class TranscriptSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'TranscriptSyntaxError';
  }
}

export function parseExpectation(text: string, line: number): Expectation {
  const source = text.trim();
  const regex = /^\/(.*)\/([a-z]*)$/.exec(source);
  if (regex !== null) {
    try {
      return { kind: 'regex', pattern: new RegExp(regex[1] ?? '', regex[2] ?? ''), source };
    } catch (err) {
      throw new TranscriptSyntaxError(line, `bad regular expression ${source}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (source === '(silence)' || source === '') return { kind: 'silence', source: '(silence)' };
  return { kind: 'words', words: normalize(source).split(' '), source };
}

export function parseTranscript(text: string): Transcript {
  const transcript: Transcript = { locale: undefined, device: undefined, turns: [] };
  let pending: Command[] = [];
  let current: Turn | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (trimmed.startsWith('@locale')) {
      if (transcript.turns.length > 0) throw new TranscriptSyntaxError(line, '@locale must come before the first turn');
      transcript.locale = trimmed.slice('@locale'.length).trim();
      return;
    }
    if (trimmed.startsWith('@device')) {
      if (transcript.turns.length > 0) throw new TranscriptSyntaxError(line, '@device must come before the first turn');
      transcript.device = trimmed.slice('@device'.length).trim();
      return;
    }
    if (trimmed.startsWith(':')) {
      const parsed = parseCommand(trimmed);
      if (!parsed.ok) throw new TranscriptSyntaxError(line, parsed.error);
      pending.push(parsed.command);
      return;
    }
    const match = /^([UARSD]):\s?(.*)$/.exec(trimmed);
    if (match === null) throw new TranscriptSyntaxError(line, `expected "U:", "A:", "R:", "S:", "D:", a :command or a # comment, got "${trimmed}"`);
    const [, tag, body = ''] = match;
    if (tag === 'U') {
      current = { line, utterance: body.trim(), answer: [], reprompt: [], session: undefined, display: [], commands: pending };
      pending = [];
      transcript.turns.push(current);
      return;
    }
    if (current === undefined) throw new TranscriptSyntaxError(line, `${tag}: before the first U:`);
    if (tag === 'A') current.answer.push(parseExpectation(body, line));
    if (tag === 'R') current.reprompt.push(parseExpectation(body, line));
    if (tag === 'D') current.display.push(body.trim() === '(none)' ? { kind: 'silence', source: '(none)' } : parseExpectation(body, line));
    if (tag === 'S') {
      const state = body.trim().toLowerCase();
      if (state !== 'open' && state !== 'ended') throw new TranscriptSyntaxError(line, 'S: takes "open" or "ended"');
      current.session = state;
    }
  });
  if (pending.length > 0) throw new TranscriptSyntaxError(text.split(/\r?\n/).length, 'commands after the last turn do nothing');
  return transcript;
}

/** Whether `actual` meets the expectation: words in order (not necessarily adjacent), or the regex. */
export function meets(expectation: Expectation, actual: string): boolean {
  switch (expectation.kind) {
    case 'silence':
      return actual.trim() === '';
    case 'regex':
      return expectation.pattern.test(actual);
    case 'words': {
      const words = normalize(actual).split(' ');
      let at = 0;
      for (const word of expectation.words) {
        const found = words.indexOf(word, at);
        if (found < 0) return false;
        at = found + 1;
      }
      return true;
    }
  }
}
