/**
 * Runs a transcript through the simulator engine, turn by turn, and reports every turn
 * whose answer, reprompt or session state differs from what the transcript expects.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { SIM_USER_ID } from './envelopes';
import { heardText, lastReprompt, shownText } from './render';
import { isDeviceName, type DeviceName } from './devices';
import { createSimulator } from './simulator';
import { type Expectation, meets, parseTranscript, type Turn } from './transcript';

export interface TurnFailure {
  line: number;
  utterance: string;
  what: 'answer' | 'reprompt' | 'session' | 'display';
  expected: string;
  actual: string;
}

export interface DialogResult {
  file: string;
  turns: number;
  failures: TurnFailure[];
  /** Every turn as heard: for `--verbose` and for debugging a failure. */
  log: string[];
}

/** One customer per file: persisted state (price watches, entitlements) never leaks between files. */
function userIdFor(file: string): string {
  const digest = createHash('sha256').update(path.basename(file)).digest('hex').slice(0, 16).toUpperCase();
  return `${SIM_USER_ID.slice(0, -16)}${digest}`;
}

function check(turn: Turn, what: 'answer' | 'reprompt' | 'display', expectations: Expectation[], actual: string): TurnFailure[] {
  return expectations
    .filter((e) => !meets(e, actual))
    .map((e) => ({ line: turn.line, utterance: turn.utterance, what, expected: e.source, actual: actual === '' ? '(silence)' : actual }));
}

function deviceNamed(name: string): DeviceName {
  if (!isDeviceName(name)) throw new Error(`@device ${name}: not a device the simulator knows`);
  return name;
}

/** What building every locale's simulator may take on a loaded machine: a bound, not a speed test. */
export const PREPARE_TIMEOUT_MS = 600_000;

/**
 * Builds the simulator of every locale the transcripts speak, once: a locale's resolver
 * compiles every sample of its model, seconds on a busy machine (kept per locale afterwards,
 * test/sim/simulator.ts). A suite calls this in `beforeAll` under PREPARE_TIMEOUT_MS, so each
 * transcript's own timeout is for its turns, not for whichever locale it happens to build.
 */
export async function prepareLocales(files: readonly string[]): Promise<void> {
  const locales = new Set(files.map((file) => parseTranscript(readFileSync(file, 'utf8')).locale));
  for (const locale of locales) await (await createSimulator(locale === undefined ? {} : { locale })).close();
}

export async function runDialogFile(file: string): Promise<DialogResult> {
  const transcript = parseTranscript(readFileSync(file, 'utf8'));
  const result: DialogResult = { file, turns: transcript.turns.length, failures: [], log: [] };
  const simulator = await createSimulator({
    ...(transcript.locale === undefined ? {} : { locale: transcript.locale }),
    ...(transcript.device === undefined ? {} : { device: deviceNamed(transcript.device) }),
    userId: userIdFor(file),
    onLog: (line) => result.log.push(`log: ${line}`),
  });
  const { engine } = simulator;
  try {
    for (const turn of transcript.turns) {
      for (const command of turn.commands) {
        if (command.kind === 'next-result') engine.setNextShoppingResult(command.code);
        if (command.kind === 'purchase' && command.answer !== 'ask') engine.setNextPurchaseAnswer(command.answer);
      }
      const touch = /^\(touch (.+)\)$/.exec(turn.utterance)?.[1];
      const events = turn.utterance === '(silence)' ? await engine.timeout() : touch !== undefined ? await engine.touch(touch) : await engine.say(turn.utterance);
      const heard = heardText(events);
      // A progressive response ("Looking for batteries.") is sent only when the catalog takes
      // longer than PROGRESSIVE_AFTER_MS of real time, so whether it is heard says how busy the
      // machine is: the log shows it, the transcript's expectations are checked without it.
      const answered = heardText(events.filter((e) => e.kind !== 'progressive'));
      const reprompt = lastReprompt(events);
      result.log.push(`U: ${turn.utterance}`, `A: ${heard === '' ? '(silence)' : heard}`);
      const display = shownText(events);
      if (display !== '') result.log.push(...display.split('\n').map((line) => `   │ ${line}`));
      result.failures.push(...check(turn, 'answer', turn.answer, answered), ...check(turn, 'reprompt', turn.reprompt, reprompt), ...check(turn, 'display', turn.display, display));
      const state = engine.sessionOpen ? 'open' : 'ended';
      if (turn.session !== undefined && turn.session !== state) {
        result.failures.push({ line: turn.line, utterance: turn.utterance, what: 'session', expected: turn.session, actual: state });
      }
    }
  } finally {
    await simulator.close();
  }
  return result;
}

export function formatFailure(file: string, failure: TurnFailure): string {
  return [`${file}:${failure.line}  U: ${failure.utterance}`, `  expected ${failure.what}: ${failure.expected}`, `  actual   ${failure.what}: ${failure.actual}`].join('\n');
}
