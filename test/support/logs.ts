/**
 * What the skill logs, seen from outside: the skill writes one JSON line per call to the
 * console, the Lambda runtime's log (info and debug through console.log, warn and error
 * through console.error; lambda/util/log.ts). Tests, the simulator and the benchmarks take
 * those lines here, by wrapping the console, so the logger itself has no hook for them.
 * Anything else printed passes through untouched.
 */
import type { LogLevel } from '../../lambda/util/log';

export interface CapturedLine {
  level: LogLevel;
  line: string;
  record: Record<string, unknown>;
}

type Write = (...args: unknown[]) => void;

/** One of the skill's lines: a single string holding a JSON record (a log line or a metric). */
function skillLine(args: unknown[]): string | undefined {
  const [first] = args;
  return args.length === 1 && typeof first === 'string' && (first.startsWith('{"level":') || first.startsWith('{"_aws":')) ? first : undefined;
}

function levelOf(line: string, fallback: LogLevel): LogLevel {
  const match = /"level":"(debug|info|warn|error)"/.exec(line);
  return (match?.[1] as LogLevel | undefined) ?? fallback;
}

/** Sends the skill's lines to `onLine` until the returned function is called. */
export function interceptSkillLogs(onLine: (line: string, level: LogLevel) => void): () => void {
  const { log: previousLog, error: previousError } = console;
  const wrap =
    (previous: Write, fallback: LogLevel): Write =>
    (...args) => {
      const line = skillLine(args);
      if (line === undefined) previous.apply(console, args);
      else onLine(line, levelOf(line, fallback));
    };
  console.log = wrap(previousLog, 'info');
  console.error = wrap(previousError, 'error');
  return () => {
    console.log = previousLog;
    console.error = previousError;
  };
}

/** Captures what the skill logs, to assert on it and to scan it for secrets. */
export function captureLogs(): { lines: CapturedLine[]; events: () => string[]; restore: () => void } {
  const lines: CapturedLine[] = [];
  const restore = interceptSkillLogs((line, level) => {
    lines.push({ level, line, record: JSON.parse(line) as Record<string, unknown> });
  });
  return { lines, events: () => lines.map((l) => String(l.record.event)), restore };
}
