import { UsageError } from './errors';
import { STAGES } from './types';

export const COMMANDS = ['plan', 'apply', 'reset-entitlements', 'list'] as const;
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

export const USAGE = `usage: npm run isp -- <plan|apply|reset-entitlements|list> [options]
  --skill-id ID        skill to associate products with (default: .ask/ask-states.json)
  --vendor-id ID       vendor (default: ASK_VENDOR_ID or the profile's vendor_id)
  --stage STAGE        development (default), certified or live; writes only in development
  --prune              also disassociate and delete products no file names (development only)
  --delete-all-products with --prune and no product file: really delete every product of the skill
  --dry-run            apply: print the plan, write nothing (same as plan)
  --json               plan/apply/list: machine-readable output on stdout
  --isps-dir DIR       product files (default skill-package/isps)
  --profile NAME       ASK CLI profile when no ASK_REFRESH_TOKEN is set (default: default)
  --product REF        reset-entitlements: one product, by referenceName
  --all                reset-entitlements: every product associated with the skill`;

const VALUE_OPTIONS = new Set(['--skill-id', '--vendor-id', '--stage', '--isps-dir', '--profile', '--product']);
const FLAG_OPTIONS = new Set(['--prune', '--delete-all-products', '--dry-run', '--json', '--all']);

/** Parses argv (after the script name); collects every problem before throwing one UsageError. */
export function parseArgs(argv: readonly string[]): CliOptions {
  const problems: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  let command: Command | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (VALUE_OPTIONS.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) problems.push(`${name} needs a value`);
      else values.set(name, value);
    } else if (FLAG_OPTIONS.has(name) && inline === undefined) {
      flags.add(name);
    } else if (!arg.startsWith('-') && command === undefined) {
      command = COMMANDS.find((known) => known === arg);
      if (command === undefined) problems.push(`unknown command ${arg}`);
    } else {
      problems.push(`unknown argument ${arg}`);
    }
  }
  if (command === undefined) problems.push('a command is required (plan, apply, reset-entitlements or list)');
  const stage = values.get('--stage') ?? 'development';
  if (!(STAGES as readonly string[]).includes(stage)) problems.push(`--stage must be one of ${STAGES.join(', ')}`);
  if (command === 'reset-entitlements' && flags.has('--all') === values.has('--product')) {
    problems.push('reset-entitlements needs exactly one of --product REF or --all');
  }
  if (flags.has('--delete-all-products') && !flags.has('--prune')) problems.push('--delete-all-products only goes with --prune');
  if (problems.length > 0 || command === undefined) throw new UsageError(`${problems.join('; ')}\n${USAGE}`);
  return {
    command,
    skillId: values.get('--skill-id'),
    vendorId: values.get('--vendor-id'),
    stage,
    prune: flags.has('--prune'),
    deleteAllProducts: flags.has('--delete-all-products'),
    dryRun: flags.has('--dry-run'),
    json: flags.has('--json'),
    ispsDir: values.get('--isps-dir') ?? 'skill-package/isps',
    profile: values.get('--profile') ?? 'default',
    product: values.get('--product'),
    all: flags.has('--all'),
  };
}
