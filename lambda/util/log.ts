/**
 * One structured logger for the whole skill: one JSON object per line, so CloudWatch Logs
 * Insights can query fields. It never receives whole envelopes; callers pass the few fields
 * worth keeping (request id, type, intent, locale, outcome). Every string is redacted
 * (util/redact.ts), a last line of defence for strings that may carry tokens (upstream
 * error messages, for instance).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { EnvNames, env } from '../config/env';
import { METRIC_NAMESPACE, type MetricName } from '../config/metrics';
import { redact } from './redact';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | undefined | null | string[]>;

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * Lines go to the console, which Lambda sends to CloudWatch Logs: warnings and errors to
 * stderr. Tests and the simulator read them there (test/support/logs.ts); the logger has no
 * switch for them.
 */
function sink(line: string, level: LogLevel): void {
  if (level === 'error' || level === 'warn') console.error(line);
  else console.log(line);
}

/** Fields every line of one turn carries: the Alexa request id, never the user id. */
export interface LogKeys {
  requestId?: string;
}

/**
 * The keys of the turn in progress. Async-local rather than module state: the simulator, the
 * tests and the benchmarks run many turns in one process at once, and a line must never carry
 * another turn's request id.
 */
const turnKeys = new AsyncLocalStorage<TurnKeys>();

/**
 * The keys as every line writes them: bounded and redacted once when appended, not once per
 * line (a request id holds dots, so redacting it runs every token pattern).
 */
interface TurnKeys {
  requestId?: string;
}

/** Runs one turn (invokeSafely) so that keys appended during it reach every line it logs. */
export function withLogScope<T>(work: () => T): T {
  return turnKeys.run({}, work);
}

/** Adds keys to every later line of the current turn (TurnContextInterceptor); none outside a turn. */
export function appendLogKeys(keys: LogKeys): void {
  const current = turnKeys.getStore();
  if (current === undefined || !Object.hasOwn(keys, 'requestId')) return;
  if (keys.requestId === undefined) delete current.requestId;
  else current.requestId = safeString(keys.requestId, 100);
}

function threshold(): number {
  const configured = env(EnvNames.LogLevel)?.toLowerCase();
  return configured !== undefined && Object.hasOwn(LEVELS, configured) ? LEVELS[configured as LogLevel] : LEVELS.info;
}

/** No logged string is longer than this; the whole line stays under MAX_LINE_BYTES. */
export const MAX_FIELD_CHARS = 1000;
/** CloudWatch takes far more, but a line nobody can read is no log: 8 KB at most. */
export const MAX_LINE_BYTES = 8 * 1024;

/** A string as it may be logged: cut first (a 3 MB message is not scanned whole), then redacted. */
export function safeString(value: string, max: number = MAX_FIELD_CHARS): string {
  if (value.length <= max) return redact(value);
  // Cut a little past the limit so a token straddling it is still recognised, then cut again.
  // The cut can end a run that only matched once cut short (a MAC's 43 characters): redact again.
  const redacted = redact(redact(value.slice(0, max + 200)).slice(0, max));
  return `${redacted}…[${value.length - max} more]`;
}

/** Fields kept per line; the rest are counted, not written. */
const MAX_FIELDS = 40;
/** Items kept of an array field, each cut shorter than a field. */
const MAX_ARRAY_ITEMS = 20;
const MAX_ARRAY_ITEM_CHARS = 200;

type Loggable = string | number | boolean | null | string[];

/**
 * A field's value as it may be written: a bounded, redacted string, a finite number, a
 * boolean, null, or a short list of bounded strings. The types say callers pass those, but a
 * value from an envelope may be anything at run time (a requestId or locale sent as an
 * object, a SessionEndedRequest error object): an object is summarized by its size, never
 * written whole.
 */
export function loggable(value: unknown, max: number = MAX_FIELD_CHARS): Loggable | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'string') return safeString(value, max);
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (Array.isArray(value)) return value.slice(0, MAX_ARRAY_ITEMS).map((item) => summary(item, Math.min(max, MAX_ARRAY_ITEM_CHARS)));
  return summary(value, max);
}

/** A short string for any value: strings and numbers as themselves, anything else by its kind and size. */
function summary(value: unknown, max: number): string {
  if (typeof value === 'string') return safeString(value, max);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  if (typeof value === 'bigint') return safeString(value.toString(), max);
  if (Array.isArray(value)) return `[array of ${value.length}]`;
  if (typeof value === 'object') {
    let keys: number;
    try {
      keys = Object.keys(value).length;
    } catch {
      keys = 0;
    }
    return `[object with ${keys} key${keys === 1 ? '' : 's'}]`;
  }
  return `[${typeof value}]`;
}

function boundedFields(fields: LogFields, record: Record<string, unknown>): number {
  const entries = Object.entries(fields as Record<string, unknown>);
  for (const [key, value] of entries.slice(0, MAX_FIELDS)) {
    const bounded = loggable(value);
    if (bounded !== undefined) record[safeString(key, 64)] = bounded;
  }
  return Math.max(0, entries.length - MAX_FIELDS);
}

/**
 * The line for `record`, never over MAX_LINE_BYTES: fields are cut shorter and shorter, and if
 * escaping still makes the line too long (a JSON escape is up to six bytes per character), the
 * line keeps only its level, event and time and says so.
 */
function boundedLine(record: Record<string, unknown>): string {
  let line = JSON.stringify(record);
  for (let max = MAX_FIELD_CHARS / 2; Buffer.byteLength(line, 'utf8') > MAX_LINE_BYTES && max >= 16; max = Math.floor(max / 2)) {
    for (const [key, value] of Object.entries(record)) {
      if (key === 'level' || key === 'time' || key === '_aws') continue;
      if (typeof value === 'string' && value.length > max) record[key] = safeString(value, max);
      else if (Array.isArray(value)) record[key] = value.slice(0, 4).map((v: unknown) => summary(v, Math.floor(max / 4)));
    }
    line = JSON.stringify(record);
  }
  if (Buffer.byteLength(line, 'utf8') <= MAX_LINE_BYTES) return line;
  // event is at most 100 characters: this line is under 1 KB whatever they hold.
  return JSON.stringify({ level: record['level'], event: record['event'], time: record['time'], truncated: 'the fields passed the line limit' });
}

function write(level: LogLevel, event: string, fields: LogFields): void {
  if (LEVELS[level] < threshold()) return;
  const record: Record<string, unknown> = { level, event: safeString(event, 100), time: new Date().toISOString() };
  const dropped = boundedFields(fields, record);
  if (dropped > 0) record['droppedFields'] = dropped;
  // Last, so no field can pass for the turn's id.
  const keys = turnKeys.getStore();
  if (keys?.requestId !== undefined) record['requestId'] = keys.requestId;
  sink(boundedLine(record), level);
}

export const log = {
  debug: (event: string, fields: LogFields = {}) => write('debug', event, fields),
  info: (event: string, fields: LogFields = {}) => write('info', event, fields),
  warn: (event: string, fields: LogFields = {}) => write('warn', event, fields),
  error: (event: string, fields: LogFields = {}) => write('error', event, fields),
  /**
   * A CloudWatch metric without an API call: an Embedded Metric Format line. Used for the
   * operator-facing problems the customer must not hear about (an invalid Associates id).
   */
  metric: (name: MetricName, value: number, fields: LogFields = {}) => {
    const record: Record<string, unknown> = {
      _aws: {
        Timestamp: Date.now(),
        CloudWatchMetrics: [{ Namespace: METRIC_NAMESPACE, Dimensions: [[]], Metrics: [{ Name: name, Unit: 'Count' }] }],
      },
      level: 'warn',
      event: 'metric',
    };
    boundedFields(fields, record);
    // Last, so no field can take the metric's name or pass for the turn's id.
    record[name] = value;
    const requestId = turnKeys.getStore()?.requestId;
    if (requestId !== undefined) record['requestId'] = safeString(requestId, 100);
    sink(boundedLine(record), 'warn');
  },
};

/**
 * An error's name, code and message, never its stack or attached request data. The code (a
 * SkillError's, an AWS SDK error's) survives minification even where a class name would not.
 */
export function describeError(err: unknown): { errorName: string; errorMessage: string; errorCode?: string } {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    const described = { errorName: safeString(err.name, 100), errorMessage: safeString(err.message, 300) };
    return typeof code === 'string' && code !== '' ? { ...described, errorCode: safeString(code, 100) } : described;
  }
  return { errorName: typeof err, errorMessage: safeString(String(err), 300) };
}
