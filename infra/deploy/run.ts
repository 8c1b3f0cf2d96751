/**
 * What every deploy step shares: the project context, the quiet offline environment for the
 * CDK CLI, running a child command with inherited output, and turning our errors into a
 * one-line message and exit code 1.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../bundle';
import { InfraError } from '../errors';
import { ContextKeys, DEFAULT_STACK_NAME } from '../stack-outputs';
import { StepFailedError } from './errors';
import type { Context } from './prerequisites';

export function projectContext(env: NodeJS.ProcessEnv = process.env): Context {
  return { env, home: env['HOME'] ?? os.homedir(), root: ROOT };
}

/** Paths a step reads, relative to the context's root (tests point the root at a temp folder). */
export const paths = (root: string) => ({
  outputs: path.join(root, '.cdk', 'stack-outputs.json'),
  manifest: path.join(root, 'skill-package', 'skill.json'),
  askResources: path.join(root, 'ask-resources.json'),
});

/**
 * The CDK and ASK CLIs, quiet and offline: no telemetry, no version check (the ASK CLI would
 * otherwise ask the npm registry for its latest version), the CDK cache inside the project.
 */
export function cdkEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...env,
    CDK_HOME: env['CDK_HOME'] ?? path.join(ROOT, '.cdk'),
    CDK_DISABLE_CLI_TELEMETRY: 'true',
    CDK_DISABLE_VERSION_CHECK: '1',
    ASK_SHARE_USAGE: 'false',
    ASK_SKIP_NEW_VERSION_REMINDER: 'true',
  };
}

/** The project's pinned CLIs (aws-cdk 2.1148.1, ask-cli 2.30.7), never a global install. */
export function bin(name: 'cdk' | 'ask'): string {
  return path.join(ROOT, 'node_modules', '.bin', name);
}

/** A child command a step has decided to run, once its prerequisites are checked. */
export interface Command {
  readonly command: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  /** Where it runs; default the project root. */
  readonly cwd?: string;
}

/** The command as one would type it, for dry runs and logs. */
export function commandLine({ command, args }: Command): string {
  const name = path.basename(command);
  const quoted = args.map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`));
  return [name === 'cdk' || name === 'ask' ? `npx ${name}` : name, ...quoted].join(' ');
}

/** Runs a command with the terminal attached; throws StepFailedError on a non-zero exit. */
export function run({ command, args, env, cwd }: Command): void {
  const label = `${path.basename(command)} ${args.slice(0, 1).join(' ')}`.trim();
  console.log(`> ${label}`);
  const result = spawnSync(command, [...args], { cwd: cwd ?? ROOT, env, stdio: 'inherit' });
  if (result.error !== undefined) throw new StepFailedError(label, null);
  if (result.status !== 0) throw new StepFailedError(label, result.status);
}

/** Runs one step's body (sync or async); our errors become a message on stderr and exit code 1, anything else propagates. */
export function runStep(name: string, body: () => void | Promise<void>): void {
  const report = (err: unknown): void => {
    if (err instanceof InfraError) {
      console.error(`\n✖ ${name}: ${err.message.startsWith(`${name}:`) ? err.message.slice(name.length + 1).trim() : err.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw err;
  };
  try {
    const result = body();
    if (result instanceof Promise) {
      result.catch((err: unknown) => {
        try {
          report(err);
        } catch (unexpected) {
          console.error(unexpected);
          process.exitCode = 1;
        }
      });
    }
  } catch (err) {
    report(err);
  }
}

/** Context arguments for the CDK app: the skill id (or, for an offline synth without one, synthWithoutSkillId) and the env knobs that map to context. */
export function cdkContextArgs(env: NodeJS.ProcessEnv, skillId: string | undefined): string[] {
  const args = skillId === undefined ? ['-c', 'synthWithoutSkillId=true'] : ['-c', `skillId=${skillId}`];
  const mapped: Array<[string, string]> = [
    ['ASSOCIATE_ID', 'associateId'],
    ['TRACKING_ID', 'trackingId'],
  ];
  for (const [name, key] of mapped) {
    const value = env[name]?.trim();
    if (value !== undefined && value !== '') args.push('-c', `${key}=${value}`);
  }
  return args;
}

/** The last value of `-c key=…` (or `--context key=…`, `--context=key=…`) among `cdk` arguments; undefined when absent or empty. */
export function contextValueFrom(cdkArgs: readonly string[], key: string): string | undefined {
  let found: string | undefined;
  cdkArgs.forEach((arg, index) => {
    const value = arg === '-c' || arg === '--context' ? cdkArgs[index + 1] : /^--context=/.test(arg) ? arg.slice('--context='.length) : undefined;
    const prefix = `${key}=`;
    if (value?.startsWith(prefix) === true && value.length > prefix.length) found = value.slice(prefix.length);
  });
  return found;
}

/** The stack name the CDK app will use: the last `-c stackName=…` (or `--context`) among `cdk` arguments, else the default. */
export function stackNameFrom(cdkArgs: readonly string[]): string {
  return contextValueFrom(cdkArgs, ContextKeys.StackName) ?? DEFAULT_STACK_NAME;
}

export { askProfileName } from './prerequisites';
