/**
 * `npm start`: the interactive console. Type what a customer says; see what Alexa sends,
 * what the skill answers, and what Alexa does with Shopping Actions and purchases.
 *
 *   npm start -- --locale en-GB --json --result NoOffersFound --purchase decline
 */
import { parseArgs } from 'node:util';
import { type CliSpec, helpText } from '../../infra/cli';
import { COMMAND_HELP, isCommand, parseCommand } from './commands';
import type { SimEvent } from './engine';
import { LineReader } from './lines';
import type { PurchaseAnswer, PurchaseRequest } from './purchases';
import { eventLines } from './render';
import { parseResultCode } from './shoppingResults';
import { createSimulator } from './simulator';
import { DEVICE_NAMES, isDeviceName } from './devices';

export const CONSOLE_CLI: CliSpec = {
  command: 'npm start --',
  summary: 'The interactive local console: type what a customer says, hear the skill, and see what Alexa does with Shopping Actions and purchases.',
  options: [
    { flag: '--locale LOCALE', text: 'interaction model and request locale (default en-US)' },
    {
      flag: '--device DEVICE',
      text: `voice (the default: no screen) or a device with one: ${DEVICE_NAMES.filter((d) => d !== 'voice').join(', ')} (show: an Echo Show 10); every screen the skill draws is printed as text`,
    },
    { flag: '--json', text: 'print raw request and response envelopes' },
    { flag: '--result CODE', text: 'result of every Shopping Action (default success; see :help for codes)' },
    { flag: '--purchase ANSWER', text: 'accept, decline, error or ask (default: the next line you type answers)' },
  ],
  examples: ['npm start', 'npm start -- --locale en-GB --json', 'npm start -- --result NoOffersFound --purchase decline', 'npm start -- --device show'],
  exitCodes: [
    [0, 'the console ended (":quit", end of input)'],
    [1, 'the skill or the simulator failed'],
    [2, 'an unknown option or value'],
  ],
};

const USAGE = `${helpText(CONSOLE_CLI)}
Type what a customer says, for example "open voice shopper" or "ask voice shopper to find batteries".
Commands start with a colon:
${COMMAND_HELP}`;

function parseOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      locale: { type: 'string', default: 'en-US' },
      device: { type: 'string', default: 'voice' },
      json: { type: 'boolean', default: false },
      result: { type: 'string' },
      purchase: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  return values;
}

function purchaseQuestion(request: PurchaseRequest, productName: string): string {
  const verb = request.name === 'Cancel' ? 'cancel' : 'buy';
  return `Alexa: Do you want to ${verb} ${productName}? (accept/decline) `;
}

/** Where the console reads and writes: the process's streams, or a test's. */
export interface ConsoleIo {
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream;
  /** One line to stderr. */
  readonly error: (line: string) => void;
}

/**
 * The process's own streams, read only when the console really runs: merely reading
 * `process.stdin` opens the stdin pipe, and in a Jest worker that pipe then keeps the worker
 * alive after its tests ("A worker process has failed to exit gracefully").
 */
function processIo(): ConsoleIo {
  return { stdin: process.stdin, stdout: process.stdout, error: (line) => console.error(line) };
}

/** The console's whole run; resolves with its exit code (0, or 2 for bad usage). */
export async function runConsole(argv: readonly string[], io: ConsoleIo = processIo()): Promise<number> {
  const log = (line: string): void => {
    io.stdout.write(`${line}\n`);
  };
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions([...argv]);
  } catch (err) {
    io.error(err instanceof Error ? err.message : String(err));
    io.error(USAGE);
    return 2;
  }
  if (options.help) {
    log(USAGE);
    return 0;
  }
  const defaultResult = options.result === undefined ? undefined : parseResultCode(options.result);
  if (options.result !== undefined && defaultResult === undefined) {
    io.error(`unknown Shopping Action result "${options.result}"`);
    return 2;
  }
  const purchaseFlag = options.purchase?.toLowerCase();
  if (purchaseFlag !== undefined && !['accept', 'decline', 'error', 'ask'].includes(purchaseFlag)) {
    io.error('--purchase takes accept, decline, error or ask');
    return 2;
  }

  const device = options.device;
  if (!isDeviceName(device)) {
    io.error(`--device takes ${DEVICE_NAMES.join(', ')}`);
    return 2;
  }

  const interactive = io.stdin.isTTY === true;
  const reader = new LineReader(io.stdin, interactive ? io.stdout : undefined, interactive);
  let json = options.json;
  let purchaseMode: PurchaseAnswer | 'ask' = (purchaseFlag as PurchaseAnswer | 'ask' | undefined) ?? 'ask';
  const print = (event: SimEvent) => {
    for (const line of eventLines(event, { json })) log(line);
  };
  const askPurchase = async (request: PurchaseRequest, productName: string): Promise<PurchaseAnswer> => {
    if (purchaseMode !== 'ask') return purchaseMode;
    const question = purchaseQuestion(request, productName);
    for (;;) {
      if (!interactive) io.stdout.write(question);
      const answer = (await reader.next(question))?.trim().toLowerCase();
      if (!interactive && answer !== undefined) log(answer);
      if (answer === undefined) return 'decline';
      if (['accept', 'yes', 'y', 'buy'].includes(answer)) return 'accept';
      if (['decline', 'no', 'n'].includes(answer)) return 'decline';
      log('  (answer accept or decline)');
    }
  };

  const simulator = await createSimulator({
    locale: options.locale,
    device,
    askPurchase,
    onEvent: print,
    ...(defaultResult === undefined ? {} : { defaultShoppingResult: defaultResult }),
  });
  const { engine } = simulator;
  log(`Voice Shopper local simulator (${options.locale}). Say "open ${engine.invocationName}" to begin; :help for commands, :quit to leave.`);

  try {
    for (;;) {
      const line = await reader.next('You> ');
      if (line === undefined) break;
      const trimmed = line.trim();
      if (trimmed === '') continue;
      if (!interactive) log(`You> ${trimmed}`);
      if (isCommand(trimmed)) {
        const parsed = parseCommand(trimmed);
        if (!parsed.ok) {
          log(`  (${parsed.error})`);
          continue;
        }
        const { command } = parsed;
        if (command.kind === 'quit') break;
        if (command.kind === 'help') log(USAGE);
        if (command.kind === 'json') json = command.on;
        if (command.kind === 'timeout') await engine.timeout();
        if (command.kind === 'touch') await engine.touch(command.which);
        if (command.kind === 'next-result') {
          engine.setNextShoppingResult(command.code);
          log(`  (next Shopping Action result: ${command.code})`);
        }
        if (command.kind === 'purchase') {
          if (command.answer === 'ask') purchaseMode = 'ask';
          else engine.setNextPurchaseAnswer(command.answer);
          log(`  (next purchase answer: ${command.answer})`);
        }
        continue;
      }
      await engine.say(trimmed);
    }
  } finally {
    if (engine.sessionOpen) await engine.say('exit');
    reader.close();
    await simulator.close();
  }
  return 0;
}

if (require.main === module) {
  runConsole(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
      process.exitCode = 1;
    },
  );
}
