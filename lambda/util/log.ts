/**
 * One structured logger for the whole skill: one JSON object per line, so CloudWatch Logs
 * Insights can query fields. It never receives whole envelopes; callers pass the few fields
 * worth keeping (request id, type, intent, locale, outcome). Every string is redacted
 * (util/redact.ts), a last line of defence for strings that may carry tokens (upstream
 * error messages, for instance).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { EnvNames, env } from '../config/env';
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
const turnKeys = new AsyncLocalStorage<LogKeys>();

/** Runs one turn (invokeSafely) so that keys appended during it reach every line it logs. */
export function withLogScope<T>(work: () => T): T {
  return turnKeys.run({}, work);
}

/** Adds keys to every later line of the current turn (TurnContextInterceptor); none outside a turn. */
export function appendLogKeys(keys: LogKeys): void {
  const current = turnKeys.getStore();
  if (current !== undefined) Object.assign(current, keys);
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
  const redacted = redact(value.slice(0, max + 200));
  return `${redacted.slice(0, max)}…[${value.length - max} more]`;
}

function write(level: LogLevel, event: string, fields: LogFields): void {
  if (LEVELS[level] < threshold()) return;
  const record: Record<string, unknown> = { level, event: safeString(event, 100), time: new Date().toISOString() };
  for (const [key, value] of Object.entries(fields).slice(0, 40)) {
    if (value === undefined) continue;
    const name = safeString(key, 64);
    if (typeof value === 'string') record[name] = safeString(value);
    else if (Array.isArray(value)) record[name] = value.slice(0, 20).map((v) => safeString(String(v), 200));
    else record[name] = value;
  }
  // Last, so no field can pass for the turn's id.
  const keys = turnKeys.getStore();
  if (keys?.requestId !== undefined) record.requestId = safeString(keys.requestId, 100);
  let line = JSON.stringify(record);
  // Many fields each under the cap can still add up (or escape to more bytes): halve them.
  for (let max = MAX_FIELD_CHARS / 2; Buffer.byteLength(line, 'utf8') > MAX_LINE_BYTES && max >= 16; max = Math.floor(max / 2)) {
    for (const [key, value] of Object.entries(record)) {
      if (typeof value === 'string' && value.length > max) record[key] = safeString(value, max);
      else if (Array.isArray(value)) record[key] = value.slice(0, 4).map((v: unknown) => safeString(String(v), Math.floor(max / 4)));
    }
    line = JSON.stringify(record);
  }
  sink(line, level);
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
  metric: (name: string, value: number, fields: LogFields = {}) => {
    const record = {
      _aws: {
        Timestamp: Date.now(),
        CloudWatchMetrics: [{ Namespace: 'VoiceShoppingSkill', Dimensions: [[]], Metrics: [{ Name: name, Unit: 'Count' }] }],
      },
      level: 'warn',
      event: 'metric',
      [name]: value,
      ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' ? safeString(v) : v])),
      ...(turnKeys.getStore()?.requestId === undefined ? {} : { requestId: turnKeys.getStore()?.requestId }),
    };
    sink(JSON.stringify(record), 'warn');
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
