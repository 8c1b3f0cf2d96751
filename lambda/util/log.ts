/**
 * One structured logger for the whole skill: one JSON object per line, so CloudWatch Logs
 * Insights can query fields. It never receives whole envelopes; callers pass the few fields
 * worth keeping (request id, type, intent, locale, outcome). `redact` is a last line of
 * defence for strings that may carry tokens (upstream error messages, for instance).
 */
import { EnvNames, env } from '../config/env';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | undefined | null | string[]>;

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Where lines go; tests swap it to capture and scan what would be logged. */
export type LogSink = (line: string, level: LogLevel) => void;

const consoleSink: LogSink = (line, level) => {
  if (level === 'error' || level === 'warn') console.error(line);
  else console.log(line);
};

let sink: LogSink = consoleSink;

/** Swaps where lines go and returns the sink it replaced, so a caller can put it back. */
export function setLogSink(next: LogSink | undefined): LogSink {
  const previous = sink;
  sink = next ?? consoleSink;
  return previous;
}

function threshold(): number {
  const configured = env(EnvNames.LogLevel)?.toLowerCase();
  return configured !== undefined && configured in LEVELS ? LEVELS[configured as LogLevel] : LEVELS.info;
}

// Long opaque strings (JWT-like, base64 blobs, Atza| LWA tokens) are what access tokens look like.
const TOKEN_PATTERNS: RegExp[] = [
  /Atz[ar]\|[\w\-.~+/=|]+/g,
  /eyJ[\w-]+\.[\w-]+\.[\w-]+/g,
  /(bearer\s+)[\w\-.~+/=]+/gi,
  /((?:access_token|refresh_token|client_secret|apiAccessToken|x-amz-access-token)["'=:\s]+)[^"'&\s,}]+/gi,
];

export function redact(text: string): string {
  let out = text;
  for (const pattern of TOKEN_PATTERNS) {
    out = out.replace(pattern, (_match: string, prefix?: string) =>
      typeof prefix === 'string' && prefix.length > 0 ? `${prefix}[redacted]` : '[redacted]',
    );
  }
  return out;
}

function write(level: LogLevel, event: string, fields: LogFields): void {
  if (LEVELS[level] < threshold()) return;
  const record: Record<string, unknown> = { level, event, time: new Date().toISOString() };
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    record[key] = typeof value === 'string' ? redact(value) : value;
  }
  sink(JSON.stringify(record), level);
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
      ...fields,
    };
    sink(JSON.stringify(record), 'warn');
  },
};

/** An error's name and message, never its stack or attached request data. */
export function describeError(err: unknown): { errorName: string; errorMessage: string } {
  if (err instanceof Error) return { errorName: err.name, errorMessage: redact(err.message).slice(0, 300) };
  return { errorName: typeof err, errorMessage: redact(String(err)).slice(0, 300) };
}
