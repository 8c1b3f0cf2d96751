/**
 * The skill's Lambda function: bundled from `lambda/index.ts` by the project's own esbuild with
 * the settings in `infra/bundle.ts`, on arm64, with its own log group and a role that starts
 * with no permissions at all (other constructs grant exactly what they own).
 */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { CatalogKinds, EnvNames } from '../../lambda/config/env';
import { type BundledCatalog, catalogDefine, EXTERNAL_MODULES, LAMBDA_ENTRY, NODE_TARGET, ROOT } from '../bundle';
import path from 'node:path';

/** The export of `lambda/index.ts` that Lambda invokes. */
export const HANDLER_EXPORT = 'handler';

export interface SkillFunctionProps {
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
   * Lambda runtime. Node.js 24 no longer supports callback-style handlers, so the entry must
   * export an async handler (AWS Lambda Developer Guide, "Define Lambda function handler in Node.js").
   * @default lambda.Runtime.NODEJS_24_X
   */
  readonly runtime?: lambda.Runtime;
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
    this.function = new NodejsFunction(this, 'Function', {
      entry,
      handler: HANDLER_EXPORT,
      runtime: props.runtime ?? lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 1024,
      timeout,
      role: this.role,
      logGroup: this.logGroup,
      tracing: props.tracing === true ? lambda.Tracing.ACTIVE : lambda.Tracing.DISABLED,
      // No NODE_OPTIONS=--enable-source-maps: reading the map costs every cold start about half
      // the bundle's require time again (bench/RESULTS.md), and the skill logs error names and
      // messages, not stacks. A stack can be decoded offline with `npm run build`'s map.
      environment: { ...props.environment },
      projectRoot: ROOT,
      depsLockFilePath: path.join(ROOT, 'package-lock.json'),
      bundling: {
        // The local esbuild (a devDependency); there is no Docker engine to fall back to.
        forceDockerBundling: false,
        minify: true,
        // Error names in the logs stay readable ("errorName"), as infra/bundle.ts builds it.
        keepNames: true,
        // The messages' characters as written (UTF-8), as infra/bundle.ts builds it. Passed as an
        // esbuild argument: this aws-cdk-lib declares `charset` but does not hand it to esbuild.
        esbuildArgs: { '--charset': 'utf8' },
        sourceMap: false,
        format: OutputFormat.CJS,
        target: NODE_TARGET,
        externalModules: [...EXTERNAL_MODULES],
        // Only the catalog this deployment uses: the embedded sample data set stays out of a
        // CATALOG=amazon-business bundle (infra/bundle.ts catalogDefine).
        define: catalogDefine(bundledCatalog(props.environment)),
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
