import { type ParseArgsConfig, parseArgs as parseNodeArgs } from 'node:util';
import { type CliSpec, helpText } from '../cli';
import { UsageError } from './errors';
import { STAGES } from './types';

export const COMMANDS = ['validate', 'plan', 'apply', 'reset-entitlements', 'list'] as const;
export type Command = (typeof COMMANDS)[number];

export interface CliOptions {
  readonly command: Command;
  readonly skillId: string | undefined;
  readonly vendorId: string | undefined;
  readonly stage: string;
  readonly prune: boolean;
  /** With --prune and no product file at all: yes, delete every product of the skill. */
  readonly deleteAllProducts: boolean;
  readonly dryRun: boolean;
  readonly json: boolean;
  readonly ispsDir: string;
  readonly profile: string;
  readonly product: string | undefined;
  readonly all: boolean;
}

/** `npm run isp -- --help`; its usage lines are also what a usage error prints. */
export const ISP_CLI: CliSpec = {
  command: 'npm run isp --',
  arguments: '<validate|plan|apply|reset-entitlements|list> [options]',
  summary: "Make the developer account's in-skill products match skill-package/isps/ through SMAPI; validate checks the files offline (no credentials, no SMAPI call).",
  options: [
    { flag: '--skill-id ID', text: 'skill to associate products with (default: .ask/ask-states.json)' },
    { flag: '--vendor-id ID', text: "vendor (default: ASK_VENDOR_ID or the profile's vendor_id)" },
    { flag: '--stage STAGE', text: 'development (default), certified or live; writes only in development' },
    { flag: '--prune', text: 'also disassociate and delete products no file names (development only)' },
    { flag: '--delete-all-products', text: 'with --prune and no product file: really delete every product of the skill' },
    { flag: '--dry-run', text: 'apply: print the plan, write nothing (same as plan)' },
    { flag: '--json', text: 'plan/apply/list: machine-readable output on stdout' },
    { flag: '--isps-dir DIR', text: 'product files (default skill-package/isps)' },
    { flag: '--profile NAME', text: 'ASK CLI profile when no ASK_REFRESH_TOKEN is set (default: default)' },
    { flag: '--product REF', text: 'reset-entitlements: one product, by referenceName' },
    { flag: '--all', text: 'reset-entitlements: every product associated with the skill' },
  ],
  examples: [
    'npm run isp -- validate',
    'npm run isp -- plan --skill-id amzn1.ask.skill.XXX',
    'npm run isp -- apply --skill-id amzn1.ask.skill.XXX --prune',
    'npm run isp -- list --json',
    'npm run isp -- reset-entitlements --skill-id amzn1.ask.skill.XXX --product watch_slots',
  ],
  exitCodes: [
    [0, 'done (plan printed, products in sync, entitlements reset)'],
    [1, 'a SMAPI call failed after retries, or a conflict remains'],
    [2, 'bad input: invalid product files, an unknown option, missing credentials, a write outside development'],
  ],
};

export const USAGE = helpText(ISP_CLI).split('\n\nExamples:')[0] ?? '';

/** The options of USAGE, in `node:util` parseArgs form; every value option needs a non-empty value. */
const OPTIONS = {
  'skill-id': { type: 'string' },
  'vendor-id': { type: 'string' },
  stage: { type: 'string' },
  'isps-dir': { type: 'string' },
  profile: { type: 'string' },
  product: { type: 'string' },
  prune: { type: 'boolean' },
  'delete-all-products': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  all: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

type OptionName = keyof typeof OPTIONS;

const isOptionName = (name: string): name is OptionName => Object.hasOwn(OPTIONS, name);

/**
 * Parses argv (after the script name); collects every problem before throwing one UsageError.
 * `node:util` parseArgs in non-strict mode splits the arguments (`--name value`, `--name=value`);
 * its tokens are then checked here, because strict mode stops at the first problem.
 */
export function parseArgs(argv: readonly string[]): CliOptions {
  const problems: string[] = [];
  const values = new Map<OptionName, string>();
  const flags = new Set<OptionName>();
  let command: Command | undefined;
  const { tokens } = parseNodeArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'option-terminator') {
      problems.push('unknown argument --');
    } else if (token.kind === 'positional') {
      if (command !== undefined) {
        problems.push(`unknown argument ${token.value}`);
      } else {
        command = COMMANDS.find((known) => known === token.value);
        if (command === undefined) problems.push(`unknown command ${token.value}`);
      }
    } else if (!isOptionName(token.name) || !token.rawName.startsWith('--')) {
      problems.push(`unknown argument ${token.inlineValue === true ? `${token.rawName}=${token.value ?? ''}` : token.rawName}`);
    } else if (OPTIONS[token.name].type === 'string') {
      // Without `=`, a following option is not taken for the value: `--skill-id --prune` lacks one.
      const { value } = token;
      if (value === undefined || value === '' || (token.inlineValue !== true && value.startsWith('--'))) problems.push(`${token.rawName} needs a value`);
      else values.set(token.name, value);
    } else if (token.inlineValue === true) {
      problems.push(`unknown argument ${token.rawName}=${token.value ?? ''}`);
    } else {
      flags.add(token.name);
    }
  }
  if (command === undefined) problems.push('a command is required (validate, plan, apply, reset-entitlements or list)');
  const stage = values.get('stage') ?? 'development';
  if (!(STAGES as readonly string[]).includes(stage)) problems.push(`--stage must be one of ${STAGES.join(', ')}`);
  if (command === 'reset-entitlements' && flags.has('all') === values.has('product')) {
    problems.push('reset-entitlements needs exactly one of --product REF or --all');
  }
  if (flags.has('delete-all-products') && !flags.has('prune')) problems.push('--delete-all-products only goes with --prune');
  if (problems.length > 0 || command === undefined) throw new UsageError(`${problems.join('; ')}\n${USAGE}`);
  return {
    command,
    skillId: values.get('skill-id'),
    vendorId: values.get('vendor-id'),
    stage,
    prune: flags.has('prune'),
    deleteAllProducts: flags.has('delete-all-products'),
    dryRun: flags.has('dry-run'),
    json: flags.has('json'),
    ispsDir: values.get('isps-dir') ?? 'skill-package/isps',
    profile: values.get('profile') ?? 'default',
    product: values.get('product'),
    all: flags.has('all'),
  };
}
