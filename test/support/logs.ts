/** Captures what the skill logs, to assert on it and to scan it for secrets. */
import { type LogLevel, setLogSink } from '../../lambda/util/log';

export interface CapturedLine {
  level: LogLevel;
  line: string;
  record: Record<string, unknown>;
}

export function captureLogs(): { lines: CapturedLine[]; events: () => string[]; restore: () => void } {
  const lines: CapturedLine[] = [];
  const previous = setLogSink((line, level) => {
    lines.push({ level, line, record: JSON.parse(line) as Record<string, unknown> });
  });
  return {
    lines,
    events: () => lines.map((l) => String(l.record.event)),
    restore: () => {
      setLogSink(previous);
    },
  };
}
