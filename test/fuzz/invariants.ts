/**
 * What every answer of the skill must satisfy, whatever it was asked. Each check returns the
 * list of broken invariants (empty when all hold), so a failing fuzz case says exactly what
 * broke instead of "expected true".
 */
import { RequestTypes } from '../../lambda/constants';
import { ssmlToText } from '../../lambda/util/ssml';
import { ssmlProblem } from './ssmlCheck';
import { field, isRecord } from '../../lambda/util/guards';
import { MAX_FIELD_CHARS } from '../../lambda/util/log';
import { redact } from '../../lambda/util/redact';

/** Alexa's limit for outputSpeech and for the reprompt: characters of SSML, tags and entities included. */
export const MAX_SPEECH_CHARACTERS = 8000;
/** No log line may be longer than this (UTF-8 bytes). */
export const MAX_LOG_LINE_BYTES = 8 * 1024;
/** JavaScript values that must never be spoken, unless the customer said the word themselves. */
const SPOKEN_VALUES = /\b(?:undefined|NaN|null)\b/g;

const SILENT_TYPES: ReadonlySet<string> = new Set([RequestTypes.SessionEnded, RequestTypes.ExceptionEncountered]);

/** What an internal detail looks like when it leaks into speech. */
const LEAK_PATTERNS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'stack frame', pattern: /\bat\s+\S+\s+\(\S+:\d+:\d+\)|\bat\s+\S+:\d+:\d+/ },
  { name: 'source path', pattern: /[\w/-]+\.(?:ts|js|cjs|mjs):\d+/ },
  { name: 'error class', pattern: /\b(?:TypeError|ReferenceError|RangeError|SyntaxError|SkillError|ServiceError)\b/ },
  { name: 'error prefix', pattern: /\bError:/ },
  { name: 'JavaScript value', pattern: /\bundefined\b|\bNaN\b|\bnull\b|\[object \w+\]|\bInfinity\b/ },
  { name: 'unfilled placeholder', pattern: /\{\w+\}/ },
  { name: 'file system path', pattern: /node_modules|\/var\/task|\/work\// },
  { name: 'JSON', pattern: /\{"\w+":/ },
];

type Json = Record<string, unknown>;

/** Every string in the request, so a leak check does not blame the skill for echoing it. */
export function stringsIn(value: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 40) return out;
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out, depth + 1);
  else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      stringsIn(item, out, depth + 1);
    }
  }
  return out;
}

function speechProblems(where: string, speech: unknown): string[] {
  if (!isRecord(speech)) return [`${where} is not an object`];
  if (speech.type === 'SSML') {
    if (typeof speech.ssml !== 'string') return [`${where}.ssml is not a string`];
    const problem = ssmlProblem(speech.ssml);
    const problems = problem === undefined ? [] : [`${where} is not valid SSML: ${problem}`];
    if (speech.ssml.length > MAX_SPEECH_CHARACTERS) problems.push(`${where}.ssml is longer than ${MAX_SPEECH_CHARACTERS} characters`);
    return problems;
  }
  if (speech.type === 'PlainText') {
    if (typeof speech.text !== 'string') return [`${where}.text is not a string`];
    return speech.text.length > MAX_SPEECH_CHARACTERS ? [`${where} is longer than ${MAX_SPEECH_CHARACTERS} characters`] : [];
  }
  return [`${where}.type is neither SSML nor PlainText`];
}

function spokenText(response: Json): string {
  const parts: string[] = [];
  for (const speech of [response.outputSpeech, field(response.reprompt, 'outputSpeech')]) {
    if (!isRecord(speech)) continue;
    if (typeof speech.ssml === 'string') parts.push(ssmlToText(speech.ssml));
    if (typeof speech.text === 'string') parts.push(speech.text);
  }
  return parts.join(' \n ');
}

/** A leak pattern that also occurs in the request was echoed, not leaked. */
function leaks(spoken: string, requestStrings: readonly string[]): string[] {
  const found: string[] = [];
  for (const { name, pattern } of LEAK_PATTERNS) {
    const global = new RegExp(pattern.source, 'g');
    for (const match of spoken.matchAll(global)) {
      const text = match[0];
      if (!requestStrings.some((s) => s.includes(text))) {
        found.push(`speech leaks a ${name}: ${JSON.stringify(text)}`);
        break;
      }
    }
  }
  return found;
}

/** The shape of a response envelope the Alexa service accepts. */
export function envelopeProblems(out: unknown): string[] {
  if (!isRecord(out)) return ['the response envelope is not an object'];
  const problems: string[] = [];
  if (out.version !== '1.0') problems.push('version is not "1.0"');
  try {
    JSON.stringify(out);
  } catch {
    problems.push('the envelope is not JSON-serialisable');
  }
  if (out.sessionAttributes !== undefined && !isRecord(out.sessionAttributes)) problems.push('sessionAttributes is not an object');
  const response = out.response;
  if (!isRecord(response)) return [...problems, 'response is not an object'];
  if (response.outputSpeech !== undefined) problems.push(...speechProblems('outputSpeech', response.outputSpeech));
  if (response.reprompt !== undefined) {
    if (!isRecord(response.reprompt)) problems.push('reprompt is not an object');
    else problems.push(...speechProblems('reprompt.outputSpeech', response.reprompt.outputSpeech));
  }
  if (response.shouldEndSession !== undefined && typeof response.shouldEndSession !== 'boolean') problems.push('shouldEndSession is not a boolean');
  if (response.directives !== undefined) {
    if (!Array.isArray(response.directives)) problems.push('directives is not an array');
    else if (!response.directives.every((d) => typeof field(d, 'type') === 'string')) problems.push('a directive has no type');
  }
  return problems;
}

/**
 * Every invariant of one turn: a valid envelope; silence for the request types that cannot
 * be answered; a reprompt whenever the session stays open; speech only with an explicit
 * session decision; no internal detail spoken.
 */
export function turnProblems(event: unknown, out: unknown): string[] {
  const problems = envelopeProblems(out);
  const response = field(out, 'response');
  if (!isRecord(response)) return problems;
  const requestType = field(field(event, 'request'), 'type');
  const directives = Array.isArray(response.directives) ? response.directives : [];

  if (typeof requestType === 'string' && SILENT_TYPES.has(requestType)) {
    if (response.outputSpeech !== undefined) problems.push(`${requestType} was answered with speech`);
    if (response.reprompt !== undefined) problems.push(`${requestType} was answered with a reprompt`);
    if (directives.length > 0) problems.push(`${requestType} was answered with directives`);
    if (response.card !== undefined) problems.push(`${requestType} was answered with a card`);
  }
  if (response.shouldEndSession === false && response.reprompt === undefined) problems.push('the session stays open without a reprompt');
  if (response.outputSpeech !== undefined && directives.length === 0 && typeof response.shouldEndSession !== 'boolean') {
    problems.push('speech without a directive leaves the session decision to chance');
  }
  const spoken = spokenText(response);
  const requestStrings = stringsIn(event);
  problems.push(...leaks(spoken, requestStrings), ...spokenValues(spoken, requestStrings));
  return problems;
}

/** "undefined", "NaN" or "null" spoken as a word the request did not contain as that word. */
export function spokenValues(spoken: string, requestStrings: readonly string[]): string[] {
  const found = new Set<string>();
  for (const [word] of spoken.matchAll(SPOKEN_VALUES)) {
    const asWord = new RegExp(`\\b${word}\\b`);
    if (!requestStrings.some((s) => asWord.test(s))) found.add(`speech says "${word}"`);
  }
  return [...found];
}

/** Every log line within MAX_LOG_LINE_BYTES. */
export function longLogLines(lines: readonly string[]): string[] {
  const long = lines.filter((line) => Buffer.byteLength(line, 'utf8') > MAX_LOG_LINE_BYTES);
  return long.length === 0 ? [] : [`${long.length} log line(s) over ${MAX_LOG_LINE_BYTES} bytes (longest ${Math.max(...long.map((l) => Buffer.byteLength(l, 'utf8')))})`];
}

/** Longest string a field may hold: the logger's cap and its "…[N more]" marker. */
const MAX_LOGGED_STRING = MAX_FIELD_CHARS + 40;

/**
 * Every line is one JSON object whose fields (the Embedded Metric Format's `_aws` aside) are
 * bounded strings, finite numbers, booleans, null or short lists of bounded strings; no string
 * holds anything the one redactor would still cut (an email, a token, a customer id).
 */
export function logLineProblems(lines: readonly string[]): string[] {
  const problems = new Set<string>();
  const checkString = (key: string, value: string) => {
    if (value.length > MAX_LOGGED_STRING) problems.add(`log field ${key} holds ${value.length} characters`);
    if (redact(value) !== value) problems.add(`log field ${key} holds something the redactor cuts`);
  };
  for (const line of lines) {
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      problems.add('a log line is not JSON');
      continue;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      problems.add('a log line is not a JSON object');
      continue;
    }
    for (const [key, value] of Object.entries(record)) {
      if (key === '_aws') continue;
      checkString('name', key);
      if (typeof value === 'string') checkString(key, value);
      else if (typeof value === 'number') {
        if (!Number.isFinite(value)) problems.add(`log field ${key} is not a finite number`);
      } else if (Array.isArray(value)) {
        if (value.length > 20) problems.add(`log field ${key} lists ${value.length} items`);
        for (const item of value) {
          if (typeof item === 'string') checkString(key, item);
          else problems.add(`log field ${key} lists a ${typeof item}`);
        }
      } else if (value !== null && typeof value !== 'boolean') problems.add(`log field ${key} is ${Array.isArray(value) ? 'an array' : 'an object'}`);
    }
  }
  return [...problems];
}

/** Secrets that must never reach a log line, with a name for the failure message. */
export function logLeaks(lines: readonly string[], secrets: ReadonlyArray<{ name: string; value: string }>): string[] {
  const found: string[] = [];
  for (const { name, value } of secrets) {
    if (value.length < 6) continue;
    if (lines.some((line) => line.includes(value))) found.push(`a log line contains the ${name}`);
  }
  return found;
}
