/**
 * The skill's Lambda function: bundled from `lambda/index.ts` by the project's own esbuild with
 * the settings in `infra/bundle.ts` (stated there once, translated here), on the runtime
 * `DEPLOYED_NODE_MAJOR` names, on arm64, with its own log group and a role that starts
 * with no permissions at all (other constructs grant exactly what they own).
 */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, LogLevel, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { CatalogKinds, EnvNames } from '../../lambda/config/env';
import type { BuildOptions } from 'esbuild';
import {
  type BundledCatalog,
  BUNDLE_OUT,
  bundleOptions,
  DEFAULT_MEMORY_MB,
  DEPLOYED_ARCH,
  DEPLOYED_NODE_MAJOR,
  LAMBDA_ENTRY,
  LOCALE_DATA_PLUGIN,
  ROOT,
  stagedLocaleData,
} from '../bundle';
import path from 'node:path';
import { COMPILE_CACHE_SCRIPT } from '../compileCache';

/** The export of `lambda/index.ts` that Lambda invokes. */
export const HANDLER_EXPORT = 'handler';

export interface SkillFunctionProps {
  /**
   * The function's name.
   * @default - one CloudFormation generates
   */
  readonly functionName?: string;
  /**
   * Environment variables for the runtime; names come from `lambda/config/env.ts` (`EnvNames`).
   * @default - none
   */
  readonly environment?: Record<string, string>;
  /**
   * The TypeScript entry that exports `handler`.
   * @default - `lambda/index.ts` (`LAMBDA_ENTRY` in infra/bundle.ts)
   */
  readonly entry?: string;
  /**
   * Memory; Lambda allots CPU in proportion to it, and cold starts are CPU-bound.
   * @default 1024
   */
  readonly memorySize?: number;
  /**
   * Alexa waits about 8 s for a response (Alexa Skills Kit documentation, "Host a Custom Skill as
   * an AWS Lambda Function"); an invocation still running after
   * that is wasted, so the function stops just before.
   * @default Duration.seconds(7)
   */
  readonly timeout?: Duration;
  /**
   * Turn on AWS X-Ray active tracing.
   * @default false
   */
  readonly tracing?: boolean;
  /**
   * How long the function's logs are kept.
   * @default logs.RetentionDays.ONE_MONTH
   */
  readonly logRetention?: logs.RetentionDays;
}

/** The catalog the function's environment selects; the runtime's default is the embedded one. */
function bundledCatalog(environment: Record<string, string> | undefined): BundledCatalog {
  return environment?.[EnvNames.Catalog] === CatalogKinds.AmazonBusiness ? CatalogKinds.AmazonBusiness : CatalogKinds.Embedded;
}

/**
 * The Lambda runtime of `DEPLOYED_NODE_MAJOR` (`nodejs24.x`), the one esbuild targets. Not a prop:
 * a different runtime would run a bundle built for another Node. Node.js 24 no longer supports
 * callback-style handlers, so the entry exports an async handler (AWS Lambda Developer Guide,
 * "Define Lambda function handler in Node.js").
 */
export function deployedRuntime(): lambda.Runtime {
  const name = `nodejs${DEPLOYED_NODE_MAJOR}.x`;
  const runtime = lambda.Runtime.ALL.find((candidate) => candidate.name === name && !candidate.isVariable);
  if (runtime === undefined) throw new RangeError(`aws-cdk-lib knows no Lambda runtime ${name}`);
  return runtime;
}

const LOG_LEVELS: Record<NonNullable<BuildOptions['logLevel']>, LogLevel> = {
  verbose: LogLevel.VERBOSE,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warning: LogLevel.WARNING,
  error: LogLevel.ERROR,
  silent: LogLevel.SILENT,
};

/** Copies the locale data (written once per synth, only when the stack is really bundled) beside the bundle in the asset. */
const copyLocaleData = (outputDir: string) => `cp -R "${stagedLocaleData()}/." "${outputDir}"`;

/**
 * The deployed layout after esbuild (infra/compileCache.ts): the skill becomes `skill.js`, a
 * small loader `index.js`, with a V8 compile cache when the Node running the synth is the one
 * Lambda runs. The same Node runs it, through tsx (the CDK app's own loader, cdk.json).
 */
const compileCacheCommand = (outputDir: string, memoryMb: number) => `"${process.execPath}" "${require.resolve('tsx/cli')}" "${COMPILE_CACHE_SCRIPT}" "${outputDir}" ${memoryMb}`;

function afterBundlingHooks(localeData: boolean, memoryMb: number): NonNullable<BundlingOptions['commandHooks']> {
  return {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (_inputDir: string, outputDir: string) => [...(localeData ? [copyLocaleData(outputDir)] : []), compileCacheCommand(outputDir, memoryMb)],
  };
}

/**
 * `infra/bundle.ts`'s esbuild options in NodejsFunction's words. Entry, output, `bundle` and
 * `platform` are NodejsFunction's own; any other setting it cannot express is an error here
 * rather than a deployed bundle that differs from the one built and measured.
 */
/** `memoryMb`: the function's, for the compile cache's training launch (infra/compileCache.ts). */
export function nodejsBundling(options: BuildOptions, memoryMb: number = DEFAULT_MEMORY_MB): BundlingOptions {
  const { entryPoints, outfile, bundle, platform, minify, keepNames, sourcemap, format, target, external, define, logLevel, charset, plugins, ...rest } = options;
  const unexpressed = Object.keys(rest);
  if (unexpressed.length > 0) throw new RangeError(`NodejsFunction cannot express esbuild option(s) ${unexpressed.join(', ')}`);
  // NodejsFunction runs esbuild's command line, which takes no plugins: the one plugin the
  // bundle has, the locale data beside it, becomes a command that copies that data into the asset.
  const unknownPlugins = (plugins ?? []).filter((plugin) => plugin !== LOCALE_DATA_PLUGIN).map((plugin) => plugin.name);
  if (unknownPlugins.length > 0) throw new RangeError(`NodejsFunction cannot run esbuild plugin(s) ${unknownPlugins.join(', ')}`);
  const localeData = plugins?.includes(LOCALE_DATA_PLUGIN) === true;
  if (bundle !== true || platform !== 'node') throw new RangeError('the Lambda bundle is one file for platform "node"');
  if (format !== 'cjs' && format !== 'esm') throw new RangeError(`NodejsFunction bundles as cjs or esm, not ${String(format)}`);
  if (typeof sourcemap !== 'boolean' && sourcemap !== undefined) throw new RangeError('the deployed bundle carries no source map mode but on or off');
  if (typeof target !== 'string') throw new RangeError('the Lambda bundle has one esbuild target');
  return {
    minify,
    keepNames,
    sourceMap: sourcemap === true,
    format: format === 'cjs' ? OutputFormat.CJS : OutputFormat.ESM,
    target,
    externalModules: [...(external ?? [])],
    define,
    ...(logLevel === undefined ? {} : { logLevel: LOG_LEVELS[logLevel] }),
    // This aws-cdk-lib declares `charset` but does not hand it to esbuild: passed as an argument.
    ...(charset === undefined ? {} : { esbuildArgs: { '--charset': charset } }),
    commandHooks: afterBundlingHooks(localeData, memoryMb),
  };
}

export class SkillFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: SkillFunctionProps = {}) {
    super(scope, id);
    const timeout = props.timeout ?? Duration.seconds(7);
    if (timeout.toSeconds() >= 8) throw new RangeError('SkillFunction timeout must stay below Alexa’s 8 s response budget');

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention ?? logs.RetentionDays.ONE_MONTH,
      // Logs are operational data with their own retention; the table and secret are what must survive a teardown.
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // No AWSLambdaBasicExecutionRole: it allows writing to every log group in the account.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Voice shopping skill function: its own log group, table and secret only',
    });
    this.logGroup.grantWrite(this.role);

    const entry = props.entry ?? LAMBDA_ENTRY;
    const memorySize = props.memorySize ?? DEFAULT_MEMORY_MB;
    this.function = new NodejsFunction(this, 'Function', {
      entry,
      ...(props.functionName === undefined ? {} : { functionName: props.functionName }),
      handler: HANDLER_EXPORT,
      runtime: deployedRuntime(),
      architecture: DEPLOYED_ARCH === 'arm64' ? lambda.Architecture.ARM_64 : lambda.Architecture.X86_64,
      memorySize,
      timeout,
      role: this.role,
      logGroup: this.logGroup,
      tracing: props.tracing === true ? lambda.Tracing.ACTIVE : lambda.Tracing.DISABLED,
      // Versions a deployment leaves behind stay published: `npm run rollback` points the live
      // alias back at one of them (CDK would delete them).
      currentVersionOptions: { removalPolicy: RemovalPolicy.RETAIN },
      // No NODE_OPTIONS=--enable-source-maps: reading the map costs every cold start about half
      // the bundle's require time again (bench/RESULTS.md), and the skill logs error names and
      // messages, not stacks. A stack can be decoded offline with `npm run build`'s map.
      environment: { ...props.environment },
      projectRoot: ROOT,
      depsLockFilePath: path.join(ROOT, 'package-lock.json'),
      bundling: {
        // The local esbuild (a devDependency); there is no Docker engine to fall back to.
        forceDockerBundling: false,
        // infra/bundle.ts's settings, with only the catalog this deployment uses: the embedded
        // sample data set stays out of a CATALOG=amazon-business bundle (catalogDefine).
        ...nodejsBundling(bundleOptions(entry, BUNDLE_OUT, {}, bundledCatalog(props.environment)), memorySize),
      },
    });

    if (props.tracing === true) {
      Validations.of(this.role).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions; CDK grants them on * when tracing is on.',
      });
    }
  }
}
