/**
 * What every `npm run` tool of the project answers the same way: `--help` (or `-h`) prints its
 * usage, options, examples and exit codes on stdout and exits 0, before the tool does anything
 * else; an unknown option prints one line and exits 2. Each tool describes itself once, as a
 * `CliSpec`, and the help text is built from it (test/cli/help.test.ts runs every command).
 */
import { parseArgs } from 'node:util';

export interface CliOption {
  /** As typed, with its value's shape: `--locale LOCALE`, `--json`. */
  readonly flag: string;
  readonly text: string;
}

export interface CliSpec {
  /** How it is run, up to where its own arguments start: `npm run isp --`. */
  readonly command: string;
  /** What the arguments look like after the command, when not just options: `<plan|apply|list> [options]`. */
  readonly arguments?: string;
  readonly summary: string;
  readonly options: readonly CliOption[];
  /** What happens to arguments the tool does not know, when it passes them on. */
  readonly rest?: string;
  readonly examples: readonly string[];
  readonly exitCodes: ReadonlyArray<readonly [number, string]>;
}

/** Exit code for a command line the tool cannot understand (unknown option, bad value). */
export const USAGE_EXIT_CODE = 2;

const HELP_FLAGS = ['--help', '-h'];

export function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((arg) => HELP_FLAGS.includes(arg));
}

export function helpText(spec: CliSpec): string {
  const width = Math.max(...spec.options.map((option) => option.flag.length), '--help'.length);
  const option = (flag: string, text: string) => `  ${flag.padEnd(width)}  ${text}`;
  return [
    `${spec.summary}`,
    '',
    'Usage:',
    `  ${spec.command} ${spec.arguments ?? '[options]'}`,
    '',
    'Options:',
    ...spec.options.map((o) => option(o.flag, o.text)),
    option('--help', 'print this help and exit'),
    ...(spec.rest === undefined ? [] : ['', `Other arguments: ${spec.rest}`]),
    '',
    'Examples:',
    ...spec.examples.map((example) => `  ${example}`),
    '',
    'Exit codes:',
    ...spec.exitCodes.map(([code, meaning]) => `  ${code}  ${meaning}`),
    '',
  ].join('\n');
}

/**
 * Prints the help and returns true when asked for it: the caller returns at once. For tools
 * that keep their own argument parser.
 */
export function printHelpIfAsked(spec: CliSpec, argv: readonly string[], write: (text: string) => void = (text) => process.stdout.write(text)): boolean {
  if (!asksForHelp(argv)) return false;
  write(helpText(spec));
  return true;
}

type OptionKinds = Record<string, 'string' | 'boolean'>;
type Values<K extends OptionKinds> = { [name in keyof K]?: K[name] extends 'string' ? string : boolean };

/**
 * Parses `argv` against `kinds` (option name → string or boolean). On `--help` prints the help;
 * on an unknown option (unless `passThrough`) or a missing value prints one line to stderr and
 * sets exit code 2; both return undefined, and the caller does nothing more. With `passThrough`,
 * arguments it does not know are returned in `rest`, in order.
 */
export function parseCli<K extends OptionKinds>(
  spec: CliSpec,
  argv: readonly string[],
  kinds: K,
  { passThrough = false }: { passThrough?: boolean } = {},
): { values: Values<K>; rest: string[] } | undefined {
  if (printHelpIfAsked(spec, argv)) return undefined;
  const options = Object.fromEntries(Object.entries(kinds).map(([name, type]) => [name, { type }]));
  try {
    const { values, tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
    const rest: string[] = [];
    for (const token of tokens) {
      if (token.kind === 'option' && token.name in kinds) {
        if (kinds[token.name] === 'string' && typeof token.value !== 'string') throw new Error(`${token.rawName} needs a value`);
        if (kinds[token.name] === 'boolean' && token.value !== undefined) throw new Error(`${token.rawName} takes no value`);
        continue;
      }
      if (!passThrough) throw new Error(token.kind === 'option' ? `unknown option ${token.rawName}` : `unexpected argument ${token.kind === 'positional' ? token.value : '--'}`);
      if (token.kind === 'option')
        rest.push(
          token.value === undefined ? token.rawName : token.inlineValue === true ? `${token.rawName}=${token.value}` : token.rawName,
          ...(token.value === undefined || token.inlineValue === true ? [] : [token.value]),
        );
      else if (token.kind === 'positional') rest.push(token.value);
      else rest.push('--');
    }
    return { values: values as Values<K>, rest };
  } catch (err) {
    process.stderr.write(`${spec.command.replace(/ --$/, '')}: ${err instanceof Error ? err.message : String(err)} (see --help)\n`);
    process.exitCode = USAGE_EXIT_CODE;
    return undefined;
  }
}
