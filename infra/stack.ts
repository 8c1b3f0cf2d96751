/**
 * The one stack: composes the skill function, its Alexa trigger, the state table, the secret
 * and the alarms, and wires the function's environment to them. Environment-agnostic, so it
 * synthesizes offline with no AWS credentials.
 */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { type CatalogKind, CatalogKinds, EnvNames } from '../lambda/config/env';
import type { LogLevel } from '../lambda/util/log';
import { SkillAlarms } from './constructs/skill-alarms';
import { SkillFunction, type SkillFunctionProps } from './constructs/skill-function';
import { SkillSecret } from './constructs/skill-secret';
import { SkillStages } from './constructs/skill-stages';
import { StateTable } from './constructs/state-table';
import { MissingSkillIdError } from './errors';
import { StackOutputs } from './stack-outputs';
import { functionNameFor } from './stages';

export type { CatalogKind } from '../lambda/config/env';

export interface VoiceShoppingStackProps extends StackProps {
  /**
   * The skill id each stage's Alexa trigger is locked to; also set as `SKILL_ID` so the runtime rejects other skills.
   * @default - none; then `synthWithoutSkillId` must be true
   */
  readonly skillId?: string;
  /**
   * Synthesize without a skill id, and so without any Alexa trigger (nothing may invoke the
   * function): `npm run synth` before the skill exists. Never "any skill may call".
   * @default false
   */
  readonly synthWithoutSkillId?: boolean;
  /**
   * The version the live alias runs now; `npm run deploy` reads it from the alias so a deploy
   * never moves live (`npm run promote` and `npm run rollback` do).
   * @default - the version this deployment publishes (the first deployment)
   */
  readonly liveVersion?: string;
  /**
   * The versions live ran before, latest first, as the live alias's description records them.
   * @default - none
   */
  readonly liveHistory?: readonly string[];
  /** @default - no Associates attribution */
  readonly associateId?: string;
  /** @default - no Associates tracking id */
  readonly trackingId?: string;
  /** @default 'info' */
  readonly logLevel?: LogLevel;
  /** @default 'amazon-business' */
  readonly catalog?: CatalogKind;
  /** @default - the runtime's default Product Search API endpoint */
  readonly productSearchEndpoint?: string;
  /**
   * An existing SNS topic the alarms notify.
   * @default - alarms have no actions
   */
  readonly alarmTopicArn?: string;
  /** @default false */
  readonly tracing?: boolean;
  /** @default logs.RetentionDays.ONE_MONTH */
  readonly logRetention?: logs.RetentionDays;
  /**
   * Overrides for the function (tests point `entry` elsewhere; operators tune memory).
   * @default - SkillFunction defaults
   */
  readonly functionOverrides?: Omit<SkillFunctionProps, 'environment' | 'tracing' | 'logRetention' | 'functionName'>;
}

export class VoiceShoppingStack extends Stack {
  readonly skillFunction: SkillFunction;
  readonly stages: SkillStages;
  readonly state: StateTable;
  readonly secret: SkillSecret;
  readonly alarms: SkillAlarms;

  constructor(scope: Construct, id: string, props: VoiceShoppingStackProps = {}) {
    super(scope, id, props);
    if (props.skillId === undefined && props.synthWithoutSkillId !== true) throw new MissingSkillIdError();

    this.state = new StateTable(this, 'State');
    this.secret = new SkillSecret(this, 'Credentials');

    const environment: Record<string, string> = {
      [EnvNames.Catalog]: props.catalog ?? CatalogKinds.AmazonBusiness,
      [EnvNames.Persistence]: 'dynamodb',
      [EnvNames.TableName]: this.state.table.tableName,
      [EnvNames.SecretId]: this.secret.secret.secretArn,
      [EnvNames.LogLevel]: props.logLevel ?? 'info',
    };
    const optional: Array<[string, string | undefined]> = [
      [EnvNames.SkillId, props.skillId],
      [EnvNames.AssociateId, props.associateId],
      [EnvNames.TrackingId, props.trackingId],
      [EnvNames.ProductSearchEndpoint, props.productSearchEndpoint],
    ];
    for (const [name, value] of optional) if (value !== undefined) environment[name] = value;

    this.skillFunction = new SkillFunction(this, 'Skill', {
      // A name fixed by the stack's: the stage tools find the aliases before any outputs exist.
      functionName: functionNameFor(this.stackName),
      ...props.functionOverrides,
      environment,
      tracing: props.tracing ?? false,
      ...(props.logRetention === undefined ? {} : { logRetention: props.logRetention }),
    });
    const fn = this.skillFunction.function;
    this.state.grantStateAccess(fn);
    this.secret.grantReadTo(fn);

    this.stages = new SkillStages(this, 'Stages', {
      function: fn,
      ...(props.skillId === undefined ? {} : { skillId: props.skillId }),
      ...(props.liveVersion === undefined ? {} : { liveVersion: props.liveVersion }),
      ...(props.liveHistory === undefined ? {} : { liveHistory: props.liveHistory }),
    });

    const alarmActions = props.alarmTopicArn === undefined ? [] : [new cloudwatchActions.SnsAction(sns.Topic.fromTopicArn(this, 'AlarmTopic', props.alarmTopicArn))];
    this.alarms = new SkillAlarms(this, 'Alarms', { function: fn, live: this.stages.live, alarmActions });

    new CfnOutput(this, StackOutputs.FunctionArn, { value: fn.functionArn, description: 'The skill function (unqualified); the skill calls its aliases' });
    new CfnOutput(this, StackOutputs.DevelopmentAliasArn, {
      value: this.stages.development.functionArn,
      description: "The development stage's endpoint: npm run deploy writes it into the staged skill package",
    });
    new CfnOutput(this, StackOutputs.LiveAliasArn, {
      value: this.stages.live.functionArn,
      description: "The live stage's endpoint: the package submitted for certification carries it (npm run deploy:skill -- --alias live)",
    });
    new CfnOutput(this, StackOutputs.TableName, { value: this.state.table.tableName, description: 'Per-customer state' });
    new CfnOutput(this, StackOutputs.SecretName, {
      value: this.secret.secret.secretName,
      description: 'Fill in the Product Search API credentials here (aws secretsmanager put-secret-value)',
    });
    new CfnOutput(this, StackOutputs.AssociatesEnabled, {
      value: props.associateId === undefined || props.associateId === '' ? 'false' : 'true',
      description: 'Whether ASSOCIATE_ID is set: the staged skill.json privacyAndCompliance.shoppingKit.isAmazonAssociatesOnAlexaEnabled follows it (npm run deploy:skill)',
    });
  }
}
